package app.mixpos.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.ui.FakeOwnerLock;
import app.mixpos.ui.OwnerLock;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class PinGateViewModelTest {

    private static final Executor NOW = Runnable::run;

    @Test
    void withNoPinSetTheSettingsOpenAndOfferToSetOne() {
        PinGateViewModel gate = new PinGateViewModel(new FakeOwnerLock(null, false), NOW, NOW);

        gate.opened();

        assertThat(gate.lockedProperty().get()).isFalse();
        assertThat(gate.mayChoosePinProperty().get()).isTrue();
    }

    @Test
    void aRequiredPinLocksUntilTheRightOneIsEntered() {
        PinGateViewModel gate = new PinGateViewModel(new FakeOwnerLock("2580", false), NOW, NOW);
        gate.opened();
        assertThat(gate.lockedProperty().get()).isTrue();
        assertThat(gate.mayChoosePinProperty().get()).isFalse();

        gate.pinProperty().set("1111");
        gate.submit();
        assertThat(gate.messageProperty().get()).isEqualTo("Wrong PIN. 2 tries left.");
        assertThat(gate.pinProperty().get()).isEmpty();
        assertThat(gate.lockedProperty().get()).isTrue();

        gate.pinProperty().set("2580");
        gate.submit();
        assertThat(gate.lockedProperty().get()).isFalse();
        assertThat(gate.messageProperty().get()).isEmpty();
        assertThat(gate.mayChoosePinProperty().get()).isTrue();
    }

    @Test
    void threeWrongPinsSayHowLongToWait() {
        PinGateViewModel gate = new PinGateViewModel(new FakeOwnerLock("2580", false), NOW, NOW);
        gate.opened();
        for (String wrong : new String[] {"1", "22", "333"}) {
            gate.pinProperty().set(wrong);
            gate.submit();
        }

        assertThat(gate.messageProperty().get()).isEqualTo("Too many wrong PINs. Try again in 30 s.");
        gate.pinProperty().set("2580");
        gate.submit();
        assertThat(gate.lockedProperty().get()).isTrue();
    }

    @Test
    void openingTheScreenAgainLocksItAgain() {
        PinGateViewModel gate = new PinGateViewModel(new FakeOwnerLock("2580", false), NOW, NOW);
        gate.opened();
        gate.pinProperty().set("2580");
        gate.submit();

        gate.opened();

        assertThat(gate.lockedProperty().get()).isTrue();
    }

    @Test
    void trainingNeverAsksAndDoesNotOfferToReplaceASetPin() {
        PinGateViewModel gate = new PinGateViewModel(new FakeOwnerLock("2580", true), NOW, NOW);

        gate.opened();

        assertThat(gate.lockedProperty().get()).isFalse();
        assertThat(gate.mayChoosePinProperty().get()).isFalse();
    }

    @Test
    void aNewPinMustBeFourToEightDigitsTypedTheSameTwice() {
        FakeOwnerLock lock = new FakeOwnerLock(null, false);
        PinGateViewModel gate = new PinGateViewModel(lock, NOW, NOW);
        gate.opened();

        choose(gate, "12a4", "12a4");
        assertThat(gate.newPinMessageProperty().get()).isEqualTo("A manager PIN is 4 to 8 digits.");
        choose(gate, "123456789", "123456789");
        assertThat(gate.newPinMessageProperty().get()).isEqualTo("A manager PIN is 4 to 8 digits.");
        choose(gate, "4821", "4812");
        assertThat(gate.newPinMessageProperty().get()).contains("differ");
        assertThat(lock.pinsSet).isEmpty();

        choose(gate, "4821", "4821");
        assertThat(lock.pinsSet).containsExactly("4821");
        assertThat(gate.newPinMessageProperty().get()).startsWith("Manager PIN set.");
        assertThat(gate.newPinProperty().get()).isEmpty();
        assertThat(gate.repeatPinProperty().get()).isEmpty();
    }

    @Test
    void pauseMessagesRoundUpToTheNextSecond() {
        OwnerLock.PinCheck check = new OwnerLock.PinCheck(OwnerLock.PinCheck.Result.PAUSED, 0,
                Duration.ofMillis(59_001));

        assertThat(check.message()).isEqualTo("Too many wrong PINs. Try again in 60 s.");
        assertThat(new OwnerLock.PinCheck(OwnerLock.PinCheck.Result.WRONG, 1, Duration.ZERO).message())
                .isEqualTo("Wrong PIN. 1 try left.");
    }

    private static void choose(PinGateViewModel gate, String first, String again) {
        gate.newPinProperty().set(first);
        gate.repeatPinProperty().set(again);
        gate.choosePin();
    }
}
