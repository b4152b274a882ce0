package app.mixpos.owner;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.owner.PinAttempt.Result;
import app.mixpos.testing.MutableClock;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ManagerPinTest {

    private final MutableClock clock = MutableClock.atSomeMorning();
    private final MemoryStore store = new MemoryStore();
    private final ManagerPin pin = new ManagerPin(store, clock, new SecureRandom());

    @Test
    void withNoPinSetThereIsNothingToCheck() throws Exception {
        assertThat(pin.isSet()).isFalse();
        assertThat(pin.check("1234").result()).isEqualTo(Result.NOT_SET);
    }

    @Test
    void theRightPinIsAcceptedAndAWrongOneCountsDown() throws Exception {
        pin.set("2580");

        assertThat(pin.isSet()).isTrue();
        assertThat(pin.check("2580").result()).isEqualTo(Result.ACCEPTED);
        assertThat(pin.check("0000")).isEqualTo(new PinAttempt(Result.WRONG, 2, Duration.ZERO));
        assertThat(pin.check("0000")).isEqualTo(new PinAttempt(Result.WRONG, 1, Duration.ZERO));
    }

    @Test
    void threeWrongPinsPauseThirtySecondsEvenForTheRightOne() throws Exception {
        pin.set("2580");
        pin.check("1111");
        pin.check("1111");

        assertThat(pin.check("1111")).isEqualTo(new PinAttempt(Result.PAUSED, 0, Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(29));
        assertThat(pin.check("2580")).isEqualTo(new PinAttempt(Result.PAUSED, 0, Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(pin.check("2580").result()).isEqualTo(Result.ACCEPTED);
    }

    @Test
    void eachFurtherPauseIsTwiceAsLongUntilTheRightPin() throws Exception {
        pin.set("2580");
        for (int i = 0; i < 3; i++) {
            pin.check("1111");
        }
        clock.advance(Duration.ofSeconds(30));
        pin.check("1111");
        pin.check("1111");
        assertThat(pin.check("1111").pause()).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        for (int i = 0; i < 2; i++) {
            pin.check("1111");
        }
        assertThat(pin.check("1111").pause()).isEqualTo(Duration.ofSeconds(120));

        clock.advance(Duration.ofSeconds(120));
        assertThat(pin.check("2580").result()).isEqualTo(Result.ACCEPTED);
        assertThat(pin.check("1111").triesLeft()).isEqualTo(2);
    }

    @Test
    void settingAPinReplacesTheOldOne() throws Exception {
        pin.set("2580");
        pin.set("13579");

        assertThat(pin.check("2580").result()).isEqualTo(Result.WRONG);
        assertThat(pin.check("13579").result()).isEqualTo(Result.ACCEPTED);
    }

    @Test
    void thePinNeverReachesTheLogOrTheStore() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ManagerPin.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            pin.set("73915");
            pin.check("73915");
            for (int i = 0; i < 3; i++) {
                pin.check("64028");
            }
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("73915").doesNotContain("64028"));
        assertThat(store.text).doesNotContain("73915");
    }

    @Test
    void aRestartForgivesNothing() throws Exception {
        pin.set("2580");
        pin.check("1111");
        pin.check("1111");
        pin.check("1111");
        clock.advance(Duration.ofSeconds(10));

        ManagerPin restarted = new ManagerPin(store, clock, new SecureRandom());

        assertThat(restarted.check("2580")).isEqualTo(new PinAttempt(Result.PAUSED, 0, Duration.ofSeconds(20)));
        clock.advance(Duration.ofSeconds(20));
        restarted.check("1111");
        restarted.check("1111");
        assertThat(new ManagerPin(store, clock, new SecureRandom()).check("1111").pause())
                .as("the second pause, twice the first, after another restart").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void theRightPinClearsTheKeptCountAndAnUnreadableOneStartsAfresh() throws Exception {
        pin.set("2580");
        pin.check("1111");
        assertThat(store.lockout).isEqualTo("wrong=1 pauses=0 until=" + java.time.Instant.MIN);

        pin.check("2580");
        assertThat(Lockout.State.parse(store.lockout)).contains(Lockout.State.NONE);

        store.lockout = "wrong=lots";
        assertThat(new ManagerPin(store, clock, new SecureRandom()).check("1111").triesLeft()).isEqualTo(2);
    }

    static final class MemoryStore implements PinStore {
        String text;
        String lockout;

        @Override
        public Optional<String> loadLockout() {
            return Optional.ofNullable(lockout);
        }

        @Override
        public void saveLockout(String encoded) {
            lockout = encoded;
        }

        @Override
        public Optional<String> load() {
            return Optional.ofNullable(text);
        }

        @Override
        public void save(String encodedHash) {
            text = encodedHash;
        }
    }
}
