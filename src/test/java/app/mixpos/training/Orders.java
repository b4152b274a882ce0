package app.mixpos.training;

import app.mixpos.sale.SettlementAsset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for tests. */
final class Orders {

    static final String PAYEE = "00000000-0000-4000-8000-00000000beef";

    private Orders() {
    }

    static Map<String, String> usd(String amount, UUID traceId, String orderId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("payeeId", PAYEE);
        body.put("quoteAssetId", "usd");
        body.put("quoteAmount", amount);
        body.put("settlementAssetId", SettlementAsset.USDT_ERC20.assetId());
        body.put("traceId", traceId.toString());
        body.put("orderId", orderId);
        return body;
    }

    static Map<String, String> usd(String amount) {
        UUID trace = UUID.randomUUID();
        return usd(amount, trace, "T-" + trace.toString().substring(0, 8));
    }

    static Map<String, String> with(Map<String, String> body, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }
}
