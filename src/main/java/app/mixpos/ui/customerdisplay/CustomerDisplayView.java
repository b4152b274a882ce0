package app.mixpos.ui.customerdisplay;

import app.mixpos.ui.customerdisplay.CustomerDisplayModel.Phase;
import app.mixpos.ui.payment.QrView;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The customer display's one screen: the shop's name and a welcome when idle; the amount, the QR as large as the
 * monitor allows and the status while paying; the result in large type after. Nothing here can be clicked: the
 * customer reads it, the cashier works on the till's own window.
 */
public final class CustomerDisplayView {

    public static final String STYLE = "customer-display";
    static final int MIN_TYPE = 12;
    static final int MAX_TYPE = 48;

    private final CustomerDisplayModel vm;
    private final StackPane root = new StackPane();
    private final QrView qr = new QrView();

    public CustomerDisplayView(CustomerDisplayModel vm) {
        this.vm = vm;
        root.getStyleClass().add(STYLE);
        root.getStylesheets().addAll(css("/app/mixpos/ui/theme/theme.css"), css("/app/mixpos/ui/theme/type-scale.css"),
                css("/app/mixpos/ui/customerdisplay/customer-display.css"));
        Region idle = idle();
        Region paying = paying();
        Region result = result();
        idle.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.IDLE));
        paying.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.PAYING));
        result.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.PAID)
                .or(vm.phaseProperty().isEqualTo(Phase.NOT_PAID)));
        root.getChildren().addAll(idle, paying, result);
        vm.toneProperty().addListener((obs, old, now) -> tone(result, now));
        tone(result, vm.toneProperty().get());
    }

    private static String css(String path) {
        return CustomerDisplayView.class.getResource(path).toExternalForm();
    }

    private Region idle() {
        Label title = label("display-title", "display-title", vm.title());
        Label welcome = label("display-welcome", "display-welcome", vm.welcome());
        VBox box = new VBox(title, welcome);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("display-idle");
        return box;
    }

    private Region paying() {
        qr.setId("display-qr");
        qr.setText(blankToNull(vm.linkProperty().get()));
        vm.linkProperty().addListener((obs, old, now) -> qr.setText(blankToNull(now)));
        StackPane qrBox = new StackPane(qr);
        qrBox.getStyleClass().add("display-qr-box");
        HBox.setHgrow(qrBox, Priority.ALWAYS);
        Label amount = label("display-amount", "display-amount", "");
        amount.textProperty().bind(vm.amountProperty());
        Label status = label("display-status", "display-status", "");
        status.textProperty().bind(vm.statusProperty());
        vm.toneProperty().addListener((obs, old, now) -> tone(status, now));
        tone(status, vm.toneProperty().get());
        VBox side = new VBox(amount, status);
        side.getStyleClass().add("display-side");
        side.setAlignment(Pos.CENTER_LEFT);
        HBox body = new HBox(qrBox, side);
        body.getStyleClass().add("display-paying");
        // the QR takes the height; the side keeps what is left, at least a third of the width
        side.prefWidthProperty().bind(body.widthProperty().subtract(body.heightProperty())
                .map(w -> Math.max(w.doubleValue(), body.getWidth() / 3)));
        side.minWidthProperty().bind(side.prefWidthProperty());
        return body;
    }

    private Region result() {
        Label status = label("display-result", "display-result", "");
        status.textProperty().bind(vm.statusProperty());
        Label amount = label("display-result-amount", "display-result-amount", "");
        amount.textProperty().bind(vm.amountProperty());
        Label detail = label("display-result-detail", "display-result-detail", "");
        detail.textProperty().bind(vm.detailProperty());
        detail.visibleProperty().bind(vm.detailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        VBox box = new VBox(status, amount, detail);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("display-result-box");
        return box;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void tone(Region node, String tone) {
        node.getStyleClass().removeIf(c -> c.startsWith("tone-"));
        node.getStyleClass().add("tone-" + tone);
    }

    private static Label label(String id, String style, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A scene on this view whose type grows with the monitor. */
    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.widthProperty().addListener((obs, old, now) -> scale(scene));
        scene.heightProperty().addListener((obs, old, now) -> scale(scene));
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

    /** Larger type than the till's: 24 px on a 1024 × 768 monitor, 34 px at 1920 × 1080. */
    static String typeClass(double width, double height) {
        long size = Math.round(Math.min(height / 32, width / 42));
        return "type-" + Math.max(MIN_TYPE, Math.min(MAX_TYPE, size));
    }

    /** The QR node, for tests and screenshots. */
    public QrView qr() {
        return qr;
    }

    public Parent root() {
        return root;
    }
}
