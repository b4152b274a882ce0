package app.mixpos.checkout;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Makes order ids a person can read off a receipt and MixPay accepts (6–36 of {@code [A-Za-z0-9_-]}):
 * {@code T7K3F-261121-101530-9QX4M} is till T7K3F on 21 Nov 2026, 10:15:30 UTC, plus five random characters, so
 * ids of different tills of a shop never collide (at most 28 characters with an 8-character till id).
 */
final class OrderIds {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final String tillId;
    private final Clock clock;
    private final RandomGenerator random;

    OrderIds(String tillId, Clock clock, RandomGenerator random) {
        this.tillId = tillId;
        this.clock = clock;
        this.random = random;
    }

    String next() {
        StringBuilder id = new StringBuilder(tillId).append('-').append(STAMP.format(clock.instant())).append('-');
        for (int i = 0; i < 5; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
