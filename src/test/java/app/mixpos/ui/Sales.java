package app.mixpos.ui;

import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SettlementAsset;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Sales and their states for tests, each state a second later than the last. */
public final class Sales {

    public static final String PAYEE = "1b2c3d4e-0000-4000-8000-123456789abc";
    public static final QuoteAsset BTC = new QuoteAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8,
            new BigDecimal("0.00000263"), new BigDecimal("0.02632853"), false);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final AtomicLong TICK = new AtomicLong();
    private static final AtomicLong ORDER = new AtomicLong(100000);

    private Sales() {
    }

    public static Instant next() {
        return START.plusSeconds(TICK.incrementAndGet());
    }

    public static Sale sale(Amount amount, String remark) {
        UUID trace = UUID.randomUUID();
        return new Sale("POS-" + ORDER.incrementAndGet(), trace, amount, SettlementAsset.USDT_ERC20.assetId(), PAYEE,
                remark, LinkMode.ONE_TIME, "https://mixpay.me/code/" + UUID.randomUUID(), next());
    }

    public static SaleSnapshot open(String amount) {
        return open(sale(new Amount(new BigDecimal(amount), QuoteAsset.USD), null));
    }

    public static SaleSnapshot open(Sale sale) {
        Instant t = next();
        return new SaleSnapshot(sale, SaleState.creating(t).opened(t));
    }

    public static SaleSnapshot voided(Sale sale, Reason reason) {
        Instant t = next();
        return new SaleSnapshot(sale, SaleState.creating(t).voided(reason, t));
    }

    /** The sale with MixPay saying {@code status} while it stays open. */
    public static SaleSnapshot status(SaleSnapshot s, String status, Integer confirmations,
                                      String paid, String payable, String symbol) {
        return s.with(new SaleState(Outcome.OPEN, PaymentStatus.of(status), confirmations, dec(paid), dec(payable),
                symbol, null, SurplusStatus.NO, FailureCode.NONE, null, next()));
    }

    public static SaleSnapshot outcome(SaleSnapshot s, Outcome outcome, String status) {
        return s.with(new SaleState(outcome, PaymentStatus.of(status), -1, null, null, "USDT",
                null, SurplusStatus.NO, FailureCode.NONE, null, next()));
    }

    public static SaleSnapshot surplus(SaleSnapshot s, String surplus, SurplusStatus progress) {
        return s.with(new SaleState(Outcome.PAID_SURPLUS, PaymentStatus.of("success"), -1, null, null, "USDT",
                dec(surplus), progress, FailureCode.NONE, null, next()));
    }

    public static SaleSnapshot failed(SaleSnapshot s, String code) {
        return s.with(new SaleState(Outcome.FAILED, PaymentStatus.of("failed"), -1, null, null, "USDT",
                null, SurplusStatus.NO, FailureCode.of(code), null, next()));
    }

    public static SaleSnapshot mismatch(SaleSnapshot s, Reason... differences) {
        return s.with(new SaleState(Outcome.MISMATCH, PaymentStatus.of("success"), -1, null, null, "USDT",
                null, SurplusStatus.NO, FailureCode.NONE, List.of(differences), next()));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
