package app.mixpos.wiring;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.Option;
import app.mixpos.config.SettingsFile;
import app.mixpos.ui.DisplayChoiceStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Keeps the customer's monitor in {@code settings.properties} (only that key is written; the rest is kept). */
public final class FileDisplayChoiceStore implements DisplayChoiceStore {

    private final Path dataDir;

    public FileDisplayChoiceStore(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public void save(CustomerDisplayChoice choice) throws IOException {
        SettingsFile.merge(dataDir, Map.of(Option.CUSTOMER_DISPLAY.fileKey(), choice.text()));
    }
}
