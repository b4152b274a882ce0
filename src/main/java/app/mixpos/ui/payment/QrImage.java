package app.mixpos.ui.payment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A QR code as crisp pixels: whole pixels per module, a four-module quiet zone, black on white. */
public final class QrImage {

    static final int QUIET_ZONE = 4;
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrImage() {
    }

    /** The modules of {@code text} without a quiet zone. */
    public static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for this link", e);
        }
    }

    /** Modules across including the quiet zone on both sides. */
    public static int modulesWithQuietZone(BitMatrix m) {
        return m.getWidth() + 2 * QUIET_ZONE;
    }

    /** Draws {@code m} at {@code scale} pixels per module (at least 1). */
    public static WritableImage render(BitMatrix m, int scale) {
        int s = Math.max(1, scale);
        int side = modulesWithQuietZone(m) * s;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, WHITE);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    int px = (x + QUIET_ZONE) * s;
                    int py = (y + QUIET_ZONE) * s;
                    for (int dy = 0; dy < s; dy++) {
                        java.util.Arrays.fill(pixels, (py + dy) * side + px, (py + dy) * side + px + s, BLACK);
                    }
                }
            }
        }
        WritableImage image = new WritableImage(side, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), pixels, 0, side);
        return image;
    }
}
