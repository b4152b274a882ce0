package app.mixpos.mixpay;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SettlementAsset;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads MixPay's asset lists; an item that cannot become a valid asset is skipped, not fatal. */
final class AssetReader {

    private static final Logger log = LoggerFactory.getLogger(AssetReader.class);
    private static final Pattern UUID_LIKE = Pattern.compile("[0-9a-fA-F-]{32,36}");

    private AssetReader() {
    }

    static List<QuoteAsset> quoteAssets(JsonNode items) {
        List<QuoteAsset> assets = new ArrayList<>();
        for (JsonNode item : items) {
            QuoteAsset asset = quoteAsset(item);
            if (asset != null) {
                assets.add(asset);
            } else {
                log.debug("Skipped a quote asset MixPay listed without a usable id, symbol or decimalDigit: {}",
                        Wire.text(item.get("symbol")));
            }
        }
        return List.copyOf(assets);
    }

    static List<SettlementAsset> settlementAssets(JsonNode items) {
        List<SettlementAsset> assets = new ArrayList<>();
        for (JsonNode item : items) {
            String id = blankToNull(Wire.text(item.get("assetId")));
            String symbol = blankToNull(Wire.text(item.get("symbol")));
            if (id == null || symbol == null) {
                log.debug("Skipped a settlement asset MixPay listed without an id or symbol: {}", symbol);
                continue;
            }
            assets.add(new SettlementAsset(id, symbol, blankToNull(Wire.text(item.get("name"))),
                    blankToNull(Wire.text(item.get("network")))));
        }
        return List.copyOf(assets);
    }

    private static QuoteAsset quoteAsset(JsonNode item) {
        String id = blankToNull(Wire.text(item.get("assetId")));
        String symbol = blankToNull(Wire.text(item.get("symbol")));
        Integer digits = Wire.integer(item.get("decimalDigit"));
        Integer isAsset = Wire.integer(item.get("isAsset"));
        boolean fiat = isAsset != null ? isAsset == 0 : id == null || !UUID_LIKE.matcher(id).matches();
        if (id == null && fiat && symbol != null) {
            id = symbol.toLowerCase(Locale.ROOT);
        }
        if (id == null || symbol == null || digits == null || digits < 0 || digits > 18) {
            return null;
        }
        return new QuoteAsset(id, symbol, digits, Wire.decimal(item.get("minQuoteAmount")),
                Wire.decimal(item.get("maxQuoteAmount")), fiat);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
