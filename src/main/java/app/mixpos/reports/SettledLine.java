package app.mixpos.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What MixPay settled to the shop in one asset, for the paid sales of a report whose settlement it reported done.
 *
 * @param symbol    the asset settled ({@code BTC}); empty when MixPay did not name it
 * @param paidSales how many paid sales it settled in that asset
 * @param settled   the exact sum settled, in that asset
 */
public record SettledLine(String symbol, long paidSales, BigDecimal settled) {

    public SettledLine {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(settled, "settled");
    }
}
