package app.mixpos.sale;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Sales counted together: one quote currency, one outcome. In an adjustment (a later outcome of a sale an earlier Z
 * counted) the count and the amount may be negative: the sale leaves its old outcome and joins its new one.
 *
 * @param amount the exact sum of the sales' prices, in the quote currency
 */
public record OutcomeTally(String quoteAssetId, String symbol, int decimals, Outcome outcome, long count,
                           BigDecimal amount) {

    public OutcomeTally {
        Objects.requireNonNull(quoteAssetId, "quoteAssetId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(amount, "amount");
    }
}
