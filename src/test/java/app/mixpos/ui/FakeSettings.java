package app.mixpos.ui;

import app.mixpos.config.Language;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.SettlementAsset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Settings kept in memory; records what was saved. */
public final class FakeSettings implements SettingsEditor {

    public final List<Values> saved = new CopyOnWriteArrayList<>();
    private volatile Values current = new Values(Sales.PAYEE, SettlementAsset.USDT_ERC20.assetId(), "usd",
            LinkMode.ONE_TIME);

    public final List<Languages> savedLanguages = new CopyOnWriteArrayList<>();
    private volatile Languages languages = new Languages(Language.ENGLISH, Language.ENGLISH);

    @Override
    public Languages languages() {
        return languages;
    }

    @Override
    public void saveLanguages(Languages chosen) {
        savedLanguages.add(chosen);
        languages = chosen;
    }

    @Override
    public Values current() {
        return current;
    }

    @Override
    public java.nio.file.Path save(Values values) {
        saved.add(values);
        current = values;
        return java.nio.file.Path.of("data", "settings.properties");
    }
}
