package app.mixpos.ui.startup;

import app.mixpos.ui.text.Texts;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What the till shows instead of the keypad when it cannot start safely, such as a damaged receipt log:
 * the reason in plain words and a way to close. It never offers to start over with an empty log.
 */
public final class StartupProblem {

    public static final String STYLE = "startup-problem";

    private StartupProblem() {
    }

    /** Replaces the window's content with {@code message}, in English; call on the FX thread. */
    public static void show(Stage stage, String message) {
        show(stage, Texts.english(), message);
    }

    /** Replaces the window's content with {@code message}, the rest in the words of {@code texts}. */
    public static void show(Stage stage, Texts texts, String message) {
        Label title = new Label(texts.get("startup.title"));
        title.getStyleClass().add("startup-title");
        Label body = new Label(message);
        body.getStyleClass().add("startup-message");
        body.setWrapText(true);
        Label hint = new Label(texts.get("startup.hint"));
        hint.getStyleClass().add("startup-hint");
        hint.setWrapText(true);
        Button close = new Button(texts.get("startup.close"));
        close.setDefaultButton(true);
        close.setOnAction(e -> Platform.exit());
        VBox box = new VBox(24, title, body, hint, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(900);
        VBox root = new VBox(box);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(STYLE);
        root.getStylesheets().addAll(css("/app/mixpos/ui/theme/theme.css"), css("/app/mixpos/ui/startup/startup.css"));
        double w = stage.getScene() != null ? stage.getScene().getWidth() : 1280;
        double h = stage.getScene() != null ? stage.getScene().getHeight() : 800;
        stage.setScene(new Scene(root, w, h));
        close.requestFocus();
    }

    private static String css(String path) {
        return StartupProblem.class.getResource(path).toExternalForm();
    }
}
