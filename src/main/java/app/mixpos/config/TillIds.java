package app.mixpos.config;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Random;

/**
 * This till's id when none is configured: made up once, at the first start, and kept in the settings file so it
 * never changes again (training mode uses the same one). "T" and 4 characters from an alphabet without 0, 1, I
 * and O, which are easily misread on a receipt: 32^4, about a million ids, so two tills set up this way share an
 * id with a chance of about one in a million; a shop that wants names gives each till {@code --till-id}.
 */
public final class TillIds {

    /** The characters of a derived id after its "T". */
    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final int LENGTH = 4;

    private TillIds() {
    }

    /**
     * The settings with a till id: as they are when one is configured; otherwise the one kept in the settings file,
     * or a new one written there first. Call it once, at the start, after the data folder is prepared.
     *
     * @throws ConfigException when the settings file cannot be read or written
     */
    public static Settings keep(Settings settings) {
        return keep(settings, new SecureRandom());
    }

    static Settings keep(Settings settings, Random random) {
        if (settings.tillId() != null) {
            return settings;
        }
        try {
            String id = SettingsFile.keep(settings.dataDir(), Option.TILL_ID.fileKey(), () -> derive(random));
            return settings.withTillId(id);
        } catch (IOException e) {
            throw new ConfigException("cannot keep this till's id in " + SettingsFile.in(settings.dataDir()) + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); fix the folder's permissions, "
                    + "choose another --data-dir, or name the till with " + Option.TILL_ID.flag() + ".", e);
        }
    }

    /** "T" and 4 characters of {@link #ALPHABET}. */
    static String derive(Random random) {
        StringBuilder id = new StringBuilder("T");
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
