package app.mixpos.walk;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.till.TillModel;
import app.mixpos.ui.Format;
import app.mixpos.ui.FxThread;
import app.mixpos.ui.customerdisplay.CustomerDisplay;
import app.mixpos.ui.customerdisplay.CustomerDisplayModel;
import app.mixpos.ui.customerdisplay.CustomerDisplayModel.Phase;
import app.mixpos.ui.payment.QrView;
import app.mixpos.ui.text.Texts;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The walk with a customer display open: a second window on a made-up monitor beside the till (Monocle has one
 * screen), observing the same till model. After every step, on top of the till's own invariants:
 * <ul>
 *     <li>the customer display shows the sale facing the customer while it is open (its order, its amount as the
 *     till's payment screen shows it, its status in the customer's words), with its QR reading as the sale's link
 *     from the customer window's pixels (read once per link);</li>
 *     <li>no QR is up on the customer display for a sale that is not facing the customer; a result it shows is the
 *     facing sale's (paid only when the sale is paid), or the last one's thanks while no sale faces the customer;</li>
 *     <li>no text of the customer display is cut short.</li>
 * </ul>
 */
final class CustomerDisplayInvariants {

    static final MonitorBounds CUSTOMER = new MonitorBounds(4000, 0, 1024, 768);

    private final Till till;
    private String decodedLink;
    private long checks;

    CustomerDisplayInvariants(Till till) {
        this.till = till;
    }

    /** Opens a customer display on a made-up second monitor, observing {@code model}; call on the FX thread. */
    static CustomerDisplay open(TillModel model, ManualScheduler scheduler, Stage cashier) {
        CustomerDisplay display = new CustomerDisplay(new CustomerDisplayModel(model, WalkLanguage.TEXTS, "Walk Café",
                FxThread.EXECUTOR, scheduler, CustomerDisplayModel.RESULT_FOR), cashier);
        MonitorBounds primary = new MonitorBounds(0, 0, 1920, 1080);
        display.place(new app.mixpos.ui.window.CustomerScreens<>(FXCollections.observableArrayList(primary, CUSTOMER),
                Function.identity(), () -> primary, CustomerDisplayChoice.AUTO).customerMonitorProperty().get());
        return display;
    }

    long checks() {
        return checks;
    }

    List<Invariants.Violation> check(String where) throws Exception {
        List<Invariants.Violation> found = new ArrayList<>();
        Till.fx(() -> {
            look(where, found);
            return null;
        });
        return found;
    }

    private void look(String where, List<Invariants.Violation> found) {
        CustomerDisplay display = till.display;
        Scene scene = display.stage().getScene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        CustomerDisplayModel vm = display.model();
        SaleSnapshot facing = till.model.current().facing();
        Phase phase = vm.phaseProperty().get();
        String shown = vm.orderIdProperty().get();
        checks++;
        if (!display.stage().isShowing()) {
            found.add(new Invariants.Violation("display|closed", where + ": the customer display is not showing"));
            return;
        }
        boolean open = facing != null && !facing.state().outcome().isSettledForCashier();
        if (open) {
            checks++;
            if (phase != Phase.PAYING || !facing.orderId().equals(shown)) {
                found.add(new Invariants.Violation("display|not-paying", where + ": order " + facing.orderId()
                        + " is open and facing the customer, the customer display is " + phase + " "
                        + (shown.isEmpty() ? "" : "with order " + shown)));
                return;
            }
            same(found, where, "amount", Format.money(WalkLanguage.TEXTS, facing.sale().amount()), label(scene, "display-amount"));
            String cashierAmount = till.text("payment-amount");
            if (cashierAmount != null) {
                same(found, where, "amount-as-till", cashierAmount, label(scene, "display-amount"));
            }
            same(found, where, "status", CustomerDisplayModel.statusWords(vm.texts(), facing.state(),
                    facing.sale().paymentLink() != null), label(scene, "display-status"));
            qr(found, where, display.view().qr(), facing.sale().paymentLink());
        } else {
            checks++;
            if (phase == Phase.PAYING) {
                found.add(new Invariants.Violation("display|stale-qr", where + ": the customer display still shows "
                        + "the QR of order " + shown + ", which is "
                        + (facing == null ? "no longer facing the customer" : "settled as " + facing.state().outcome())));
            } else if (phase != Phase.IDLE && facing != null && !facing.orderId().equals(shown)) {
                found.add(new Invariants.Violation("display|other-result", where + ": the customer display shows the "
                        + "result of order " + shown + " while order " + facing.orderId() + " faces the customer"));
            } else if (phase == Phase.PAID && facing != null && !facing.state().outcome().isPaid()) {
                found.add(new Invariants.Violation("display|paid-wrongly", where + ": the customer display says paid "
                        + "for order " + shown + ", which is " + facing.state().outcome()));
            }
        }
        cutShort(scene.getRoot(), where, found);
    }

    private void same(List<Invariants.Violation> found, String where, String what, String expected, String actual) {
        checks++;
        if (!Objects.equals(expected, actual)) {
            found.add(new Invariants.Violation("display|" + what, where + ": the customer display's " + what
                    + " is \"" + actual + "\", expected \"" + expected + "\""));
        }
    }

    /** The QR on the customer display, read from its pixels, is the sale's link (read again only when it changes). */
    private void qr(List<Invariants.Violation> found, String where, QrView qr, String link) {
        checks++;
        if (!Objects.equals(qr.getText(), link)) {
            found.add(new Invariants.Violation("display|qr-text", where + ": the customer display's QR holds "
                    + qr.getText() + ", the sale's link is " + link));
            return;
        }
        if (link == null || link.equals(decodedLink)) {
            return;
        }
        checks++;
        String read = decode(qr);
        if (!link.equals(read)) {
            found.add(new Invariants.Violation("display|qr-pixels", where + ": the customer display's QR reads as "
                    + read + " from its pixels, the sale's link is " + link));
        } else {
            decodedLink = link;
        }
    }

    private static String decode(QrView qr) {
        WritableImage img = qr.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(w, h, argb))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            return "(no QR code found in " + w + "x" + h + " px)";
        }
    }

    private void cutShort(Node node, String where, List<Invariants.Violation> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0) {
            checks++;
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !l.getText().equals(t.getText())) {
                    found.add(new Invariants.Violation("display|cut|" + l.getId(), where + ": the customer display's "
                            + l.getId() + " shows \"" + t.getText() + "\" instead of \"" + l.getText() + "\""));
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> cutShort(child, where, found));
        }
    }

    private static String label(Scene scene, String id) {
        Node n = scene.lookup("#" + id);
        return n instanceof Labeled l ? l.getText() : null;
    }
}
