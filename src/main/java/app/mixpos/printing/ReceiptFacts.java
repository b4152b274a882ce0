package app.mixpos.printing;

import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Receipt} from a sale as the receipt log holds it. The transaction id and block-explorer link are
 * read from MixPay's last answer kept in the sale's history ({@code payments_result} carries {@code txid} and
 * {@code blockExplorerUrl} in its data; empty while MixPay has none).
 */
public final class ReceiptFacts {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptFacts.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shop as the receipt heads it. */
    public record Shop(String name, List<String> address) {
        public Shop {
            name = name == null ? "" : name;
            address = address == null ? List.of() : List.copyOf(address);
        }
    }

    private ReceiptFacts() {
    }

    /**
     * @param history the sale's events, oldest first
     * @param copy    true for a reprint
     */
    public static Receipt of(SaleSnapshot sale, List<SaleEvent> history, Shop shop, ZoneId zone, boolean copy) {
        String txid = null;
        String explorer = null;
        for (int i = history.size() - 1; i >= 0 && txid == null; i--) {
            JsonNode data = data(history.get(i));
            if (data != null) {
                txid = text(data, "txid");
                explorer = text(data, "blockExplorerUrl");
            }
        }
        return new Receipt(shop.name(), shop.address(), sale.sale().createdAt().atZone(zone), sale.orderId(),
                sale.sale().amount(), sale.state().paymentAmount(), sale.state().payableSymbol(),
                sale.state().outcome(), sale.sale().traceId(), txid, explorer, sale.state().surplusAmount(),
                sale.state().surplusStatus(), copy);
    }

    private static JsonNode data(SaleEvent event) {
        String body = event.rawBody();
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode data = JSON.readTree(body).path("data");
            return data.isObject() ? data : null;
        } catch (IOException e) {
            LOG.debug("MixPay's answer in event {} is not JSON; the receipt leaves its transaction out", event.id(), e);
            return null;
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode v = data.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
