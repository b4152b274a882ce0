package app.mixpos.owner;

import java.io.IOException;
import java.util.Optional;

/** Where the manager PIN's hash is kept (the settings file in the app, memory in tests). */
public interface PinStore {

    /** The stored hash text, if a PIN was ever set. */
    Optional<String> load() throws IOException;

    /** Replaces the stored hash text. */
    void save(String encodedHash) throws IOException;
}
