package app.mixpos.printing;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

/**
 * A receipt as ESC/POS bytes (escpos-coffee): text in the printer's own font and code page (437, escpos-coffee's and
 * the printers' default), the block-explorer QR as a raster image ({@code GS v 0}, which every ESC/POS printer takes;
 * printers' own QR commands vary), then a feed and a cut. A line the code page cannot hold — Chinese, Japanese, most
 * other scripts — is printed as an image of the line too ({@link TextBitmap}), so it reads the same on any printer.
 */
public final class EscPosReceipt {

    /** Dots across the QR: 33 mm at 203 dpi, on 58 mm paper (384 dots) as on 80 mm (576). */
    static final int QR_DOTS = 264;
    /** The code page the printer starts in, and escpos-coffee's default. */
    static final String CODE_PAGE = "IBM437";

    private EscPosReceipt() {
    }

    /** Writes the receipt to {@code out}; the stream is flushed, not closed. */
    public static void write(Receipt receipt, ReceiptWords words, int width, OutputStream out) throws IOException {
        EscPos escpos = new EscPos(out);
        escpos.initializePrinter();
        Style title = new Style().setBold(true).setFontSize(Style.FontSize._2, Style.FontSize._2)
                .setJustification(EscPosConst.Justification.Center);
        Style centred = new Style().setJustification(EscPosConst.Justification.Center);
        Style text = new Style();
        CharsetEncoder codePage = Charset.forName(CODE_PAGE).newEncoder();
        int dots = width * ReceiptLayout.DOTS_PER_COLUMN;
        List<ReceiptLayout.Line> lines = ReceiptLayout.lines(receipt, words, width);
        for (ReceiptLayout.Line line : lines) {
            boolean image = line.kind() != ReceiptLayout.Kind.QR && !codePage.canEncode(line.text());
            switch (line.kind()) {
                case TITLE, CENTRED, TEXT, PAIR, RULE -> {
                    if (image) {
                        escpos.write(new RasterBitImageWrapper(), new EscPosImage(
                                new CoffeeImageImpl(TextBitmap.of(line, dots)), new BitonalThreshold()));
                    } else {
                        escpos.writeLF(line.kind() == ReceiptLayout.Kind.TITLE ? title
                                : line.kind() == ReceiptLayout.Kind.CENTRED ? centred : text, line.text());
                    }
                }
                case BLANK -> escpos.feed(1);
                case QR -> escpos.write(new RasterBitImageWrapper().setJustification(EscPosConst.Justification.Center),
                        new EscPosImage(new CoffeeImageImpl(QrBitmap.of(line.text(), QR_DOTS)), new BitonalThreshold()));
            }
        }
        escpos.feed(4).cut(EscPos.CutMode.FULL);
        escpos.flush();
    }
}
