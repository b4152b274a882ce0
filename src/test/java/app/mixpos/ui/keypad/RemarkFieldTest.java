package app.mixpos.ui.keypad;

import app.mixpos.ui.text.Texts;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RemarkFieldTest {

    private final StringProperty remark = new SimpleStringProperty("");
    private RemarkField field;

    @Start
    void start(Stage stage) {
        field = new RemarkField(remark, Texts.english().get("keypad.remark"));
        stage.setScene(new Scene(new VBox(field), 600, 200));
        stage.show();
    }

    @Test
    void theFirstFrameShowsTheSamePromptAndAClickGivesTheEditor(FxRobot r) {
        assertThat(r.lookup("#remark").tryQuery()).isEmpty();
        assertThat(r.lookup("#remark-placeholder").queryAs(Label.class).getText()).isEqualTo("Remark (optional)");

        r.clickOn("#remark-placeholder");
        TextField editor = r.lookup("#remark").queryAs(TextField.class);
        assertThat(editor.isFocused()).isTrue();
        assertThat(editor.getPromptText()).isEqualTo("Remark (optional)");
        r.write("table 4");

        assertThat(remark.get()).isEqualTo("table 4");
        assertThat(r.lookup("#remark-placeholder").tryQuery()).isEmpty();
    }

    @Test
    void textSetBeforeTheEditorExistsIsShownAndKept(FxRobot r) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> remark.set("for Ann"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(r.lookup("#remark-placeholder").queryAs(Label.class).getText()).isEqualTo("for Ann");

        TextField editor = WaitForAsyncUtils.asyncFx(() -> field.complete()).get(5, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(editor.getText()).isEqualTo("for Ann");
        assertThat(WaitForAsyncUtils.asyncFx(() -> field.complete()).get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(editor);
    }
}
