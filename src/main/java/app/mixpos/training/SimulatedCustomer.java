package app.mixpos.training;

import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer (and MixPay) for one payment. Until told otherwise the payment is {@code unpaid}. Either
 * {@link #play} a scripted {@link Scenario}, or use the direct controls, which take effect at the clock's
 * current instant and replace any script. Amounts given to controls are in the payment asset (USDT), as
 * they appear in {@code paymentAmount}. Thread-safe.
 * <p>
 * A payment sent with an {@code expiredTimestamp} ends as MixPay ends it: if it is still {@code unpaid} at
 * that instant it is {@code failed} with 40000, if {@code paid_less} it is {@code failed} with 40024, for good
 * (a control used after that changes nothing, as a late transfer would be refunded). A payment already seen
 * by then ({@code confirming}, {@code pending}, ...) carries on past the deadline.
 */
public final class SimulatedCustomer {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedCustomer.class);

    private final PaymentOrder order;
    private final Clock clock;
    private final SimAsset quoteAsset;
    private final SimAsset paymentAsset;
    private final SimAsset settlementAsset;
    private final BigDecimal payable;
    private final Map<String, String> tampered = new LinkedHashMap<>();
    private Timeline timeline;
    private Phase expired;

    SimulatedCustomer(PaymentOrder order, Clock clock, AssetCatalog catalog) {
        this.order = order;
        this.clock = clock;
        this.quoteAsset = catalog.quoteAsset(order.quoteAssetId()).orElseThrow();
        this.settlementAsset = catalog.settlementAsset(order.settlementAssetId()).orElseThrow();
        this.paymentAsset = catalog.paymentAsset();
        this.payable = new BigDecimal(order.quoteAmount()).multiply(quoteAsset.usdtRate())
                .divide(paymentAsset.usdtRate(), 8, RoundingMode.HALF_UP);
        this.timeline = Timeline.constant(order.createdAt(), Phase.unpaid());
    }

    public UUID traceId() {
        return order.traceId();
    }

    /** The order id as sent, or null when the payment was made without one. */
    public String orderId() {
        return order.orderId();
    }

    public String payeeId() {
        return order.payeeId();
    }

    public String quoteAssetId() {
        return order.quoteAssetId();
    }

    /** The quote amount exactly as sent (for a paylink: as the customer's URL carried it). */
    public String quoteAmount() {
        return order.quoteAmount();
    }

    /** The one-time payment code, empty for a paylink. */
    public Optional<String> code() {
        return Optional.ofNullable(order.code());
    }

    /** What the customer has to pay, in the payment asset (USDT). */
    public BigDecimal payableAmount() {
        return payable;
    }

    /** The status MixPay would report right now, e.g. {@code confirming}. */
    public String status() {
        return phaseAt(clock.instant()).status();
    }

    /** Runs {@code scenario} from the clock's current instant; see {@link Scenario} for its timings. */
    public synchronized void play(Scenario scenario) {
        if (!endedAt(clock.instant())) {
            timeline = scenario.timeline(clock.instant(), payable);
        }
    }

    /** The deadline MixPay was given, if any. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(order.expiresAt());
    }

    public void payExactly() {
        set(Phase.success(payable));
    }

    /** Pays {@code amount} of the payment asset, less than due: {@code paid_less}. */
    public void payLess(BigDecimal amount) {
        if (amount.signum() <= 0 || amount.compareTo(payable) >= 0) {
            throw new IllegalArgumentException("payLess needs 0 < amount < " + payable.toPlainString());
        }
        set(Phase.paidLess(amount));
    }

    /** Pays the rest of an underpaid payment: {@code success}. */
    public void topUp() {
        set(Phase.success(payable));
    }

    /** Pays {@code extra} more than due: {@code success} with that surplus, refund {@code pending}. */
    public void overpay(BigDecimal extra) {
        if (extra.signum() <= 0) {
            throw new IllegalArgumentException("overpay needs a positive extra amount");
        }
        set(Phase.success(payable.add(extra), extra, SurplusStatus.PENDING));
    }

    /** Moves the surplus refund of an overpaid success along, e.g. to {@code sending} or {@code success}. */
    public synchronized void refund(SurplusStatus status) {
        Phase now = phaseAt(clock.instant());
        if (!now.isSuccess() || now.surplus().signum() == 0) {
            throw new IllegalStateException("nothing to refund: the payment is not an overpaid success");
        }
        set(now.withSurplusStatus(status));
    }

    /** MixPay fails the payment with this code, e.g. {@code "40000"}. */
    public void fail(String failureCode) {
        set(Phase.failed(payable, Objects.requireNonNull(failureCode, "failureCode")));
    }

    /** A transfer is seen with this many confirmations. */
    public void confirming(int confirmations) {
        set(Phase.confirming(confirmations, payable));
    }

    /** Reports any other status verbatim with the full amount paid: {@code pending}, {@code auditing}, {@code processing}… */
    public void report(String status) {
        set(Phase.held(Objects.requireNonNull(status, "status"), payable));
    }

    /**
     * Every later answer carries {@code value} in data field {@code field} (e.g. another {@code payeeId} or
     * {@code quoteAmount}), to test that a false success is caught. A null value removes the override.
     */
    public synchronized void tamper(String field, String value) {
        if (value == null) {
            tampered.remove(field);
        } else {
            tampered.put(field, value);
        }
    }

    synchronized Phase phaseAt(Instant now) {
        return endedAt(now) ? expired : timeline.at(now);
    }

    /** True once the deadline has passed with nothing (or too little) paid: the payment is failed for good. */
    private boolean endedAt(Instant now) {
        Instant deadline = order.expiresAt();
        if (expired == null && deadline != null && !now.isBefore(deadline)) {
            Phase atDeadline = timeline.at(deadline);
            if ("unpaid".equals(atDeadline.status())) {
                expired = Phase.failed(BigDecimal.ZERO, "40000");
            } else if ("paid_less".equals(atDeadline.status())) {
                expired = Phase.failed(atDeadline.paid(), "40024");
            }
        }
        return expired != null;
    }

    synchronized Instant phaseStart() {
        return timeline.start();
    }

    synchronized Map<String, String> tampered() {
        return Map.copyOf(tampered);
    }

    PaymentOrder order() {
        return order;
    }

    SimAsset quoteAsset() {
        return quoteAsset;
    }

    SimAsset paymentAsset() {
        return paymentAsset;
    }

    SimAsset settlementAsset() {
        return settlementAsset;
    }

    private synchronized void set(Phase phase) {
        if (endedAt(clock.instant())) {
            LOG.info("Payment {} ended at its deadline {} ({}); {} changes nothing", order.traceId(),
                    order.expiresAt(), expired.failureCode(), phase.status());
            return;
        }
        timeline = Timeline.constant(clock.instant(), phase);
    }
}
