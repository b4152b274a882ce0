package app.mixpos.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PinHashTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void storedFormNamesSchemeIterationsSaltAndHash() {
        String stored = PinHash.of("4821", random).encoded();

        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(120_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).doesNotContain("4821");
    }

    @Test
    void theRightPinMatchesAfterAStoreAndReadAndAWrongOneDoesNot() {
        PinHash read = PinHash.parse(PinHash.of("48213377", random).encoded());

        assertThat(read.matches("48213377")).isTrue();
        assertThat(read.matches("48213378")).isFalse();
        assertThat(read.matches("4821337")).isFalse();
        assertThat(read.matches(null)).isFalse();
    }

    @Test
    void theSamePinGetsADifferentSaltEachTime() {
        assertThat(PinHash.of("1234", random).encoded()).isNotEqualTo(PinHash.of("1234", random).encoded());
    }

    @Test
    void onlyFourToEightDigitsAreAPin() {
        assertThat(PinHash.wellFormed("1234")).isTrue();
        assertThat(PinHash.wellFormed("12345678")).isTrue();
        assertThat(PinHash.wellFormed("123")).isFalse();
        assertThat(PinHash.wellFormed("123456789")).isFalse();
        assertThat(PinHash.wellFormed("12a4")).isFalse();
        assertThat(PinHash.wellFormed("١٢٣٤")).isFalse();
        assertThatThrownBy(() -> PinHash.of("12x45", random)).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("12x45");
    }

    @Test
    void textThatIsNotAStoredPinIsRefused() {
        assertThatThrownBy(() -> PinHash.parse("1234")).isInstanceOf(IllegalArgumentException.class)
                .message().doesNotContain("1234");
        assertThatThrownBy(() -> PinHash.parse("pbkdf2-sha256$x$AAAA$AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PinHash.parse("md5$1$AAAAAAAAAAA=$AAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNeitherSaltNorHash() {
        PinHash hash = PinHash.of("9876", random);
        String[] parts = hash.encoded().split("\\$");

        assertThat(hash.toString()).doesNotContain(parts[2]).doesNotContain(parts[3]).doesNotContain("9876");
    }
}
