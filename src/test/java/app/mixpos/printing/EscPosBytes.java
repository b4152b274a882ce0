package app.mixpos.printing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ESC/POS bytes back as a printer would: the text it prints (commands skipped) and the raster images it is
 * sent with {@code GS v 0}. Fails on a command it does not know, so a test cannot pass by skipping what it misread.
 */
final class EscPosBytes {

    final List<String> lines = new ArrayList<>();
    final List<BufferedImage> images = new ArrayList<>();
    int cuts;

    static EscPosBytes read(byte[] b) {
        EscPosBytes r = new EscPosBytes();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == 0x1B) {
                i += 2 + escArgs(b[i + 1] & 0xff);
            } else if (c == 0x1D) {
                int cmd = b[i + 1] & 0xff;
                if (cmd == 'v') {
                    int w = ((b[i + 4] & 0xff) | (b[i + 5] & 0xff) << 8);
                    int h = ((b[i + 6] & 0xff) | (b[i + 7] & 0xff) << 8);
                    r.images.add(raster(b, i + 8, w, h));
                    i += 8 + w * h;
                } else if (cmd == 'V') {
                    int m = b[i + 2] & 0xff;
                    r.cuts++;
                    i += 3 + (m >= 65 ? 1 : 0);
                } else {
                    i += 2 + gsArgs(cmd);
                }
            } else if (c == 0x10) {
                i += 3;
            } else if (c == 0x0A) {
                r.lines.add(line.toString(StandardCharsets.ISO_8859_1));
                line.reset();
                i++;
            } else {
                line.write(c);
                i++;
            }
        }
        return r;
    }

    private static int escArgs(int cmd) {
        return switch (cmd) {
            case '@', '2' -> 0;
            case 'E', '-', 'M', 'a', '3', 'd', 't', '!', 'G', 'J', 'R', '{', 'V', 'r' -> 1;
            case 'p' -> 3;
            default -> throw new IllegalStateException("unknown ESC command " + cmd + " ('" + (char) cmd + "')");
        };
    }

    private static int gsArgs(int cmd) {
        return switch (cmd) {
            case '!', 'B', 'b', 'H', 'f', 'h', 'w' -> 1;
            case 'L', 'W' -> 2;
            default -> throw new IllegalStateException("unknown GS command " + cmd + " ('" + (char) cmd + "')");
        };
    }

    /** A GS v 0 raster: {@code widthBytes} bytes a row, 8 dots a byte, most significant first, 1 = black. */
    private static BufferedImage raster(byte[] b, int start, int widthBytes, int height) {
        BufferedImage img = new BufferedImage(widthBytes * 8, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int xb = 0; xb < widthBytes; xb++) {
                int v = b[start + y * widthBytes + xb] & 0xff;
                for (int bit = 0; bit < 8; bit++) {
                    boolean black = (v & (0x80 >> bit)) != 0;
                    img.setRGB(xb * 8 + bit, y, black ? 0 : 0xFFFFFF);
                }
            }
        }
        return img;
    }
}
