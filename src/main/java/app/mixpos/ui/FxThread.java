package app.mixpos.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** The one way onto the JavaFX thread: engine callbacks and future completions go through here. */
public final class FxThread {

    /** Runs tasks on the FX thread; pass it to {@code whenCompleteAsync} and to view-models. */
    public static final Executor EXECUTOR = FxThread::run;

    private FxThread() {
    }

    /** Runs {@code task} on the FX thread after the events already queued, even when called from it. */
    public static void later(Runnable task) {
        Platform.runLater(task);
    }

    /** Runs {@code task} on the FX thread: at once when already there, otherwise as soon as possible. */
    public static void run(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }
}
