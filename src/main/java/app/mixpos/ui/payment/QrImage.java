package app.mixpos.ui.payment;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
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

    /** Side in pixels of {@code m} drawn at {@code scale} pixels per module (at least 1). */
    public static int side(BitMatrix m, int scale) {
        return modulesWithQuietZone(m) * Math.max(1, scale);
    }

    /** Draws {@code m} at {@code scale} pixels per module (at least 1) into a new image. */
    public static WritableImage render(BitMatrix m, int scale) {
        return render(m, scale, null);
    }

    /**
     * Draws {@code m} at {@code scale} pixels per module (at least 1), over every pixel of {@code reuse} when it
     * has exactly the size needed (and returns it), otherwise into a new image. A sale's QR is usually the size
     * of the one before (the same kind of link in the same window), so the payment screen keeps one image, and
     * one texture, instead of a new one of about a megabyte per sale.
     */
    public static WritableImage render(BitMatrix m, int scale, WritableImage reuse) {
        int s = Math.max(1, scale);
        int side = side(m, s);
        WritableImage image = reuse != null && (int) reuse.getWidth() == side && (int) reuse.getHeight() == side
                ? reuse : new WritableImage(side, side);
        PixelWriter out = image.getPixelWriter();
        PixelFormat<IntBuffer> argb = PixelFormat.getIntArgbInstance();
        int[] band = new int[side * s];
        int modules = modulesWithQuietZone(m);
        for (int row = 0; row < modules; row++) {
            int y = row - QUIET_ZONE;
            Arrays.fill(band, 0, side, WHITE);
            if (y >= 0 && y < m.getHeight()) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        int px = (x + QUIET_ZONE) * s;
                        Arrays.fill(band, px, px + s, BLACK);
                    }
                }
            }
            for (int dy = 1; dy < s; dy++) {
                System.arraycopy(band, 0, band, dy * side, side);
            }
            out.setPixels(0, row * s, side, s, argb, band, 0, side);
        }
        return image;
    }
}
