package app.mixpos.sale;

import java.math.BigDecimal;

/** The sum of paid sales in one quote asset. */
public record SalesTotal(String quoteAssetId, String symbol, BigDecimal total, long count) {
}
