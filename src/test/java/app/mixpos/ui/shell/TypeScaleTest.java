package app.mixpos.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TypeScaleTest {

    @Test
    void typeGrowsWithTheShorterSideWithinTheScale() {
        assertThat(ShellView.typeClass(1280, 800)).isEqualTo("type-18");
        assertThat(ShellView.typeClass(1024, 700)).isEqualTo("type-16");
        assertThat(ShellView.typeClass(1920, 1080)).isEqualTo("type-25");
        assertThat(ShellView.typeClass(3840, 2160)).isEqualTo("type-48");
        assertThat(ShellView.typeClass(7680, 4320)).isEqualTo("type-48");
        assertThat(ShellView.typeClass(400, 300)).isEqualTo("type-12");
    }

    @Test
    void everyClassTheShellCanChooseIsInTheStylesheet() throws IOException {
        String css;
        try (InputStream in = ShellView.class.getResourceAsStream("/app/mixpos/ui/theme/type-scale.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int px = ShellView.MIN_TYPE; px <= ShellView.MAX_TYPE; px++) {
            assertThat(css).contains(".type-" + px + " { -fx-font-size: " + px + "px; }");
        }
    }
}
