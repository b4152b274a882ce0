package app.mixpos.wiring;

import app.mixpos.config.ReceiptSettings;
import app.mixpos.export.PdfFonts;
import app.mixpos.printing.EscPosDevice;
import app.mixpos.printing.EscPosNetwork;
import app.mixpos.printing.PdfFolder;
import app.mixpos.printing.PrintProblem;
import app.mixpos.printing.ReceiptFacts;
import app.mixpos.printing.ReceiptOutput;
import app.mixpos.printing.ReceiptPrinter;
import app.mixpos.printing.ReceiptWords;
import app.mixpos.printing.SystemPrinter;
import app.mixpos.records.SaleRecords;
import app.mixpos.ui.receipt.ReceiptDesk;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The screens' receipt desk: reads the sale and its history from the records, lays out the receipt and prints it. */
public final class PrintingDesk implements ReceiptDesk {


    private final SaleRecords records;
    private final ReceiptSettings settings;
    private final ReceiptPrinter printer;
    private final ZoneId zone;

    public PrintingDesk(SaleRecords records, ReceiptSettings settings, ReceiptPrinter printer, ZoneId zone) {
        this.records = records;
        this.settings = settings;
        this.printer = printer;
        this.zone = zone;
    }

    /** The desk for these settings, printing on {@code executor} (never the FX thread). */
    public static PrintingDesk of(SaleRecords records, ReceiptSettings settings, Executor executor) {
        return new PrintingDesk(records, settings, new ReceiptPrinter(output(settings.printer(),
                settings.paper().columns()), executor),
                ZoneId.systemDefault());
    }

    /** Where receipts go for this printer setting; null for none. */
    static ReceiptOutput output(ReceiptSettings.Printer p, int columns) {
        return switch (p.kind()) {
            case NONE -> null;
            case ESCPOS_TCP -> new EscPosNetwork(p.host(), p.port(), columns);
            case ESCPOS_DEVICE -> new EscPosDevice(Path.of(p.target()), columns, Duration.ofSeconds(10));
            case SYSTEM -> new SystemPrinter(p.target(), PdfFonts.dejaVu());
            case PDF -> new PdfFolder(Path.of(p.target()), PdfFonts.dejaVu());
        };
    }

    @Override
    public CompletableFuture<Optional<PrintProblem>> print(String orderId, boolean copy, ReceiptWords words) {
        ReceiptFacts.Shop shop = new ReceiptFacts.Shop(settings.shopName(), settings.shopAddress());
        return records.find(orderId).thenCombine(records.history(orderId), (sale, history) -> sale
                        .map(s -> ReceiptFacts.of(s, history, shop, zone, copy)).orElseThrow())
                .thenCompose(receipt -> printer.print(receipt, words))
                .exceptionally(e -> {
                    log().warn("The receipt of {} could not be made from the receipt log", orderId, e);
                    return Optional.of(PrintProblem.FAILED);
                });
    }

    @Override
    public boolean autoPrint() {
        return settings.autoPrint();
    }

    @Override
    public boolean canPrint() {
        return settings.printer().kind() != ReceiptSettings.Kind.NONE;
    }

    /** Looked up when first used: a logger made while the first frame is being built would start Logback then. */
    private static Logger log() {
        return LoggerFactory.getLogger(PrintingDesk.class);
    }
}
