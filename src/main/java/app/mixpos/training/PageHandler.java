package app.mixpos.training;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The checkout pages a phone would open: {@code /pay?…} (a paylink) and {@code /code/<code>} (a one-time
 * payment). They show the amount and currency and change nothing; {@link MixPaySimulator#scan} is what
 * registers a customer.
 */
final class PageHandler implements HttpHandler {

    private final PaymentLedger ledger;
    private final AssetCatalog catalog;

    PageHandler(PaymentLedger ledger, AssetCatalog catalog) {
        this.ledger = ledger;
        this.catalog = catalog;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/pay") || path.equals("/pay/")) {
                Map<String, String> q = Exchanges.decodeForm(exchange.getRequestURI().getRawQuery());
                page(exchange, q.get("quoteAmount"), q.get("quoteAssetId"), q.get("remark"));
            } else if (path.startsWith("/code/")) {
                Optional<PaymentOrder> order = ledger.byCode(path.substring("/code/".length()))
                        .map(SimulatedCustomer::order);
                if (order.isEmpty()) {
                    Exchanges.sendHtml(exchange, 404, html("Payment not found",
                            "<p>This payment code does not exist.</p>"));
                    return;
                }
                page(exchange, order.get().quoteAmount(), order.get().quoteAssetId(), order.get().remark());
            } else {
                Exchanges.sendHtml(exchange, 404, html("Not found", "<p>Nothing here.</p>"));
            }
        } finally {
            exchange.close();
        }
    }

    private void page(HttpExchange exchange, String amount, String assetId, String remark) throws IOException {
        Optional<SimAsset> asset = catalog.quoteAsset(assetId);
        if (amount == null || asset.isEmpty()) {
            Exchanges.sendHtml(exchange, 400, html("Invalid payment link", "<p>This payment link is not valid.</p>"));
            return;
        }
        String body = "<p class=\"amount\"><span id=\"quoteAmount\">" + escape(amount) + "</span> "
                + "<span id=\"quoteSymbol\">" + escape(asset.get().symbol()) + "</span></p>"
                + "<p class=\"payee\">to " + ResultWriter.PAYEE_NAME + " (training)</p>"
                + (remark == null || remark.isBlank() ? "" : "<p class=\"remark\">" + escape(remark) + "</p>");
        Exchanges.sendHtml(exchange, 200, html("Pay " + amount + " " + asset.get().symbol(), body));
    }

    private static String html(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · MixPay (simulated)</title></head><body><h1>MixPay</h1>" + body + "</body></html>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
