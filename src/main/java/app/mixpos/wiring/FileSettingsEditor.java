package app.mixpos.wiring;

import app.mixpos.config.Settings;
import app.mixpos.config.SettingsFile;
import app.mixpos.ui.SettingsEditor;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The settings screen's edits, saved to {@code settings.properties} in the data folder. They take effect at
 * the next start: the engine running now keeps the payee its open sales were made out to. Only the screen's keys
 * are written ({@link SettingsFile#save} merges them), so the manager PIN and the till id are never dropped.
 */
public final class FileSettingsEditor implements SettingsEditor {

    private final Settings running;
    private Values saved;
    private Languages languages;

    public FileSettingsEditor(Settings running) {
        this.running = running;
        this.saved = new Values(running.payeeId() == null ? "" : running.payeeId(), running.settlementAssetId(),
                running.currency(), running.linkMode());
        this.languages = new Languages(running.language(), running.customerLanguage());
    }

    @Override
    public synchronized Languages languages() {
        return languages;
    }

    @Override
    public synchronized void saveLanguages(Languages chosen) throws IOException {
        SettingsFile.saveLanguages(running.dataDir(), chosen.cashier(), chosen.customer());
        languages = chosen;
    }

    @Override
    public synchronized Values current() {
        return saved;
    }

    @Override
    public synchronized Path save(Values values) throws IOException {
        String payee = values.payeeId() == null || values.payeeId().isBlank() ? null : values.payeeId().strip();
        Settings next = new Settings(running.dataDir(), payee, values.settlementAssetId(), values.currency(),
                running.apiUrl(), running.payUrl(), values.linkMode(), running.training(),
                running.requestsPerMinute(), running.paymentExpiry(), running.tillId());
        SettingsFile.save(running.dataDir(), next);
        saved = values;
        return SettingsFile.in(running.dataDir());
    }
}
