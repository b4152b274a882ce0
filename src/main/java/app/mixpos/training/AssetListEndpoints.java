package app.mixpos.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code /v1/setting/…} lists: quote, settlement and payment assets. */
final class AssetListEndpoints {

    private final AssetCatalog catalog;

    AssetListEndpoints(AssetCatalog catalog) {
        this.catalog = catalog;
    }

    JsonNode quoteAssets(ApiRequest request) {
        ArrayNode list = Json.array();
        for (SimAsset a : catalog.quoteAssets()) {
            ObjectNode item = list.addObject();
            item.put("symbol", a.symbol());
            item.put("iconUrl", a.iconUrl());
            item.put("minQuoteAmount", Json.amount(a.min()));
            item.put("maxQuoteAmount", Json.amount(a.max()));
            item.put("decimalDigit", a.decimalDigit());
            item.put("isAsset", a.fiat() ? 0 : 1);
            item.put("assetId", a.assetId());
            if (a.fiat()) {
                item.putObject("chainAsset");
            } else {
                chainAsset(item, a);
            }
        }
        return list;
    }

    JsonNode settlementAssets(ApiRequest request) throws ApiError {
        if (request.param("payeeId") == null) {
            throw new ApiError(ApiError.PARAMETER_MISSING, "The payeeId field is required.");
        }
        boolean withAvailability = request.param("quoteAssetId") != null && request.param("quoteAmount") != null;
        ArrayNode list = Json.array();
        for (SimAsset a : catalog.settlementAssets()) {
            ObjectNode item = describe(list.addObject(), a);
            if (withAvailability) {
                item.put("isAvailable", true);
            }
        }
        return list;
    }

    JsonNode paymentAssets(ApiRequest request) {
        ArrayNode list = Json.array();
        for (SimAsset a : catalog.paymentAssets()) {
            ObjectNode item = describe(list.addObject(), a);
            item.put("minPaymentAmount", Json.amount(a.min()));
            item.put("maxPaymentAmount", Json.amount(a.max()));
        }
        return list;
    }

    private static ObjectNode describe(ObjectNode item, SimAsset a) {
        item.put("name", a.name());
        item.put("symbol", a.symbol());
        item.put("iconUrl", a.iconUrl());
        item.put("assetId", a.assetId());
        item.put("network", a.network());
        item.put("isAsset", 1);
        chainAsset(item, a);
        return item;
    }

    private static void chainAsset(ObjectNode item, SimAsset a) {
        ObjectNode chain = item.putObject("chainAsset");
        chain.put("id", a.assetId());
        chain.put("symbol", a.symbol());
        chain.put("name", a.name());
        chain.put("iconUrl", a.iconUrl());
    }
}
