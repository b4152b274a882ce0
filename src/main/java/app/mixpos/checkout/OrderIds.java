package app.mixpos.checkout;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Makes order ids a person can read off a receipt and MixPay accepts (6–36 of {@code [A-Za-z0-9_-]}):
 * {@code P261121-101530-7K3FQ} is 21 Nov 2026, 10:15:30 UTC, plus five random characters.
 */
final class OrderIds {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final Clock clock;
    private final RandomGenerator random;

    OrderIds(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    String next() {
        StringBuilder id = new StringBuilder("P").append(STAMP.format(clock.instant())).append('-');
        for (int i = 0; i < 5; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
