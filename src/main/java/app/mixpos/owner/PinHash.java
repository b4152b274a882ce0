package app.mixpos.owner;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A manager PIN as it is stored: {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}, PBKDF2 with
 * HMAC-SHA256 over a random 16-byte salt. The PIN itself is never kept; {@link #toString()} shows only the scheme.
 */
public final class PinHash {

    /** Iterations for new hashes (OWASP's floor for PBKDF2-SHA256 was 120,000 when this was written). */
    public static final int ITERATIONS = 210_000;

    static final String SCHEME = "pbkdf2-sha256";
    private static final Pattern PIN = Pattern.compile("[0-9]{4,8}");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PinHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** True for 4 to 8 digits, the only PINs accepted. */
    public static boolean wellFormed(String pin) {
        return pin != null && PIN.matcher(pin).matches();
    }

    /**
     * Hashes a new PIN with a fresh salt.
     *
     * @throws IllegalArgumentException when the PIN is not 4 to 8 digits (the message never repeats it)
     */
    public static PinHash of(String pin, SecureRandom random) {
        if (!wellFormed(pin)) {
            throw new IllegalArgumentException("A manager PIN is 4 to 8 digits.");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(ITERATIONS, salt, derive(pin, salt, ITERATIONS));
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException when the text is not a hash this class wrote
     */
    public static PinHash parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.strip().split("\\$", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("The stored manager PIN is not in the form "
                    + SCHEME + "$<iterations>$<salt>$<hash>.");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length < 8 || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("The stored manager PIN has an unusable salt, hash or iteration count.");
            }
            return new PinHash(iterations, salt, hash);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The stored manager PIN has an unreadable iteration count.", e);
        }
    }

    /** True when {@code pin} is the PIN this hash was made from; the comparison takes constant time. */
    public boolean matches(String pin) {
        if (!wellFormed(pin)) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    /** The text to store. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        return "PinHash[" + SCHEME + ", " + iterations + " iterations]";
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
