package app.mixpos.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.ui.UiOptions;
import app.mixpos.ui.text.Texts;
import org.junit.jupiter.api.Test;

/** The keypad's footer, built by the window from the bundle in the words it had before. */
class FooterTest {

    private static final Texts EN = Texts.english();

    private static String footer(boolean training, String payee, String mode) {
        return PosWindow.footer(EN, new UiOptions(training, QuoteAsset.USD, payee, mode, null));
    }

    @Test
    void theFooterNamesThePayeeAndHowLinksAreMade() {
        assertThat(footer(false, "1b2c3d4e-0000-4000-8000-123456789abc", "one-time"))
                .isEqualTo("Paid to payee 1b2c3d4e-0000-4000-8000-123456789abc · one-time links");
        assertThat(footer(true, "anything", "paylink")).isEqualTo("Paid to training payee · paylink links");
        assertThat(footer(false, "", "")).isEqualTo("Paid to no payee set");
    }
}
