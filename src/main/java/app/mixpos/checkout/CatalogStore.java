package app.mixpos.checkout;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SettlementAsset;
import java.util.List;

/** MixPay's asset lists as last fetched, kept so the till starts and prices offline. */
public interface CatalogStore {

    void saveQuoteAssets(List<QuoteAsset> assets);

    /** The last list saved, empty when never fetched. */
    List<QuoteAsset> quoteAssets();

    void saveSettlementAssets(List<SettlementAsset> assets);

    List<SettlementAsset> settlementAssets();
}
