package app.mixpos.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the smallest JavaFX window, timed exactly like the app's {@code --smoke} run
 * (process start instant to just after {@code stage.show()}).
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 800));
        stage.show();
        Instant shown = Instant.now();
        Instant launched = ProcessHandle.current().info().startInstant().orElse(shown);
        System.out.printf("bare: first frame %d ms after launch%n", Duration.between(launched, shown).toMillis());
        Platform.exit();
    }

    /** Launcher: a main class that is not an {@code Application}, as {@code java -cp} needs. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
