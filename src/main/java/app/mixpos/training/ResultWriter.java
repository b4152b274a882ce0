package app.mixpos.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/** The {@code data} object of {@code payments_result}, shaped like MixPay's documented example. */
final class ResultWriter {

    static final String PAYEE_NAME = "training_payee";
    static final String PAYEE_MIXIN_NUMBER = "7000104111";

    private ResultWriter() {
    }

    static ObjectNode write(SimulatedCustomer customer, Instant now) {
        PaymentOrder order = customer.order();
        Phase phase = customer.phaseAt(now);
        SimAsset pay = customer.paymentAsset();
        boolean paid = phase.paid().signum() > 0;
        ObjectNode d = Json.object();
        d.put("status", phase.status());
        d.put("quoteAmount", order.quoteAmount());
        d.put("quoteSymbol", customer.quoteAsset().symbol());
        d.put("quoteAssetId", order.quoteAssetId());
        d.put("quoteAssetVersion", "");
        d.put("paymentAmount", Json.amount(phase.paid()));
        d.put("paymentSymbol", pay.symbol());
        d.put("paymentAssetId", pay.assetId());
        d.put("paymentAssetVersion", pay.network());
        d.put("payee", PAYEE_NAME);
        d.put("payeeId", order.payeeId());
        d.put("payeeMixinNumber", PAYEE_MIXIN_NUMBER);
        d.put("payeeAvatarUrl", "");
        String txid = paid ? txid(order) : "";
        d.put("txid", txid);
        d.put("blockExplorerUrl", paid ? "https://etherscan.io/tx/0x" + txid : "");
        d.put("date", (paid ? customer.phaseStart() : order.createdAt()).getEpochSecond());
        d.put("surplusAmount", Json.amount(phase.surplus()));
        d.put("surplusStatus", phase.surplusStatus().wire());
        d.put("confirmations", phase.confirmations());
        d.put("payableAmount", Json.amount(customer.payableAmount()));
        d.put("payableSymbol", pay.symbol());
        d.put("payableAssetId", pay.assetId());
        d.put("payableAssetVersion", pay.network());
        d.put("failureCode", phase.failureCode());
        d.put("failureReason", phase.failureReason());
        d.put("returnTo", "");
        d.put("traceId", order.traceIdWire());
        d.put("orderId", order.orderId() == null ? "" : order.orderId());
        if (order.remark() != null) {
            d.put("remark", order.remark());
        }
        if (order.expiresAt() != null) {
            d.put("expiredAt", order.expiresAt().getEpochSecond());
        }
        settlement(d, customer, phase);
        for (Map.Entry<String, String> e : customer.tampered().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        return d;
    }

    /** What MixPay says about a trace or order id it has never seen: a paylink nobody opened yet. */
    static ObjectNode unknown(String field, String id) {
        ObjectNode d = Json.object();
        d.put("status", "unpaid");
        d.put(field, id);
        return d;
    }

    private static void settlement(ObjectNode d, SimulatedCustomer customer, Phase phase) {
        SimAsset settle = customer.settlementAsset();
        boolean settled = phase.isSuccess();
        BigDecimal kept = phase.paid().subtract(phase.surplus());
        BigDecimal amount = kept.multiply(customer.paymentAsset().usdtRate())
                .divide(settle.usdtRate(), 8, RoundingMode.HALF_UP);
        d.put("settleStatus", settled ? "success" : "pending");
        d.put("settleAmount", settled ? Json.amount(amount) : "");
        d.put("settleSymbol", settled ? settle.symbol() : "");
        d.put("settleAsset", settled ? settle.assetId() : "");
        d.put("settleAssetVersion", settled ? settle.network() : "");
    }

    private static String txid(PaymentOrder order) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(order.traceId().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
