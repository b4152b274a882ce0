package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.CustomerDisplayChoice;
import app.mixpos.config.MonitorBounds;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.ManualScheduler;
import app.mixpos.testing.MutableClock;
import app.mixpos.till.TillModel;
import app.mixpos.ui.customerdisplay.CustomerDisplay;
import app.mixpos.ui.customerdisplay.CustomerDisplayModel;
import app.mixpos.ui.customerdisplay.CustomerDisplayModel.Phase;
import app.mixpos.ui.payment.QrView;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.window.CustomerScreens;
import app.mixpos.ui.window.PosWindow;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The till's window and the customer display in one run, observing one till model. Monocle has one screen, so the
 * customer's monitor is a made-up screen in a made-up list, which the test plugs in and out.
 */
class CustomerDisplayWindowTest extends PosWindowHarness {

    static final MonitorBounds CASHIER = new MonitorBounds(0, 0, 1920, 1080);
    static final MonitorBounds CUSTOMER = new MonitorBounds(1920, 0, 1024, 768);

    private final ObservableList<MonitorBounds> monitors = FXCollections.observableArrayList(CASHIER, CUSTOMER);
    private final ManualScheduler timer = new ManualScheduler(new MutableClock(Instant.parse("2026-12-02T08:00:00Z")));
    private Stage cashier;
    private CustomerDisplay display;

    @Start
    void start(Stage stage) {
        cashier = stage;
        TillModel till = new TillModel(checkout);
        new PosWindow(stage, till, checkout, checkout.records(),
                new UiOptions(false, QuoteAsset.USD, Sales.PAYEE, "one-time", null), settings, OwnerLock.NONE, null,
                SoundCue.SILENT).show();
        CustomerScreens<MonitorBounds> screens = new CustomerScreens<>(monitors, Function.identity(), () -> CASHIER,
                CustomerDisplayChoice.monitor(CUSTOMER));
        display = new CustomerDisplay(new CustomerDisplayModel(till, Texts.english(), "Corner Café", FxThread.EXECUTOR,
                timer, Duration.ofSeconds(8)), stage);
        display.follow(screens.customerMonitorProperty());
        stage.requestFocus();
    }

    private String customerText(String id) {
        return ((Labeled) display.stage().getScene().lookup(id)).getText();
    }

    @Test
    void theCustomerWindowFillsItsMonitorUndecoratedAndSaysWelcome(FxRobot r) {
        Stage s = display.stage();
        assertThat(s.isShowing()).isTrue();
        assertThat(s.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        assertThat(new double[] {s.getX(), s.getY(), s.getWidth(), s.getHeight()})
                .containsExactly(1920, 0, 1024, 768);
        assertThat(customerText("#display-title")).isEqualTo("Corner Café");
        assertThat(customerText("#display-welcome")).isEqualTo("Welcome");
    }

    @Test
    void bothWindowsShowTheSameSaleAndTheCustomersQrReadsAsItsLink(FxRobot r) throws Exception {
        SaleSnapshot s = chargeOpen(r, "12.5");

        assertThat(display.model().phaseProperty().get()).isEqualTo(Phase.PAYING);
        assertThat(customerText("#display-amount")).isEqualTo(text(r, "#payment-amount")).isEqualTo("12.50 USD");
        assertThat(customerText("#display-status")).isEqualTo("Scan with your wallet");
        assertThat(decode(display.view().qr())).isEqualTo(s.sale().paymentLink());
        assertThat(decodeQr(r)).isEqualTo(s.sale().paymentLink());
        assertThat(display.view().qr().getWidth()).isGreaterThan(600);

        push(Sales.status(s, "paid_less", -1, "10", "12.5", "USDT"));
        assertThat(customerText("#display-status"))
                .isEqualTo("Underpaid: 2.5 USDT still due, pay the rest with the same code");
        assertThat(text(r, "#payment-status")).startsWith("Underpaid");
        assertThat(decode(display.view().qr())).isEqualTo(s.sale().paymentLink());
    }

    @Test
    void theTillKeepsTheKeyboardWhileTheCustomerWindowIsOpen(FxRobot r) {
        typeAmount(r, "7");
        press(r, KeyCode.ENTER);
        assertThat(checkout.charged).hasSize(1);
        assertThat(cashier.isFocused()).as("till focused; customer focused=%s", display.stage().isFocused()).isTrue();
    }

    @Test
    void paidTheCustomerIsThankedThenTheDisplayGoesBackToIdle(FxRobot r) {
        SaleSnapshot s = chargeOpen(r, "5");
        push(Sales.outcome(s, Outcome.PAID, "success"));

        assertThat(customerText("#display-result")).isEqualTo("Paid — thank you");
        assertThat(visible(r, "#result-title")).isTrue();
        press(r, KeyCode.ENTER);
        timer.advance(Duration.ofSeconds(8));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.model().phaseProperty().get()).isEqualTo(Phase.IDLE);
        assertThat(display.stage().getScene().lookup("#display-title").isVisible()).isTrue();
    }

    @Test
    void unpluggedTheCustomerWindowClosesAndTheQrStaysOnTheTillPluggedBackItReopens(FxRobot r) throws Exception {
        SaleSnapshot s = chargeOpen(r, "9");
        WaitForAsyncUtils.asyncFx(() -> monitors.remove(CUSTOMER)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(display.stage().isShowing()).isFalse();
        assertThat(display.openProperty().get()).isFalse();
        assertThat(decodeQr(r)).isEqualTo(s.sale().paymentLink());

        WaitForAsyncUtils.asyncFx(() -> monitors.add(0, CUSTOMER)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.stage().isShowing()).isTrue();
        assertThat(display.stage().getX()).isEqualTo(1920);
        // the reopened window gets its size from the platform after it shows: its QR is read once it has it
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> display.view().qr().getWidth() > 600);
        assertThat(decode(display.view().qr())).isEqualTo(s.sale().paymentLink());
    }

    /** Takes a picture of a QR node as the screen shows it and reads it back with ZXing. */
    static String decode(QrView qr) throws Exception {
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> qr.snapshot(null, null)).get(5, TimeUnit.SECONDS);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, argb)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR found in the customer window's QR view, a " + w + " x " + h
                    + " picture, showing " + qr.getText(), e);
        }
    }
}
