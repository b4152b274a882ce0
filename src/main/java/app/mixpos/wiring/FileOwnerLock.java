package app.mixpos.wiring;

import app.mixpos.config.SettingsFile;
import app.mixpos.owner.ManagerPin;
import app.mixpos.owner.PinAttempt;
import app.mixpos.owner.PinHash;
import app.mixpos.owner.PinStore;
import app.mixpos.ui.OwnerLock;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's lock over the manager PIN kept as a hash under {@code managerPin} in {@code settings.properties}.
 * Training mode never asks for it. Ready for the other owner's screens (cancelling a paid sale's record,
 * exports) when they exist: they take the same {@link OwnerLock}.
 */
public final class FileOwnerLock implements OwnerLock {

    private final ManagerPin pin;
    private final boolean training;

    public FileOwnerLock(Path dataDir, boolean training, Clock clock) {
        this.pin = new ManagerPin(new FileStore(dataDir), clock, new SecureRandom());
        this.training = training;
    }

    @Override
    public boolean pinRequired() throws IOException {
        return !training && pin.isSet();
    }

    @Override
    public boolean pinSet() throws IOException {
        return pin.isSet();
    }

    @Override
    public PinCheck check(String typed) throws IOException {
        PinAttempt attempt = pin.check(typed);
        return switch (attempt.result()) {
            case ACCEPTED, NOT_SET -> PinCheck.accepted();
            case WRONG -> new PinCheck(PinCheck.Result.WRONG, attempt.triesLeft(), attempt.pause());
            case PAUSED -> new PinCheck(PinCheck.Result.PAUSED, 0, attempt.pause());
        };
    }

    @Override
    public void setPin(String newPin) throws IOException {
        if (!PinHash.wellFormed(newPin)) {
            throw new IllegalArgumentException("A manager PIN is 4 to 8 digits.");
        }
        pin.set(newPin);
    }

    /** The hash's line in the settings file; other settings in it are kept as they are. */
    private static final class FileStore implements PinStore {
        private final Path dataDir;

        FileStore(Path dataDir) {
            this.dataDir = dataDir;
        }

        @Override
        public Optional<String> load() throws IOException {
            return Optional.ofNullable(values().get(SettingsFile.MANAGER_PIN)).filter(s -> !s.isBlank());
        }

        @Override
        public synchronized void save(String encodedHash) throws IOException {
            Map<String, String> values = new LinkedHashMap<>(values());
            values.put(SettingsFile.MANAGER_PIN, encodedHash);
            SettingsFile.write(dataDir, values);
        }

        private Map<String, String> values() throws IOException {
            try {
                return SettingsFile.read(dataDir);
            } catch (RuntimeException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
