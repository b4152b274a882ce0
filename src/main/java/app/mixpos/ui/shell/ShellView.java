package app.mixpos.ui.shell;

import app.mixpos.ui.FxThread;
import app.mixpos.ui.text.Texts;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The window's root: banners on top, the current screen in the middle, an optional drawer on the right.
 * Routes keys to the screen in front and scales the type with the window.
 */
public final class ShellView {

    public static final String STYLE = "shell";
    static final int MIN_TYPE = 12;
    static final int MAX_TYPE = 48;

    private final Navigator vm;
    private final Map<Screen, ScreenView> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, Supplier<? extends ScreenView>> later = new EnumMap<>(Screen.class);
    private final Set<Screen> completed = EnumSet.noneOf(Screen.class);
    private final StackPane center = new StackPane();
    private final BorderPane root = new BorderPane();

    private Supplier<? extends Node> drawerLater;
    private final Banners banners;
    private final Texts texts;
    private StoreLine storeLine;

    /**
     * @param networkLost training only: the simulated network is switched off; null outside training
     * @param drawer      built with the other deferred screens, just after the first frame; null for none
     * @param texts       the words of the lines above the screens
     */
    public ShellView(Navigator vm, Warnings warnings, ObservableBooleanValue networkLost,
                     Supplier<? extends Node> drawer, Texts texts) {
        this.vm = vm;
        root.getStyleClass().add(STYLE);
        root.getStylesheets().addAll(css("/app/mixpos/ui/theme/theme.css"), css("/app/mixpos/ui/theme/type-scale.css"),
                css("/app/mixpos/ui/shell/shell.css"));
        banners = new Banners(vm, vm.till(), warnings, networkLost, texts);
        this.texts = texts;
        root.setTop(banners);
        root.setCenter(center);
        drawerLater = drawer;
        vm.screenProperty().addListener((obs, old, now) -> bringToFront(now));
    }

    private static String css(String path) {
        return ShellView.class.getResource(path).toExternalForm();
    }

    public void add(Screen screen, ScreenView view) {
        screens.put(screen, view);
        view.node().setVisible(false);
        view.node().setManaged(false);
        center.getChildren().add(view.node());
        if (vm.screenProperty().get() == screen) {
            bringToFront(screen);
        }
    }

    /**
     * Adds a screen that is not needed for the first frame: it is built just after the window shows
     * ({@link #buildLater()}), or at once if it is wanted before that.
     */
    public void addLater(Screen screen, Supplier<? extends ScreenView> view) {
        later.put(screen, view);
        if (vm.screenProperty().get() == screen) {
            bringToFront(screen);
        }
    }

    /**
     * Finishes what the first frame did without, one piece per FX event, each queued only when the one before is
     * done, so a key typed meanwhile waits for one piece at most: first each screen's own
     * {@link ScreenView#completeLater()}, then the drawer, then the deferred screens.
     */
    public void buildLater() {
        FxThread.later(() -> {
            var incomplete = screens.entrySet().stream().filter(e -> !completed.contains(e.getKey())).findFirst();
            if (incomplete.isPresent()) {
                completed.add(incomplete.get().getKey());
                incomplete.get().getValue().completeLater();
                buildLater();
                return;
            }
            if (drawerLater != null) {
                root.setRight(drawerLater.get());
                drawerLater = null;
                buildLater();
                return;
            }
            var next = later.keySet().stream().findFirst();
            if (next.isPresent()) {
                view(next.get());
                buildLater();
            }
        });
    }

    private ScreenView view(Screen screen) {
        Supplier<? extends ScreenView> pending = later.remove(screen);
        if (pending != null) {
            add(screen, pending.get());
        }
        return screens.get(screen);
    }

    private void bringToFront(Screen screen) {
        view(screen);
        // a screen not showing is unmanaged too: the stack sizes itself to its managed children only, so a tall
        // screen shown once (settings) no longer makes every other screen taller than the window
        screens.forEach((s, v) -> {
            v.node().setVisible(s == screen);
            v.node().setManaged(s == screen);
        });
        ScreenView view = screens.get(screen);
        if (view != null) {
            view.shown();
        }
    }

    /** A scene on this root, with key routing and type that grows with the window. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            ScreenView v = view(vm.screenProperty().get());
            if (v != null && v.onKeyPressed(e)) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            ScreenView v = view(vm.screenProperty().get());
            if (v != null && v.onKeyTyped(e)) {
                e.consume();
            }
        });
        scene.heightProperty().addListener((obs, old, now) -> scale(scene));
        scene.widthProperty().addListener((obs, old, now) -> scale(scene));
        scale(scene);
        return scene;
    }

    private void scale(Scene scene) {
        String type = typeClass(scene.getWidth(), scene.getHeight());
        if (!root.getStyleClass().contains(type)) {
            root.getStyleClass().removeIf(c -> c.startsWith("type-"));
            root.getStyleClass().add(type);
        }
    }

    /**
     * The type-scale class (type-scale.css) for a window of this size: 18 px type at 1280 × 800, growing with the
     * shorter side, from 12 px on a small screen to 48 px on a 4K one.
     */
    static String typeClass(double width, double height) {
        long size = Math.round(Math.min(height / 44, width / 66));
        return "type-" + Math.max(MIN_TYPE, Math.min(MAX_TYPE, size));
    }

    /**
     * Store mode: shows the store's state in a small line under the other lines above the screens (standalone shows
     * none). Call once, on the FX thread.
     */
    public void showStore(app.mixpos.records.StoreStates states) {
        if (storeLine == null) {
            storeLine = new StoreLine(states, texts);
            banners.getChildren().add(storeLine);
        }
    }

    /** Puts the focus where the screen in front wants it; call once the scene is on a showing stage. */
    public void refocus() {
        bringToFront(vm.screenProperty().get());
    }

    public BorderPane root() {
        return root;
    }
}
