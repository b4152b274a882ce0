package app.mixpos.ui;

import app.mixpos.config.Language;
import app.mixpos.sale.LinkMode;

/**
 * The settings the cashier may change on the settings screen. Implemented by the composition root
 * with the settings file. The screens call it off the FX thread.
 */
public interface SettingsEditor {

    /** The values in force (or saved and waiting for a restart). */
    Values current();

    /**
     * Saves the values; they take effect at the next start.
     *
     * @return the file they were saved in, which the screen names
     * @throws Exception when they could not be saved; its message is shown to the cashier
     */
    java.nio.file.Path save(Values values) throws Exception;

    /** The languages saved for the cashier's window and the customer display (in force from the next start). */
    Languages languages();

    /**
     * Saves the languages of the cashier's window and the customer display; they take effect at the next start.
     *
     * @throws Exception when they could not be saved; its message is shown to the cashier
     */
    void saveLanguages(Languages languages) throws Exception;

    /** The cashier's window's language and the customer display's. */
    record Languages(Language cashier, Language customer) {
    }

    /**
     * Settings the screen edits.
     *
     * @param payeeId           the merchant's MixPay UUID; empty in training mode if none is set
     * @param settlementAssetId the asset the merchant is paid out in
     * @param currency          the default quote asset id
     */
    record Values(String payeeId, String settlementAssetId, String currency, LinkMode linkMode) {
    }
}
