package app.mixpos.printing;

import app.mixpos.export.PdfFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Receipts saved as PDFs in a folder ({@code receipt-<order id>.pdf}, a reprint {@code receipt-<order id>-copy.pdf}),
 * each written beside its name and renamed into place.
 */
public final class PdfFolder implements ReceiptOutput {

    private final Path folder;
    private final PdfFonts fonts;

    public PdfFolder(Path folder, PdfFonts fonts) {
        this.folder = folder;
        this.fonts = fonts;
    }

    public static Path fileFor(Path folder, Receipt receipt) {
        return folder.resolve("receipt-" + receipt.orderId() + (receipt.copy() ? "-copy" : "") + ".pdf");
    }

    @Override
    public void print(Receipt receipt, ReceiptWords words) throws PrintException {
        Path target = fileFor(folder, receipt);
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".receipt", ".pdf.part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                ReceiptPdf.write(receipt, words, fonts, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // the failure below is what matters
            }
            throw new PrintException(PrintProblem.NOT_SAVED, "Could not save the receipt PDF " + target, e);
        }
    }
}
