package app.mixpos.wiring;

import app.mixpos.checkout.CheckoutListener;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.store.StoreBudgetConfig;
import app.mixpos.testing.AcceleratedClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The chaos run's till in a JVM of its own, so it can be SIGKILLed: a {@link ChaosTill} on the run's accelerated
 * clock. Reads {@code charge <amount>} and {@code status} on stdin; prints {@code READY <sales>},
 * {@code SHOWN <orderId> <outcome> <link>}, {@code FINAL <orderId> <outcome>} (for every sale that ends, resumed
 * ones included) and {@code STATUS <sales> <unfinished> <waiting>}. Closes normally at the end of stdin.
 */
public final class StoreChaosChild {

    private StoreChaosChild() {
    }

    /**
     * Arguments: log file, till id, MixPay API, pay URL, store URL, user, password, the run's accelerated start
     * instant, the real epoch milliseconds it started at, the factor, the budget's token life and transit (ms of the
     * accelerated clock), tills sharing the address, requests a minute.
     */
    public static void main(String[] a) throws Exception {
        double factor = Double.parseDouble(a[9]);
        Instant start = Instant.parse(a[7]);
        long realStart = Long.parseLong(a[8]);
        AcceleratedClock clock = new AcceleratedClock(
                start.plusMillis((long) ((System.currentTimeMillis() - realStart) * factor)), factor);
        StoreBudgetConfig budget = new StoreBudgetConfig("shop-router", a[1], Integer.parseInt(a[13]),
                Integer.parseInt(a[12])).accelerated(factor, Duration.ofMillis(Long.parseLong(a[10])),
                Duration.ofMillis(Long.parseLong(a[11])));
        ChaosTill.Options options = new ChaosTill.Options(Path.of(a[0]), a[1], LinkMode.PAYLINK, URI.create(a[2]),
                URI.create(a[3]), clock, a[4], a[5], a[6], budget);
        try (ChaosTill till = ChaosTill.open(options)) {
            till.engine().addListener(new CheckoutListener() {
                @Override
                public void saleChanged(SaleSnapshot sale) {
                    if (!sale.state().needsWatching()) {
                        say("FINAL " + sale.orderId() + " " + sale.state().outcome());
                    }
                }
            });
            say("READY " + till.sales().size());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cmd = line.strip().split(" ");
                switch (cmd[0]) {
                    case "charge" -> till.charge(cmd[1]).whenComplete((s, e) -> say(e != null
                            ? "REFUSED " + e : "SHOWN " + s.orderId() + " " + s.state().outcome() + " "
                            + s.sale().paymentLink()));
                    case "status" -> {
                        var sales = till.sales();
                        say("STATUS " + sales.size() + " "
                                + sales.stream().filter(s -> s.state().needsWatching()).count() + " "
                                + till.sender().status().waiting());
                    }
                    default -> say("UNKNOWN " + line);
                }
            }
        }
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
