package app.mixpos.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the smallest JavaFX window, timed exactly like the app's {@code --smoke} run
 * (JVM start time, or the harness's spawn, to just after {@code stage.show()}).
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1280, 800));
        stage.show();
        long shown = System.currentTimeMillis();
        long launched = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("bare: first frame %d ms after JVM start; epoch ms: jvm %d, first frame %d%n",
                shown - launched, launched, shown);
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
