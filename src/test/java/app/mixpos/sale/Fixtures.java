package app.mixpos.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Sales and MixPay answers for the domain tests. */
final class Fixtures {

    static final String PAYEE = "6ed1b6a2-7d1b-4c2d-9f3e-2b1a0c9d8e7f";
    static final UUID TRACE = UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7");
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static final QuoteAsset BTC = new QuoteAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8,
            new BigDecimal("0.00000263"), new BigDecimal("0.02632853"), false);

    private Fixtures() {
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    static Amount usd(String value) {
        return new Amount(new BigDecimal(value), QuoteAsset.USD);
    }

    static Sale sale(Amount amount) {
        return sale(PAYEE, TRACE, amount);
    }

    static Sale sale(String payee, UUID trace, Amount amount) {
        return new Sale("POS-000123", trace, amount, SettlementAsset.USDT_ERC20.assetId(), payee,
                "coffee", LinkMode.ONE_TIME, "https://mixpay.me/code/x", T0);
    }

    static Sale usdSale() {
        return sale(usd("10.00"));
    }

    /** A genuine success for {@code sale}; change it with the {@code with…} methods. */
    static Result successFor(Sale sale) {
        return new Result().status("success").traceId(sale.traceId().toString()).payeeId(sale.payeeId())
                .quoteAssetId(sale.quoteAsset().assetId()).quoteAmount(sale.amount().toWire())
                .payment("10.013", "10.013");
    }

    static Result status(String status) {
        return new Result().status(status).traceId(TRACE.toString()).payeeId(PAYEE)
                .quoteAssetId("usd").quoteAmount("10.00");
    }

    /** A mutable builder over {@link PaymentResult}'s long component list. */
    static final class Result {
        boolean envelope = true;
        String status = "unpaid";
        String traceId;
        String payeeId;
        String quoteAssetId;
        BigDecimal quoteAmount;
        BigDecimal paymentAmount;
        BigDecimal payableAmount;
        BigDecimal surplusAmount = BigDecimal.ZERO;
        String surplusStatus = "no";
        Integer confirmations = -1;
        String failureCode = "0";

        Result envelope(boolean ok) {
            envelope = ok;
            return this;
        }

        Result status(String s) {
            status = s;
            return this;
        }

        Result traceId(String s) {
            traceId = s;
            return this;
        }

        Result payeeId(String s) {
            payeeId = s;
            return this;
        }

        Result quoteAssetId(String s) {
            quoteAssetId = s;
            return this;
        }

        Result quoteAmount(String s) {
            quoteAmount = s == null ? null : new BigDecimal(s);
            return this;
        }

        Result payment(String paid, String payable) {
            paymentAmount = new BigDecimal(paid);
            payableAmount = new BigDecimal(payable);
            return this;
        }

        Result surplus(String amount, String status) {
            surplusAmount = new BigDecimal(amount);
            surplusStatus = status;
            return this;
        }

        Result confirmations(Integer n) {
            confirmations = n;
            return this;
        }

        Result failureCode(String code) {
            failureCode = code;
            return this;
        }

        PaymentResult build() {
            return new PaymentResult(envelope, PaymentStatus.of(status), traceId, payeeId, quoteAssetId,
                    quoteAmount, "USD", paymentAmount, "USDT", payableAmount, "USDT", surplusAmount,
                    SurplusStatus.of(surplusStatus), confirmations, FailureCode.of(failureCode), "", "", null,
                    "{}");
        }
    }
}
