package app.mixpos.store;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.Amount;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.sale.FailureCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Sales written into a till's real receipt log, as the till writes them: recorded, opened, then paid. */
final class TillLogs {

    static final Instant T0 = Instant.parse("2026-12-02T09:00:00.000Z");
    static final QuoteAsset USD = new QuoteAsset("usd", "USD", 2, null, null, true);
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private TillLogs() {
    }

    /** Records a sale of {@code amount} USD at {@code at} and opens it: two changes. */
    static SaleSnapshot open(ReceiptLog log, String tillId, String amount, Instant at) {
        Sale sale = new Sale(String.format("%s-%06d", tillId, NEXT.getAndIncrement()), UUID.randomUUID(),
                new Amount(new BigDecimal(amount), USD), "4d8c508b-91c5-375b-92b0-ee702ed2dac5",
                "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f", null, LinkMode.ONE_TIME, null, at, at.plusSeconds(900), tillId);
        SaleSnapshot stored = log.insert(new SaleSnapshot(sale, SaleState.creating(at)));
        SaleSnapshot opened = stored.with(stored.sale().withPaymentLink("https://mixpay.me/code/" + sale.orderId()))
                .with(stored.state().opened(at.plusMillis(300)));
        return log.update(opened, SaleEvent.LINK_CREATED, "");
    }

    /** MixPay's success, recorded: one more change. */
    static SaleSnapshot pay(ReceiptLog log, SaleSnapshot open, Instant at) {
        SaleState st = open.state();
        SaleSnapshot paid = open.with(new SaleState(Outcome.PAID, PaymentStatus.of("success"), 1,
                open.sale().amount().value(), open.sale().amount().value(), "USDT", null, SurplusStatus.NO,
                FailureCode.NONE, st.reasons(), at));
        return log.update(paid, SaleEvent.STATUS, "{\"code\":0,\"data\":{\"status\":\"success\"}}");
    }
}
