package app.mixpos.ui.payment;

import app.mixpos.ui.shell.ScreenView;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The customer-facing screen: the QR as large as the window allows, the amount, and live status. */
public final class PaymentView implements ScreenView {

    public static final String STYLE = "payment";
    public static final String STATUS = "payment-status";

    private final PaymentViewModel vm;
    private final StackPane root;
    private final QrView qr = new QrView();

    public PaymentView(PaymentViewModel vm) {
        this.vm = vm;
        qr.setId("qr");
        vm.linkProperty().addListener((obs, old, now) -> qr.setText(now));
        qr.setText(vm.linkProperty().get());
        StackPane qrBox = new StackPane(qr);
        qrBox.getStyleClass().add("qr-box");
        HBox.setHgrow(qrBox, Priority.ALWAYS);
        HBox body = new HBox(qrBox, side());
        body.getStyleClass().add("payment-body");
        root = new StackPane(body, new CancelConfirm(vm));
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(PaymentView.class.getResource("payment.css").toExternalForm());
    }

    private VBox side() {
        Label scan = new Label(vm.texts().get("payment.scan"));
        scan.getStyleClass().add("payment-scan");
        Label amount = bound("payment-amount", "pay-amount");
        amount.textProperty().bind(vm.amountProperty());
        Label status = bound("payment-status", STATUS);
        status.textProperty().bind(vm.statusProperty());
        vm.toneProperty().addListener((obs, old, now) -> tone(status, now));
        tone(status, vm.toneProperty().get());
        Label connection = bound("payment-connection", "payment-connection");
        connection.textProperty().bind(vm.connectionProperty());
        connection.visibleProperty().bind(vm.connectionProperty().isNotEmpty());
        connection.managedProperty().bind(connection.visibleProperty());
        Region gap = new Region();
        VBox.setVgrow(gap, Priority.ALWAYS);
        Label order = bound("payment-order", "payment-small");
        order.textProperty().bind(vm.orderProperty());
        Label link = bound("payment-link", "payment-small");
        link.textProperty().bind(vm.linkProperty().map(PaymentView::idOnItsOwnLine));
        Button cancel = new Button(vm.texts().get("payment.cancel"));
        cancel.setId("cancel");
        cancel.setOnAction(e -> vm.askCancel());
        VBox side = new VBox(scan, amount, status, connection, gap, order, link, cancel);
        side.getStyleClass().add("payment-side");
        return side;
    }

    /**
     * The link with the payment's id on a line of its own (after the last '/'): JavaFX wraps a word that does not
     * fit anywhere inside it, and the id broke in the middle; this way it is shown whole.
     */
    static String idOnItsOwnLine(String link) {
        if (link == null) {
            return "";
        }
        int slash = link.lastIndexOf('/');
        return slash < 0 || slash == link.length() - 1 ? link : link.substring(0, slash + 1) + "\n" + link.substring(slash + 1);
    }

    private static void tone(Label status, String tone) {
        status.getStyleClass().removeIf(c -> c.startsWith("tone-"));
        status.getStyleClass().add("tone-" + tone);
    }

    private static Label bound(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    /** The QR node, for tests and screenshots. */
    public QrView qr() {
        return qr;
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void shown() {
        root.requestFocus();
    }

    @Override
    public boolean onKeyPressed(KeyEvent e) {
        if (vm.confirmingCancelProperty().get()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.keepWaiting();
                return true;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.keepWaiting();
                return true;
            }
            if (e.getCode() == KeyCode.DELETE) {
                vm.confirmCancel();
                return true;
            }
            return false;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            vm.askCancel();
            return true;
        }
        return false;
    }
}
