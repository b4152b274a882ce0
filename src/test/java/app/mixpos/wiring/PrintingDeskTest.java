package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.ReceiptSettings;
import app.mixpos.printing.PrintProblem;
import app.mixpos.printing.ReceiptPrinter;
import app.mixpos.printing.ReceiptWords;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.SaleRecords;
import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleEvent;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.text.Texts;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The receipt desk on a real receipt log: what it prints comes from the log, and a failed print changes no sale. */
class PrintingDeskTest {

    private static final ReceiptWords WORDS = new ReceiptWords() {
        @Override
        public String get(String key, Object... args) {
            return Texts.english().get(key, args);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }
    };

    @TempDir
    Path dir;

    private SaleSnapshot paidSale(ReceiptLog log) {
        Instant at = Instant.parse("2026-12-02T10:00:00Z");
        Sale sale = new Sale("T1-261202-100000-ABCDE", UUID.randomUUID(), new Amount(new BigDecimal("12.50"),
                QuoteAsset.USD), "4d8c508b-91c5-375b-92b0-ee702ed2dac5", "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f", null,
                LinkMode.ONE_TIME, "https://mixpay.me/code/x", at, at.plusSeconds(900), "T1");
        SaleSnapshot s = log.insert(new SaleSnapshot(sale, SaleState.creating(at)));
        s = log.update(s.with(s.state().opened(at)), SaleEvent.LINK_CREATED, "");
        return log.update(s.with(new SaleState(Outcome.PAID, PaymentStatus.of("success"), null,
                new BigDecimal("12.500131"), new BigDecimal("12.500131"), "USDT", null, SurplusStatus.NO,
                FailureCode.NONE, List.of(), at.plusSeconds(30))), SaleEvent.STATUS,
                "{\"code\":0,\"success\":true,\"data\":{\"status\":\"success\",\"txid\":\"0xfeed\","
                        + "\"blockExplorerUrl\":\"https://etherscan.io/tx/0xfeed\"}}");
    }

    @Test
    void anUnreachablePrinterGivesTheProblemAndLeavesTheSaleAsItWas() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("r.sqlite"), "T1")) {
            SaleSnapshot paid = paidSale(log);
            List<SaleEvent> before = log.events(paid.orderId());
            var io = Executors.newSingleThreadExecutor();
            try {
                PrintingDesk desk = PrintingDesk.of(new SaleRecords(LogPages.queries(log), io),
                        new ReceiptSettings("Shop", List.of(), new ReceiptSettings.Printer(ReceiptSettings.Kind.ESCPOS_TCP,
                                "127.0.0.1", closed, null), false), io);
                Optional<PrintProblem> problem = desk.print(paid.orderId(), false, WORDS).get(10, TimeUnit.SECONDS);
                assertThat(problem).contains(PrintProblem.UNREACHABLE);
                assertThat(Texts.english().get("receipt.problem." + problem.orElseThrow().name()))
                        .startsWith("The receipt printer does not answer.").contains("press P to print again");
            } finally {
                io.shutdownNow();
            }
            SaleSnapshot after = log.byOrderId(paid.orderId()).orElseThrow();
            assertThat(after.version()).isEqualTo(paid.version());
            assertThat(after.state()).isEqualTo(paid.state());
            assertThat(log.events(paid.orderId())).isEqualTo(before);
        }
    }

    @Test
    void aReprintFromTheLogSaysCopyAndCarriesMixPaysTransaction() throws Exception {
        Path folder = dir.resolve("receipts");
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("r.sqlite"), "T1")) {
            SaleSnapshot paid = paidSale(log);
            var io = Executors.newSingleThreadExecutor();
            try {
                PrintingDesk desk = new PrintingDesk(new SaleRecords(LogPages.queries(log), io),
                        new ReceiptSettings("Corner Café", List.of("12 Market St"), new ReceiptSettings.Printer(
                                ReceiptSettings.Kind.PDF, null, 0, folder.toString()), false),
                        new ReceiptPrinter(PrintingDesk.output(new ReceiptSettings.Printer(ReceiptSettings.Kind.PDF, null,
                                0, folder.toString()), 48), io), ZoneId.of("UTC"));
                assertThat(desk.print(paid.orderId(), true, WORDS).get(20, TimeUnit.SECONDS)).isEmpty();
            } finally {
                io.shutdownNow();
            }
        }
        Path pdf = folder.resolve("receipt-T1-261202-100000-ABCDE-copy.pdf");
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("COPY").contains("Corner Café")
                    .contains("12.50 USD").contains("12.500131 USDT").contains("0xfeed")
                    .contains("2026-12-02 10:00:00 UTC");
        }
    }
}
