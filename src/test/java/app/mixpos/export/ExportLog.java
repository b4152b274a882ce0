package app.mixpos.export;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A receipt log with sales of every kind, for the export tests: each a real insert and updates through the log. */
final class ExportLog {

    static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123Z");
    static final QuoteAsset BTC = new QuoteAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8, null, null, false);
    static final String PAYEE = "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f";
    /** Remarks a cashier could type that a spreadsheet would run, or that need quoting, or are not ASCII. */
    static final List<String> REMARKS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1 bag", "-5 off", "@SUM(A1)",
            "table 4, window", "say \"hi\"", "café 中文 ✓", "plain");

    private ExportLog() {
    }

    /** {@code n} sales, {@code gapSeconds} apart from {@link #T0}, cycling through the outcomes and remarks. */
    static void fill(ReceiptLog log, int n, long gapSeconds) {
        for (int i = 0; i < n; i++) {
            Instant at = T0.plusSeconds(i * gapSeconds);
            boolean btc = i % 5 == 3;
            Amount amount = btc ? new Amount(new BigDecimal("0.000" + (12345 + i)), BTC)
                    : new Amount(new BigDecimal((10 + i) + "." + String.format("%02d", i % 100)), QuoteAsset.USD);
            Sale sale = new Sale(String.format("T1-%06d-x", i), UUID.nameUUIDFromBytes(("sale" + i).getBytes()), amount,
                    "4d8c508b-91c5-375b-92b0-ee702ed2dac5", PAYEE, REMARKS.get(i % REMARKS.size()), LinkMode.ONE_TIME,
                    null, at, at.plusSeconds(900), i % 2 == 0 ? "T1" : "T2");
            SaleSnapshot s = log.insert(new SaleSnapshot(sale, SaleState.creating(at)));
            Instant t = at.plusMillis(250);
            s = log.update(s.with(sale.withPaymentLink("https://mixpay.me/code/" + sale.traceId()))
                    .with(s.state().opened(t)), SaleEvent.LINK_CREATED, "");
            SaleState end = end(i, amount, t.plusSeconds(40));
            if (end != null) {
                log.update(s.with(end), SaleEvent.STATUS, "{\"code\":0,\"data\":{\"status\":\"" + end.status().wire()
                        + "\",\"txid\":\"0xabc" + i + "\"}}");
            }
        }
    }

    private static SaleState end(int i, Amount amount, Instant at) {
        BigDecimal usdt = new BigDecimal("1.000123").multiply(BigDecimal.valueOf(i + 1));
        return switch (i % 6) {
            case 0 -> state(Outcome.PAID, "success", usdt, "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(), at)
                    .with(new Settlement("success", usdt.movePointLeft(5), "BTC", "c6d0c728-2624-429b-8e0d-d9d19b6592fa"));
            case 1 -> state(Outcome.PAID_SURPLUS, "success", usdt.add(BigDecimal.ONE), "USDT", BigDecimal.ONE,
                    SurplusStatus.PENDING, FailureCode.NONE, List.of(), at).with(new Settlement("pending", null, null,
                    null));
            case 2 -> state(Outcome.FAILED, "failed", null, null, null, SurplusStatus.NO, new FailureCode("40000"),
                    List.of(), at);
            case 3 -> state(Outcome.MISMATCH, "success", usdt, "=cmd|' /C calc'!A0", null, SurplusStatus.NO,
                    FailureCode.NONE, List.of(Reason.mismatch(Reason.MismatchField.AMOUNT, amount.toWire(), "4.0")), at);
            case 4 -> null;
            default -> state(Outcome.CANCELLED, "unpaid", null, null, null, SurplusStatus.NO, FailureCode.NONE,
                    List.of(), at);
        };
    }

    private static SaleState state(Outcome outcome, String status, BigDecimal paid, String symbol, BigDecimal surplus,
                                   SurplusStatus surplusStatus, FailureCode failure, List<Reason> reasons, Instant at) {
        return new SaleState(outcome, PaymentStatus.of(status), null, paid, paid, symbol, surplus, surplusStatus,
                failure, reasons, at);
    }
}
