package app.mixpos.receipts;

import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Sales for tests. */
final class Sales {

    static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123Z");
    static final QuoteAsset BTC = new QuoteAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8,
            new BigDecimal("0.00001"), new BigDecimal("10"), false);
    static final QuoteAsset EUR = new QuoteAsset("eur", "EUR", 2, null, null, true);
    static final QuoteAsset ETH18 = new QuoteAsset("43d61dcd-e413-450d-80b8-101d5e903357", "ETH", 18, null, null,
            false);
    static final String PAYEE = "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f";

    private static final AtomicInteger NEXT = new AtomicInteger(100_000);

    private Sales() {
    }

    /** A fresh sale in CREATING. */
    static SaleSnapshot creating(String amount, QuoteAsset asset, Instant at) {
        return creating(amount, asset, at, Sale.UNNAMED_TILL);
    }

    /** A fresh sale in CREATING, made by till {@code tillId}. */
    static SaleSnapshot creating(String amount, QuoteAsset asset, Instant at, String tillId) {
        Sale sale = new Sale("order-" + NEXT.getAndIncrement(), UUID.randomUUID(), new Amount(new BigDecimal(amount), asset),
                "4d8c508b-91c5-375b-92b0-ee702ed2dac5", PAYEE, "table 4", LinkMode.ONE_TIME, null, at,
                at.plusSeconds(900), tillId);
        return new SaleSnapshot(sale, SaleState.creating(at));
    }

    /** The same sale with its link made and the QR shown. */
    static SaleSnapshot opened(SaleSnapshot s, Instant at) {
        return s.with(s.sale().withPaymentLink("https://mixpay.me/code/" + s.orderId())).with(s.state().opened(at));
    }

    /** A sale with {@code outcome}, MixPay status {@code status} and surplus status {@code surplus}. */
    static SaleSnapshot with(SaleSnapshot s, Outcome outcome, String status, SurplusStatus surplus) {
        SaleState st = s.state();
        return s.with(new SaleState(outcome, PaymentStatus.of(status), st.confirmations(), st.paymentAmount(),
                st.payableAmount(), st.payableSymbol(), st.surplusAmount(), surplus, FailureCode.NONE, st.reasons(),
                st.updatedAt()));
    }

    static SaleSnapshot sale(String amount, QuoteAsset asset, Instant at, Outcome outcome) {
        return sale(amount, asset, at, outcome, Sale.UNNAMED_TILL);
    }

    static SaleSnapshot sale(String amount, QuoteAsset asset, Instant at, Outcome outcome, String tillId) {
        String status = outcome.isPaid() ? "success" : outcome == Outcome.FAILED ? "failed" : "unpaid";
        return with(opened(creating(amount, asset, at, tillId), at), outcome, status, SurplusStatus.NO);
    }
}
