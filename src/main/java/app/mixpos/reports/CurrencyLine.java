package app.mixpos.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quote currency's line of a report. Amounts are exact, in the currency, at its decimals.
 *
 * @param sales     every sale charged in it (any outcome)
 * @param paidSales sales MixPay reported paid and that passed the success checks (PAID, PAID_SURPLUS,
 *                  PAID_AFTER_CANCEL): the takings, which MixPay settles to the shop
 * @param paid      their prices summed
 * @param openSales sales still waiting for the customer or for MixPay (CREATING, OPEN)
 * @param open      their prices summed
 */
public record CurrencyLine(String quoteAssetId, String symbol, int decimals, long sales, long paidSales,
                           BigDecimal paid, long openSales, BigDecimal open) {

    public CurrencyLine {
        Objects.requireNonNull(quoteAssetId, "quoteAssetId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(open, "open");
    }
}
