package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bundled font draws Chinese and Japanese: each character its own glyph, not one "missing glyph" box for all
 * (the box a till without CJK fonts draws is the same for every character).
 */
@ExtendWith(ApplicationExtension.class)
class ScriptFontTest {

    private static final String FAMILY = "WenQuanYi Micro Hei";

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void theBundledFontLoadsUnderItsFamily() {
        Optional<String> family = ScriptFont.load();

        assertThat(family).contains(FAMILY);
        assertThat(Font.getFamilies()).contains(FAMILY);
        assertThat(ScriptFont.load()).as("read once").isSameAs(family);
    }

    @Test
    void everyCharacterHasAGlyphOfItsOwn() throws Exception {
        ScriptFont.load();
        String[] chars = {"收", "款", "码", "お", "支", "払", "済"};
        String[] drawn = new String[chars.length];
        for (int i = 0; i < chars.length; i++) {
            String c = chars[i];
            drawn[i] = WaitForAsyncUtils.asyncFx(() -> pixels(c)).get();
        }
        for (int i = 0; i < drawn.length; i++) {
            assertThat(drawn[i]).as(chars[i] + " is drawn").contains("#");
            for (int j = i + 1; j < drawn.length; j++) {
                assertThat(drawn[i]).as(chars[i] + " and " + chars[j] + " look different").isNotEqualTo(drawn[j]);
            }
        }
    }

    @Test
    void onlyChineseJapaneseAndKoreanNeedIt() {
        assertThat(ScriptFont.needs(Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(ScriptFont.needs(Locale.JAPANESE)).isTrue();
        assertThat(ScriptFont.needs(Locale.ENGLISH)).isFalse();
        assertThat(ScriptFont.needs(Locale.GERMANY)).isFalse();
    }

    @Test
    void appliedToARootItIsTheFontOfEveryTextUnderIt() throws Exception {
        ScriptFont.load();
        String family = WaitForAsyncUtils.asyncFx(() -> {
            Text text = new Text("新订单");
            StackPane root = new StackPane(new Group(text));
            new javafx.scene.Scene(root);
            ScriptFont.apply(root, FAMILY);
            root.applyCss();
            return text.getFont().getFamily();
        }).get();

        assertThat(family).isEqualTo(FAMILY);
    }

    /** The character drawn black on white at 40 px, as a picture of {@code #} and {@code .}. */
    private static String pixels(String c) {
        Text text = new Text(c);
        text.setFont(Font.font(FAMILY, 40));
        text.setFill(Color.BLACK);
        SnapshotParameters white = new SnapshotParameters();
        white.setFill(Color.WHITE);
        WritableImage image = new Group(text).snapshot(white, null);
        PixelReader r = image.getPixelReader();
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                out.append(r.getColor(x, y).getBrightness() < 0.5 ? '#' : '.');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
