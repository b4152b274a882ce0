package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TextsTest {

    private final Texts english = Texts.english();

    @Test
    void aKeyGivesItsEnglishText() {
        assertThat(english.get("keypad.title")).isEqualTo("New sale");
        assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void argumentsAreFilledInAndAnApostropheStaysAnApostrophe() {
        assertThat(english.get("keypad.limitsUnknown", "EUR"))
                .startsWith("MixPay's smallest and largest amounts in EUR are not known yet");
        assertThat(english.get("reason.MISMATCH.status", "failed")).isEqualTo("status is 'failed', not 'success'");
    }

    @Test
    void aCountChoosesTheWordForOneOrMany() {
        assertThat(english.get("settings.pin.wrong", 1)).isEqualTo("Wrong PIN. 1 try left.");
        assertThat(english.get("settings.pin.wrong", 2)).isEqualTo("Wrong PIN. 2 tries left.");
        assertThat(english.get("settings.pin.wrong", 0)).isEqualTo("Wrong PIN. 0 tries left.");
    }

    @Test
    void aMissingKeyFailsLoudlyWhileTesting() {
        assertThatThrownBy(() -> english.get("keypad.noSuchKey")).isInstanceOf(MissingResourceException.class)
                .hasMessageContaining("keypad.noSuchKey");
        assertThatThrownBy(() -> english.get("keypad.noSuchKey", "x")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void inProductionAMissingKeyIsShownAsTheKeyAndLoggedOnce() {
        Logger log = (Logger) LoggerFactory.getLogger(Texts.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        log.addAppender(seen);
        try {
            Texts lenient = Texts.lenient(Locale.ENGLISH);

            assertThat(lenient.get("keypad.noSuchKey")).isEqualTo("keypad.noSuchKey");
            assertThat(lenient.get("keypad.noSuchKey", "x")).isEqualTo("keypad.noSuchKey");
            assertThat(lenient.get("keypad.title")).isEqualTo("New sale");
            assertThat(seen.list).hasSize(1);
            assertThat(seen.list.get(0).getFormattedMessage()).contains("keypad.noSuchKey");
        } finally {
            log.detachAppender(seen);
        }
    }

    @Test
    void anotherLocaleIsItsOwnInstanceAndFallsBackToEnglish() {
        Texts german = Texts.of(Locale.GERMANY);

        assertThat(german).isNotSameAs(english);
        assertThat(german.locale()).isEqualTo(Locale.GERMANY);
        assertThat(german.get("keypad.title")).isEqualTo("New sale");
        assertThat(Texts.of(Locale.ENGLISH)).isSameAs(english);
    }
}
