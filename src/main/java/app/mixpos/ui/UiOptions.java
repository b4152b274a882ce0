package app.mixpos.ui;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.ui.text.Texts;
import java.util.Objects;

/**
 * What the screens need to know about how the app was started.
 *
 * @param training        true shows the training banner and the customer panel
 * @param defaultCurrency the currency the keypad starts in (listed first)
 * @param payeeId         the payee sales are made out to, shown to the cashier
 * @param linkModeLabel   how payment links are made, e.g. {@code one-time}
 * @param onSettingsSaved run on the FX thread after settings were saved; may be null
 * @param texts           the cashier's language: every screen of the till's window speaks it
 * @param customerTexts   the customer display's language (may differ from the cashier's)
 */
public record UiOptions(boolean training, QuoteAsset defaultCurrency, String payeeId, String linkModeLabel,
                        Runnable onSettingsSaved, Texts texts, Texts customerTexts) {

    /** In English for the cashier and the customer. */
    public UiOptions(boolean training, QuoteAsset defaultCurrency, String payeeId, String linkModeLabel,
                     Runnable onSettingsSaved) {
        this(training, defaultCurrency, payeeId, linkModeLabel, onSettingsSaved, Texts.english(), Texts.english());
    }

    public UiOptions {
        texts = texts == null ? Texts.english() : texts;
        customerTexts = customerTexts == null ? texts : customerTexts;
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        payeeId = payeeId == null ? "" : payeeId;
        linkModeLabel = linkModeLabel == null ? "" : linkModeLabel;
        onSettingsSaved = onSettingsSaved == null ? () -> { } : onSettingsSaved;
    }
}
