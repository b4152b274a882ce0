package app.mixpos.testing;

import app.mixpos.sale.FailureCode;
import app.mixpos.sale.PaymentResult;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;

/** Builds {@code payments_result} answers for a sale, true to it unless a test changes a field. */
public final class Results {

    private final Sale sale;
    private String status = "unpaid";
    private String payee;
    private String quoteAsset;
    private BigDecimal quoteAmount;
    private String traceId;
    private BigDecimal paid;
    private BigDecimal payable;
    private BigDecimal surplus;
    private SurplusStatus surplusStatus = SurplusStatus.NO;
    private Integer confirmations = -1;
    private String failure = "0";

    private Results(Sale sale) {
        this.sale = sale;
        this.payee = sale.payeeId();
        this.quoteAsset = sale.quoteAsset().assetId();
        this.quoteAmount = sale.amount().value();
        this.traceId = sale.traceId().toString();
    }

    public static Results forSale(Sale sale) {
        return new Results(sale);
    }

    public static PaymentResult unpaid(Sale sale) {
        return forSale(sale).build();
    }

    public static PaymentResult success(Sale sale) {
        return forSale(sale).status("success").build();
    }

    public static PaymentResult failed(Sale sale, String code) {
        return forSale(sale).status("failed").failure(code).build();
    }

    public Results status(String s) {
        status = s;
        return this;
    }

    public Results payee(String p) {
        payee = p;
        return this;
    }

    public Results quoteAsset(String a) {
        quoteAsset = a;
        return this;
    }

    public Results quoteAmount(String a) {
        quoteAmount = new BigDecimal(a);
        return this;
    }

    public Results traceId(String t) {
        traceId = t;
        return this;
    }

    public Results paid(String paymentAmount, String payableAmount) {
        paid = new BigDecimal(paymentAmount);
        payable = new BigDecimal(payableAmount);
        return this;
    }

    public Results surplus(String amount, SurplusStatus s) {
        surplus = new BigDecimal(amount);
        surplusStatus = s;
        return this;
    }

    public Results confirmations(int n) {
        confirmations = n;
        return this;
    }

    public Results failure(String code) {
        failure = code;
        return this;
    }

    public PaymentResult build() {
        String raw = "{\"code\":0,\"success\":true,\"data\":{\"status\":\"" + status + "\",\"traceId\":\""
                + traceId + "\"}}";
        return new PaymentResult(true, PaymentStatus.of(status), traceId, payee, quoteAsset, quoteAmount,
                sale.quoteAsset().symbol(), paid, "USDT", payable, "USDT", surplus, surplusStatus, confirmations,
                FailureCode.of(failure), null, null, null, raw);
    }
}
