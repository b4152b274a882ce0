package app.mixpos.testing;

import app.mixpos.checkout.GatewayException;
import app.mixpos.checkout.PaymentGateway;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SettlementAsset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A scripted MixPay for checkout's unit tests: each sale answers from its queue of answers (the last one
 * repeats), and every request is logged with the clock's time so tests can check the request rate.
 */
public final class FakeGateway implements PaymentGateway {

    /** One scripted reply: an answer or a fault. */
    public interface Reply {
        PaymentResult get(Sale sale) throws GatewayException;
    }

    private final Clock clock;
    private final Map<UUID, Deque<Reply>> replies = new HashMap<>();
    private final List<Instant> requestTimes = new ArrayList<>();
    private final List<UUID> polled = new ArrayList<>();
    private GatewayException linkFailure;
    private int linksMade;

    public FakeGateway(Clock clock) {
        this.clock = clock;
    }

    /** From now on the sale answers with these, in order; the last one keeps being answered. */
    public synchronized void script(Sale sale, Reply... answers) {
        replies.put(sale.traceId(), new ArrayDeque<>(List.of(answers)));
    }

    public static Reply answer(Function<Sale, PaymentResult> result) {
        return result::apply;
    }

    public static Reply fault(GatewayException.Kind kind, int code) {
        return sale -> {
            throw new GatewayException(kind, code, "scripted " + kind);
        };
    }

    public synchronized void failLinks(GatewayException e) {
        linkFailure = e;
    }

    @Override
    public synchronized String createLink(Sale sale) throws GatewayException {
        if (linkFailure != null) {
            throw linkFailure;
        }
        linksMade++;
        if (sale.linkMode() == app.mixpos.sale.LinkMode.ONE_TIME) {
            requestTimes.add(clock.instant());
        }
        return "http://127.0.0.1:9/code/" + sale.traceId();
    }

    @Override
    public synchronized PaymentResult fetchResult(Sale sale) throws GatewayException {
        requestTimes.add(clock.instant());
        polled.add(sale.traceId());
        Deque<Reply> queue = replies.get(sale.traceId());
        if (queue == null || queue.isEmpty()) {
            return Results.unpaid(sale);
        }
        Reply next = queue.size() > 1 ? queue.poll() : queue.peek();
        return next.get(sale);
    }

    @Override
    public synchronized List<QuoteAsset> quoteAssets() {
        requestTimes.add(clock.instant());
        return List.of(QuoteAsset.USD);
    }

    @Override
    public synchronized List<SettlementAsset> settlementAssets(String payeeId) {
        requestTimes.add(clock.instant());
        return List.of(SettlementAsset.USDT_ERC20);
    }

    public synchronized List<Instant> requestTimes() {
        return List.copyOf(requestTimes);
    }

    /** How many times MixPay was asked about this sale. */
    public synchronized long pollsOf(Sale sale) {
        return polled.stream().filter(sale.traceId()::equals).count();
    }

    public synchronized int linksMade() {
        return linksMade;
    }

    /** The most requests inside any window of {@code seconds} seconds. */
    public synchronized int busiestWindow(long seconds) {
        int best = 0;
        for (int i = 0; i < requestTimes.size(); i++) {
            int j = i;
            while (j < requestTimes.size()
                    && requestTimes.get(j).isBefore(requestTimes.get(i).plusSeconds(seconds))) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }
}
