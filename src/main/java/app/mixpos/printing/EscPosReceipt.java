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
import java.util.List;

/**
 * A receipt as ESC/POS bytes (escpos-coffee): text in the printer's own font, the block-explorer QR as a raster image
 * ({@code GS v 0}, which every ESC/POS printer takes; printers' own QR commands vary), then a feed and a cut.
 */
public final class EscPosReceipt {

    /** Dots across the paper of an 80 mm printer (a 58 mm one prints the left part of a wider image). */
    static final int QR_DOTS = 264;

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
        List<ReceiptLayout.Line> lines = ReceiptLayout.lines(receipt, words, width);
        for (ReceiptLayout.Line line : lines) {
            switch (line.kind()) {
                case TITLE -> escpos.writeLF(title, line.text());
                case CENTRED -> escpos.writeLF(centred, line.text());
                case TEXT, PAIR, RULE -> escpos.writeLF(text, line.text());
                case BLANK -> escpos.feed(1);
                case QR -> escpos.write(new RasterBitImageWrapper().setJustification(EscPosConst.Justification.Center),
                        new EscPosImage(new CoffeeImageImpl(QrBitmap.of(line.text(), QR_DOTS)), new BitonalThreshold()));
            }
        }
        escpos.feed(4).cut(EscPos.CutMode.FULL);
        escpos.flush();
    }
}
