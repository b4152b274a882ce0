package app.mixpos.ui.settings;

import app.mixpos.checkout.CheckoutService;
import app.mixpos.config.Language;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SettlementAsset;
import app.mixpos.ui.Failures;
import app.mixpos.ui.SettingsEditor;
import app.mixpos.ui.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The editable settings, the payee id checked as typed, and saving through {@link SettingsEditor}. */
public final class SettingsViewModel {

    static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern UUID_CHARS = Pattern.compile("[0-9a-fA-F-]*");

    private final CheckoutService checkout;
    private final Texts texts;
    private final SettingsEditor editor;
    private final Executor fx;
    private final Executor io;
    private final boolean training;
    private final Runnable onSaved;
    private final StringProperty payeeId = new SimpleStringProperty("");
    private final StringProperty payeeProblem = new SimpleStringProperty("");
    private final ObjectProperty<SettlementAsset> settlement = new SimpleObjectProperty<>();
    private final ObjectProperty<QuoteAsset> currency = new SimpleObjectProperty<>();
    private final ObjectProperty<LinkMode> linkMode = new SimpleObjectProperty<>(LinkMode.ONE_TIME);
    private final ObservableList<SettlementAsset> settlements = FXCollections.observableArrayList();
    private final ObservableList<QuoteAsset> currencies = FXCollections.observableArrayList();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ObjectProperty<Language> customerLanguage = new SimpleObjectProperty<>(Language.ENGLISH);
    private SettingsEditor.Languages loadedLanguages;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public SettingsViewModel(CheckoutService checkout, SettingsEditor editor, boolean training,
                             Executor fx, Executor io, Runnable onSaved) {
        this(checkout, Texts.english(), editor, training, fx, io, onSaved);
    }

    public SettingsViewModel(CheckoutService checkout, Texts texts, SettingsEditor editor, boolean training,
                             Executor fx, Executor io, Runnable onSaved) {
        this.checkout = checkout;
        this.texts = texts;
        this.editor = editor;
        this.training = training;
        this.fx = fx;
        this.io = io;
        this.onSaved = onSaved;
        payeeId.addListener((obs, old, now) -> payeeProblem.set(checkPayee(now)));
    }

    /** Reads the current values and the asset lists. */
    public void load() {
        message.set("");
        CompletableFuture<SettingsEditor.Languages> languages = CompletableFuture.supplyAsync(editor::languages,
                io::execute);
        languages.thenAcceptAsync(this::fillLanguages, fx);
        CompletableFuture<SettingsEditor.Values> values = CompletableFuture.supplyAsync(editor::current, io::execute);
        values.thenCombine(checkout.settlementAssets(), (v, s) -> new Object[] {v, s})
                .thenCombine(checkout.quoteAssets(), (vs, q) -> new Object[] {vs[0], vs[1], q})
                .whenCompleteAsync((all, error) -> {
                    if (error != null) {
                        message.set(Failures.settingsNotRead(texts, error));
                        return;
                    }
                    fill((SettingsEditor.Values) all[0], cast(all[1]), cast(all[2]));
                }, fx);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object o) {
        return (List<T>) o;
    }

    void fill(SettingsEditor.Values v, List<SettlementAsset> settle, List<QuoteAsset> quotes) {
        payeeId.set(v.payeeId() == null ? "" : v.payeeId());
        settlements.setAll(settle);
        SettlementAsset s = settle.stream().filter(a -> a.assetId().equalsIgnoreCase(v.settlementAssetId()))
                .findFirst().orElse(null);
        if (s == null && v.settlementAssetId() != null) {
            s = new SettlementAsset(v.settlementAssetId(), texts.get("settings.settlement.current"),
                    v.settlementAssetId(), null);
            settlements.add(0, s);
        }
        settlement.set(s);
        currencies.setAll(quotes);
        QuoteAsset q = quotes.stream().filter(a -> a.hasId(v.currency())).findFirst().orElse(null);
        if (q == null && v.currency() != null) {
            q = new QuoteAsset(v.currency(), v.currency().toUpperCase(Locale.ROOT), 2, null, null, true);
            currencies.add(0, q);
        }
        currency.set(q);
        linkMode.set(v.linkMode() == null ? LinkMode.ONE_TIME : v.linkMode());
    }

    void fillLanguages(SettingsEditor.Languages saved) {
        loadedLanguages = saved;
        language.set(saved.cashier());
        customerLanguage.set(saved.customer());
    }

    String checkPayee(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return training ? "" : texts.get("settings.payee.missing");
        }
        if (!UUID_CHARS.matcher(t).matches()) {
            return texts.get("settings.payee.badCharacters");
        }
        if (!UUID.matcher(t).matches()) {
            return texts.get("settings.payee.incomplete");
        }
        return "";
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> payeeProblem.get().isEmpty() && settlement.get() != null
                && currency.get() != null && !saving.get(), payeeProblem, settlement, currency, saving);
    }

    public void save() {
        if (!canSave().get()) {
            message.set(payeeProblem.get().isEmpty() ? texts.get("settings.chooseAssets") : payeeProblem.get());
            return;
        }
        SettingsEditor.Values v = new SettingsEditor.Values(payeeId.get().strip(), settlement.get().assetId(),
                currency.get().assetId(), linkMode.get());
        SettingsEditor.Languages chosen = new SettingsEditor.Languages(language.get(), customerLanguage.get());
        // written only when changed, so a till that never chose keeps following the computer's language
        boolean languagesChanged = !chosen.equals(loadedLanguages);
        saving.set(true);
        message.set(texts.get("common.saving"));
        CompletableFuture.supplyAsync(() -> {
            try {
                java.nio.file.Path said = editor.save(v);
                if (languagesChanged) {
                    editor.saveLanguages(chosen);
                }
                return said;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
            }
        }, io::execute).whenCompleteAsync((said, error) -> {
            saving.set(false);
            if (error != null) {
                Throwable t = error.getCause() != null ? error.getCause() : error;
                message.set(texts.get("settings.notSaved", t.getMessage()));
            } else {
                if (languagesChanged) {
                    loadedLanguages = chosen;
                }
                message.set(said == null ? texts.get("settings.saved") : texts.get("settings.savedTo", said));
                onSaved.run();
            }
        }, fx);
    }

    /** The words this screen speaks in. */
    public Texts texts() {
        return texts;
    }

    public StringProperty payeeIdProperty() {
        return payeeId;
    }

    public StringProperty payeeProblemProperty() {
        return payeeProblem;
    }

    public ObjectProperty<SettlementAsset> settlementProperty() {
        return settlement;
    }

    public ObjectProperty<QuoteAsset> currencyProperty() {
        return currency;
    }

    public ObjectProperty<LinkMode> linkModeProperty() {
        return linkMode;
    }

    public ObservableList<SettlementAsset> settlements() {
        return settlements;
    }

    public ObservableList<QuoteAsset> currencies() {
        return currencies;
    }

    /** The cashier's window's language, from the next start. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The customer display's language, from the next start. */
    public ObjectProperty<Language> customerLanguageProperty() {
        return customerLanguage;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
