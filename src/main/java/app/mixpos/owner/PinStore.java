package app.mixpos.owner;

import java.io.IOException;
import java.util.Optional;

/** Where the manager PIN's hash and its wrong-try count are kept (the data folder in the app, memory in tests). */
public interface PinStore {

    /** The stored hash text, if a PIN was ever set. */
    Optional<String> load() throws IOException;

    /** Replaces the stored hash text. */
    void save(String encodedHash) throws IOException;

    /** The wrong-PIN count as last saved ({@link #saveLockout}), if any. */
    Optional<String> loadLockout() throws IOException;

    /** Keeps the wrong-PIN count and pause, so that a restart does not forgive them. */
    void saveLockout(String encoded) throws IOException;
}
