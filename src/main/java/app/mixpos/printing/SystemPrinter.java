package app.mixpos.printing;

import app.mixpos.export.PdfFonts;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Any printer the operating system knows (CUPS, Windows, macOS), found by name through {@code javax.print}: the
 * receipt's PDF page is printed as it is (PDFBox's {@link PDFPageable}).
 */
public final class SystemPrinter implements ReceiptOutput {

    private final String name;
    private final PdfFonts fonts;

    public SystemPrinter(String name, PdfFonts fonts) {
        this.name = name;
        this.fonts = fonts;
    }

    @Override
    public void print(Receipt receipt, ReceiptWords words) throws PrintException {
        PrintService service = find(name).orElseThrow(() -> new PrintException(PrintProblem.NO_PRINTER,
                "No system printer named \"" + name + "\"; this computer has "
                        + Arrays.toString(names()), null));
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            ReceiptPdf.write(receipt, words, fonts, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setPrintService(service);
                job.setJobName("Receipt " + receipt.orderId());
                job.setPageable(new PDFPageable(doc));
                job.print();
            }
        } catch (IOException | PrinterException e) {
            throw new PrintException(PrintProblem.FAILED, "The system printer \"" + name + "\" refused the receipt", e);
        }
    }

    static Optional<PrintService> find(String name) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equalsIgnoreCase(name)).findFirst();
    }

    static String[] names() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName)
                .toArray(String[]::new);
    }
}
