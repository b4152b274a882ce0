package app.mixpos.wiring;

import app.mixpos.config.SettingsFile;
import app.mixpos.owner.ManagerPin;
import app.mixpos.owner.PinAttempt;
import app.mixpos.owner.PinHash;
import app.mixpos.owner.PinStore;
import app.mixpos.ui.OwnerLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's lock over the manager PIN kept as a hash under {@code managerPin} in {@code settings.properties};
 * the count of wrong PINs and the pause they started are kept in {@value #LOCKOUT_FILE} beside it.
 * Training mode never asks for it. Ready for the other owner's screens (cancelling a paid sale's record,
 * exports) when they exist: they take the same {@link OwnerLock}.
 */
public final class FileOwnerLock implements OwnerLock {

    /** In the data folder: the wrong-PIN count, so that restarting the till forgives nothing. */
    public static final String LOCKOUT_FILE = "manager-pin-lockout.txt";

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
        public void save(String encodedHash) throws IOException {
            SettingsFile.merge(dataDir, Map.of(SettingsFile.MANAGER_PIN, encodedHash));
        }

        @Override
        public Optional<String> loadLockout() throws IOException {
            Path file = dataDir.resolve(LOCKOUT_FILE);
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        }

        @Override
        public void saveLockout(String encoded) throws IOException {
            SettingsFile.replace(dataDir, LOCKOUT_FILE, encoded + "\n");
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
