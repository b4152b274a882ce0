package app.mixpos.ui;

import app.mixpos.ui.window.PosWindow;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.payment.QrView;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window on a fake checkout and gives the tests a keyboard and eyes. */
@ExtendWith(ApplicationExtension.class)
abstract class PosWindowHarness {

    final FakeCheckout checkout = new FakeCheckout();
    final FakeSettings settings = new FakeSettings();
    final List<String> sounds = new CopyOnWriteArrayList<>();
    final List<String> customerActions = new CopyOnWriteArrayList<>();
    /** The simulated customer cannot find the sale (made before the till restarted). */
    volatile boolean unknownToTheSimulator;

    boolean training() {
        return false;
    }

    /** The manager PIN in front of the settings; none unless a test class says otherwise. */
    OwnerLock ownerLock() {
        return OwnerLock.NONE;
    }

    /** Where receipts go; none unless a test class says otherwise. */
    app.mixpos.ui.receipt.ReceiptDesk receiptDesk() {
        return app.mixpos.ui.receipt.ReceiptDesk.NONE;
    }

    /** Where the Reports screen's exports go; none unless a test class says otherwise. */
    app.mixpos.ui.export.ExportDesk exportDesk() {
        return app.mixpos.ui.export.ExportDesk.NONE;
    }

    /** The reports behind F4; none unless a test class says otherwise. */
    java.util.concurrent.CompletableFuture<app.mixpos.reports.Reports> reports() {
        return null;
    }

    /** Call from each test class's {@code @Start} method (TestFX looks only at the class itself). */
    void open(Stage stage) {
        SoundCue cue = new SoundCue() {
            @Override
            public void paid() {
                sounds.add("paid");
            }

            @Override
            public void failed() {
                sounds.add("failed");
            }
        };
        TrainingCustomer customer = new TrainingCustomer() {
            @Override
            public void perform(Sale sale, CustomerAction action) {
                customerActions.add(sale.orderId() + ":" + action);
                if (unknownToTheSimulator) {
                    throw new IllegalArgumentException("no payment has this code");
                }
            }

            @Override
            public void network(boolean lost) {
                customerActions.add(lost ? "network lost" : "network back");
            }
        };
        PosWindow window = new PosWindow(stage, checkout, checkout.records(), reports(),
                new UiOptions(training(), QuoteAsset.USD, Sales.PAYEE, "one-time", null), settings, ownerLock(), customer,
                cue);
        window.useReceipts(receiptDesk());
        window.useExports(exportDesk());
        window.show();
        stage.requestFocus();
    }

    /** Types keys one by one on the physical keyboard. */
    void press(FxRobot r, KeyCode... keys) {
        for (KeyCode k : keys) {
            r.type(k);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types 12.50-style text on the keyboard: digits, '.' and ','. */
    void typeAmount(FxRobot r, String text) {
        for (char c : text.toCharArray()) {
            r.type(switch (c) {
                case '.' -> KeyCode.PERIOD;
                case ',' -> KeyCode.COMMA;
                default -> KeyCode.valueOf("DIGIT" + c);
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Keyboard only: the amount, Enter, and the engine answers with an open sale. */
    SaleSnapshot chargeOpen(FxRobot r, String amount) {
        typeAmount(r, amount);
        press(r, KeyCode.ENTER);
        SaleSnapshot s = checkout.completeCharge();
        WaitForAsyncUtils.waitForFxEvents();
        return s;
    }

    void push(SaleSnapshot s) {
        checkout.push(s);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot r, String id) {
        return r.lookup(id).queryAs(Labeled.class).getText();
    }

    static boolean visible(FxRobot r, String id) {
        Node n = r.lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Takes a picture of the QR node as the screen shows it and reads it back with ZXing. */
    static String decodeQr(FxRobot r) throws Exception {
        QrView qr = r.lookup("#qr").queryAs(QrView.class);
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> qr.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        assertThat(w).isGreaterThan(200);
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR found in the till's QR view, a " + w + " x " + h + " picture, showing "
                    + qr.getText(), e);
        }
    }
}
