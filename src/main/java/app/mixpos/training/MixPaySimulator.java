package app.mixpos.training;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MixPay stand-in on 127.0.0.1: the API under {@link #apiUrl()} and the checkout pages under
 * {@link #payUrl()}. It backs training mode and every end-to-end test. All timing (payment scenarios,
 * rate limit, timestamps) follows the {@link Clock} it was started with (a test may give it a clock running faster
 * than real time, shared with the tills); only {@link Fault#SLOW} waits in real time. Like MixPay it allows 60
 * requests a minute per client address, counted separately for each address. Thread-safe.
 */
public final class MixPaySimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MixPaySimulator.class);
    /**
     * A request header naming the client address the rate limit counts the request against, in place of the
     * connection's IP: tests put tills behind different routers of one simulator with it. MixPay has no such header.
     */
    public static final String ADDRESS_HEADER = "X-Simulator-Client-Address";
    /** The address requests served {@link #serveInProcess in process} are counted against. */
    public static final String IN_PROCESS = "in-process";
    private static final int THREADS = 8;
    /** Without TCP_NODELAY the JDK server's split header/body writes meet delayed ACKs: ~40 ms per request. */
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final PaymentLedger ledger;
    private final OrderValidator validator;
    private final Function<PaymentOrder, SimulatedCustomer> customers;
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog();
    private final ApiHandler api;

    private MixPaySimulator(HttpServer server, ExecutorService executor, Clock clock) {
        this.server = server;
        this.executor = executor;
        AssetCatalog catalog = new AssetCatalog();
        this.ledger = new PaymentLedger();
        this.validator = new OrderValidator(catalog, clock);
        this.customers = order -> new SimulatedCustomer(order, clock, catalog);
        AssetListEndpoints lists = new AssetListEndpoints(catalog);
        Map<String, Endpoint> routes = Map.of(
                "POST /v1/one_time_payment", new OneTimePaymentEndpoint(validator, ledger, customers),
                "GET /v1/payments_result", new PaymentsResultEndpoint(ledger),
                "GET /v1/setting/quote_assets", (r, now) -> lists.quoteAssets(r),
                "GET /v1/setting/settlement_assets", (r, now) -> lists.settlementAssets(r),
                "GET /v1/setting/payment_assets", (r, now) -> lists.paymentAssets(r));
        this.api = new ApiHandler(clock, faults, requests, routes);
        server.createContext("/v1/", api);
        PageHandler pages = new PageHandler(ledger, catalog);
        server.createContext("/pay", pages);
        server.createContext("/code/", pages);
    }

    /** Starts a simulator on an ephemeral loopback port. Close it when done. */
    public static MixPaySimulator start(Clock clock) throws IOException {
        Objects.requireNonNull(clock, "clock");
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "mixpay-simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        MixPaySimulator simulator = new MixPaySimulator(server, executor, clock);
        server.start();
        LOG.info("MixPay simulator listening on {}", simulator.payUrl());
        return simulator;
    }

    /** The API base, {@code http://127.0.0.1:<port>/v1}, in place of {@code https://api.mixpay.me/v1}. */
    public URI apiUrl() {
        return URI.create(payUrl() + "/v1");
    }

    /** The checkout pages' base, {@code http://127.0.0.1:<port>}, in place of {@code https://mixpay.me}. */
    public URI payUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * The customer opens the QR's link: a {@code /code/<code>} link of a one-time payment, or a
     * {@code /pay?…} paylink, which registers a payment from whatever its query carries (an edited amount
     * included). Opening the same paylink again gives the same customer. Any host is accepted.
     *
     * @throws IllegalArgumentException when MixPay would refuse the link, with its message
     */
    public SimulatedCustomer scan(String paymentLink) {
        URI uri = URI.create(Objects.requireNonNull(paymentLink, "paymentLink").strip());
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.startsWith("/code/")) {
            SimulatedCustomer customer = ledger.byCode(path.substring("/code/".length()))
                    .orElseThrow(() -> new IllegalArgumentException("no payment has this code: " + paymentLink));
            ledger.touch(customer);
            return customer;
        }
        if (!path.equals("/pay") && !path.equals("/pay/")) {
            throw new IllegalArgumentException("not a MixPay payment link: " + paymentLink);
        }
        try {
            return ledger.register(validator.validate(Exchanges.decodeForm(uri.getRawQuery())), customers);
        } catch (ApiError e) {
            throw new IllegalArgumentException("MixPay refuses this link (" + e.code() + "): " + e.getMessage(), e);
        }
    }

    public Optional<SimulatedCustomer> customer(UUID traceId) {
        return ledger.byTrace(traceId);
    }

    /** The payment most recently created, scanned or re-scanned. */
    public Optional<SimulatedCustomer> latest() {
        return ledger.latest();
    }

    /** Every payment so far, oldest first. */
    public List<SimulatedCustomer> customers() {
        return ledger.all();
    }

    /** Misbehaviour for the next API requests. */
    public Faults faults() {
        return faults;
    }

    /** API requests received, including faulted and rate-limited ones; page views do not count. */
    public long requestCount() {
        return requests.count();
    }

    /** When each API request arrived, by the clock, oldest first. */
    public List<Instant> requestTimes() {
        return requests.times();
    }

    /**
     * When each request the rate limit admitted arrived, by the clock, in order of arrival, of every client address
     * ({@code 127.0.0.1} for every till on loopback unless they name one in {@link #ADDRESS_HEADER}).
     */
    public List<Instant> admittedTimes() {
        return requests.admitted().stream().map(RequestLog.Admitted::at).toList();
    }

    /** As {@link #admittedTimes()}, of one client address. */
    public List<Instant> admittedTimes(String address) {
        return requests.admitted().stream().filter(a -> a.address().equals(address)).map(RequestLog.Admitted::at)
                .toList();
    }

    /** How many requests the rate limit admitted, per API path ({@code /v1/payments_result} ...). */
    public Map<String, Long> admittedByPath() {
        return requests.admitted().stream().collect(java.util.stream.Collectors.groupingBy(RequestLog.Admitted::path,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /** How many requests were answered {@code 1429} (more than 60 in a minute from their address). */
    public long rateLimitedCount() {
        return requests.refusedCount();
    }

    /**
     * One API answer: HTTP status, the rate-limit headers and the JSON envelope.
     *
     * @param headers {@code x-ratelimit-limit} and {@code x-ratelimit-remaining}
     */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    /**
     * Answers an API request in this process, exactly as over HTTP but without the socket: for tests that make
     * more requests than loopback serves quickly (months of polling on a manual clock). It is counted in
     * {@link #requestCount()} and rate limited like any other; queued {@link #faults()} are not applied.
     *
     * @param uri the full request URI, e.g. {@code http://127.0.0.1:1234/v1/payments_result?traceId=…}
     */
    public Answer serveInProcess(String method, URI uri, String contentType, String body) {
        return api.serveInProcess(method, uri, contentType, body);
    }

    /** Stops at once; a response held back by {@link Fault#SLOW} is dropped. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
