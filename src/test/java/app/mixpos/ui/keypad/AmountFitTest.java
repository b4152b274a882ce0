package app.mixpos.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountFitTest {

    @Test
    void theLargestSizeThatFitsIsChosen() {
        assertThat(AmountFit.step(300, 5, 500)).isEqualTo(5);
        assertThat(AmountFit.step(600, 5, 500)).isEqualTo(4);
        assertThat(AmountFit.step(600, 5, 480)).isEqualTo(4);
        assertThat(AmountFit.step(600, 5, 479)).isEqualTo(3.2);
        assertThat(AmountFit.step(240, 2, 500)).isEqualTo(4);
        assertThat(AmountFit.step(5000, 5, 100)).as("the smallest when nothing fits").isEqualTo(1.2);
    }

    @Test
    void eachStepHasItsStyleClass() {
        assertThat(AmountFit.styleClass(5)).isEqualTo("amount-5");
        assertThat(AmountFit.styleClass(3.2)).isEqualTo("amount-3_2");
        assertThat(AmountFit.styleClass(1.6)).isEqualTo("amount-1_6");
    }

    @Test
    void theStepInForceIsReadFromTheStyleClassesNotRemembered() {
        assertThat(AmountFit.applied(java.util.List.of("label", "keypad-amount"))).isEqualTo(5);
        assertThat(AmountFit.applied(java.util.List.of("label", "keypad-amount", "amount-2_5"))).isEqualTo(2.5);
    }
}
