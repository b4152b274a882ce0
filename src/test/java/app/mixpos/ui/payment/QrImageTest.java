package app.mixpos.ui.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The QR pixels, and drawing a new sale's code over the image of the one before instead of a new image. */
@ExtendWith(ApplicationExtension.class)
class QrImageTest {

    private static final String A = "https://mixpay.me/code/1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";
    private static final String B = "https://mixpay.me/code/9f8e7d6c-5b4a-4392-8180-7f6e5d4c3b2a";
    private static final String LONGER = "https://mixpay.me/pay?payeeId=5f1e2d3c-4b5a-4697-8877-665544332211"
            + "&settlementAssetId=4d8c508b-91c5-375b-92b0-ee702ed2dac5&quoteAssetId=usd&quoteAmount=12.50";

    @Test
    void eachModuleIsAWholeSquareOfPixelsInsideAFourModuleQuietZone() {
        BitMatrix m = QrImage.encode(A);
        int scale = 5;
        WritableImage image = QrImage.render(m, scale);

        int side = (m.getWidth() + 2 * QrImage.QUIET_ZONE) * scale;
        assertThat((int) image.getWidth()).isEqualTo(side);
        assertThat((int) image.getHeight()).isEqualTo(side);
        int[] px = pixels(image);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - QrImage.QUIET_ZONE;
                int my = y / scale - QrImage.QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                assertThat(px[y * side + x]).as("pixel %d,%d", x, y).isEqualTo(dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
    }

    @Test
    void aCodeOfTheSameSizeIsDrawnOverTheImageWithNothingLeftOfTheOldOne() {
        BitMatrix a = QrImage.encode(A);
        BitMatrix b = QrImage.encode(B);
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        WritableImage shown = QrImage.render(a, 7);

        WritableImage next = QrImage.render(b, 7, shown);

        assertThat(next).isSameAs(shown);
        assertThat(pixels(next)).isEqualTo(pixels(QrImage.render(b, 7)));
        assertThat(decode(next)).isEqualTo(B);
    }

    @Test
    void anImageOfAnotherSizeIsLeftAloneAndANewOneDrawn() {
        WritableImage shown = QrImage.render(QrImage.encode(A), 7);
        int[] before = pixels(shown);

        WritableImage atOtherScale = QrImage.render(QrImage.encode(B), 6, shown);
        WritableImage biggerCode = QrImage.render(QrImage.encode(LONGER), 7, shown);

        assertThat(atOtherScale).isNotSameAs(shown);
        assertThat(biggerCode).isNotSameAs(shown);
        assertThat(decode(atOtherScale)).isEqualTo(B);
        assertThat(decode(biggerCode)).isEqualTo(LONGER);
        assertThat(pixels(shown)).isEqualTo(before);
    }

    @Test
    void theViewKeepsItsImageForTheNextSaleAndShowsTheNewLink() throws Exception {
        QrView view = new QrView();
        Image[] shown = new Image[3];
        WaitForAsyncUtils.asyncFx(() -> {
            view.resize(600, 600);
            view.setText(A);
            view.layout();
            shown[0] = image(view);
            view.setText(B);
            view.layout();
            shown[1] = image(view);
            view.resize(400, 400);
            view.layout();
            shown[2] = image(view);
        }).get(5, TimeUnit.SECONDS);

        assertThat(shown[1]).isSameAs(shown[0]);
        assertThat(decode(shown[1])).isEqualTo(B);
        assertThat(shown[2]).isNotSameAs(shown[1]);
        assertThat(shown[2].getWidth()).isLessThanOrEqualTo(400);
        assertThat(decode(shown[2])).isEqualTo(B);
    }

    private static Image image(QrView view) {
        return ((ImageView) view.getChildrenUnmodifiable().get(0)).getImage();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private static String decode(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(w, h, pixels(image))))).getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("no QR code in the image", e);
        }
    }
}
