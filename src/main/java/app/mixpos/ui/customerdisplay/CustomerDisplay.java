package app.mixpos.ui.customerdisplay;

import app.mixpos.config.MonitorBounds;
import app.mixpos.ui.FxThread;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer display's window: an undecorated stage that fills the customer's monitor (JavaFX allows only one
 * full-screen stage, and the till's window may be that one). It opens on the monitor it is given, moves when that
 * monitor's bounds change, and closes when there is none, so the QR is then only on the till's window. The focus
 * stays on the till's window: nothing is typed into this one. Use on the FX thread.
 */
public final class CustomerDisplay {

    private final CustomerDisplayModel model;
    private final CustomerDisplayView view;
    private final Stage cashier;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<MonitorBounds> follow = (obs, old, now) -> place(now);
    private ObservableValue<MonitorBounds> followed;
    private Stage stage;
    private Scene scene;
    private MonitorBounds on;

    /**
     * @param model   what it shows
     * @param cashier the till's window, which keeps the focus and owns this one; may be null (tests)
     */
    public CustomerDisplay(CustomerDisplayModel model, Stage cashier) {
        this.model = Objects.requireNonNull(model, "model");
        this.view = new CustomerDisplayView(model);
        this.cashier = cashier;
    }

    /** Opens on, moves to, or closes with the monitor {@code monitor} holds now and later (null: none). */
    public void follow(ObservableValue<MonitorBounds> monitor) {
        if (followed != null) {
            followed.removeListener(follow);
        }
        followed = monitor;
        monitor.addListener(follow);
        place(monitor.getValue());
    }

    /** Fills {@code monitor}, or closes when null. */
    public void place(MonitorBounds monitor) {
        if (monitor == null) {
            close();
            return;
        }
        if (stage == null) {
            stage = new Stage(StageStyle.UNDECORATED);
            if (cashier != null && cashier.getOwner() == null) {
                stage.initOwner(cashier);
            }
            stage.setTitle(model.texts().get("display.windowTitle"));
            stage.focusedProperty().addListener((obs, was, now) -> {
                if (now && cashier != null && cashier.isShowing()) {
                    FxThread.later(cashier::requestFocus);
                }
            });
            scene = view.scene(monitor.width(), monitor.height());
            stage.setScene(scene);
            // the customer's language may need the bundled Chinese/Japanese font (loaded off the FX thread)
            app.mixpos.ui.ScriptFont.useFor(scene.getRoot(), model.texts().locale());
        }
        stage.setX(monitor.x());
        stage.setY(monitor.y());
        stage.setWidth(monitor.width());
        stage.setHeight(monitor.height());
        if (!stage.isShowing()) {
            stage.show();
            if (cashier != null && cashier.isShowing()) {
                cashier.requestFocus();
            }
            log().info("Customer display opened on the monitor at {}", monitor.text());
        } else if (!monitor.equals(on)) {
            log().info("Customer display moved to the monitor at {}", monitor.text());
        }
        on = monitor;
        open.set(true);
    }

    private void close() {
        if (stage != null && stage.isShowing()) {
            stage.hide();
            log().info("Customer display closed: its monitor is gone or none is chosen; the QR is on the till only");
        }
        on = null;
        open.set(false);
    }

    /** True while the customer display is on a monitor. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The monitor it fills, null when closed. */
    public MonitorBounds monitor() {
        return on;
    }

    public CustomerDisplayModel model() {
        return model;
    }

    public CustomerDisplayView view() {
        return view;
    }

    /** The window, null before it first opened. */
    public Stage stage() {
        return stage;
    }

    /** Closes the window and stops observing the till. */
    public void dispose() {
        if (followed != null) {
            followed.removeListener(follow);
        }
        close();
        model.dispose();
    }

    /** Not a static field: built with the window, before logging is set up (see {@code PosApp}). */
    private static Logger log() {
        return LoggerFactory.getLogger(CustomerDisplay.class);
    }
}
