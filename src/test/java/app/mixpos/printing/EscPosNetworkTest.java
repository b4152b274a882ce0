package app.mixpos.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import java.awt.image.BufferedImage;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EscPosNetworkTest {

    private static final TestWords WORDS = new TestWords();

    @Test
    void aFakePrinterOnLoopbackReceivesTheReceiptsTextAndAQrOfTheExplorerLink() throws Exception {
        try (FakeEscPosPrinter printer = new FakeEscPosPrinter(false)) {
            new EscPosNetwork("127.0.0.1", printer.port(), ReceiptLayout.WIDE)
                    .print(Receipts.paidWithSurplus().asCopy(), WORDS);
            EscPosBytes printed = EscPosBytes.read(printer.bytes());

            assertThat(printed.lines).contains("COPY", "12 Market Street", "Thank you",
                    "Order" + " ".repeat(48 - 5 - 25) + "T7K2M-261202-140301-9QX4M");
            assertThat(String.join("\n", printed.lines)).contains("12.50 USD").contains("13.500131 USDT")
                    .contains("1.000010 USDT (refunded)").contains("Paid, overpaid").contains("Overpaid")
                    .contains(Receipts.TRACE.toString()).contains("2026-12-02 14:03:01 +01:00")
                    .contains("0x5f2c0a3b9d1e4f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c".substring(0, 48));
            assertThat(printed.cuts).isEqualTo(1);
            assertThat(printed.images).hasSize(1);
            assertThat(decode(printed)).isEqualTo(Receipts.EXPLORER);
        }
    }

    @Test
    void withoutATransactionTheReceiptSaysSoAndCarriesNoQr() throws Exception {
        try (FakeEscPosPrinter printer = new FakeEscPosPrinter(false)) {
            new EscPosNetwork("127.0.0.1", printer.port(), ReceiptLayout.NARROW)
                    .print(Receipts.paidWithoutTransaction(), WORDS);
            EscPosBytes printed = EscPosBytes.read(printer.bytes());
            assertThat(printed.images).isEmpty();
            assertThat(printed.lines).doesNotContain("COPY");
            assertThat(String.join("\n", printed.lines)).contains("0.00012345 BTC").contains("MixPay gave no transaction");
            assertThat(printed.lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(32));
        }
    }

    @Test
    void aChineseReceiptOn58mmPaperSendsEachLineTheCodePageCannotHoldAsAnImageOfThatLine() throws Exception {
        TestWords chinese = new TestWords(app.mixpos.ui.text.Texts.of(java.util.Locale.SIMPLIFIED_CHINESE));
        Receipt receipt = Receipts.withShop(Receipts.paidWithSurplus(), "街角咖啡", java.util.List.of("12 Market Street"));
        try (FakeEscPosPrinter printer = new FakeEscPosPrinter(false)) {
            new EscPosNetwork("127.0.0.1", printer.port(), ReceiptLayout.NARROW).print(receipt, chinese);
            EscPosBytes printed = EscPosBytes.read(printer.bytes());

            java.util.List<ReceiptLayout.Line> laid = ReceiptLayout.lines(receipt, chinese, ReceiptLayout.NARROW);
            java.nio.charset.CharsetEncoder cp437 = java.nio.charset.Charset.forName("IBM437").newEncoder();
            java.util.List<String> asText = laid.stream().filter(l -> l.kind() != ReceiptLayout.Kind.QR
                    && l.kind() != ReceiptLayout.Kind.BLANK && cp437.canEncode(l.text())).map(ReceiptLayout.Line::text)
                    .toList();
            java.util.List<ReceiptLayout.Line> asImage = laid.stream().filter(l -> l.kind() != ReceiptLayout.Kind.QR
                    && l.kind() != ReceiptLayout.Kind.BLANK && !cp437.canEncode(l.text())).toList();
            assertThat(asImage).extracting(ReceiptLayout.Line::text).contains("街角咖啡", chinese.get("receipt.thanks"))
                    .anyMatch(t -> t.startsWith(chinese.get("receipt.order")) && t.endsWith(receipt.orderId()));
            assertThat(printed.lines.stream().filter(l -> !l.isEmpty())).containsExactlyElementsOf(asText)
                    .contains("12 Market Street")
                    .allSatisfy(l -> assertThat(l).matches("[\\x20-\\x7e]*"));
            assertThat(printed.images).hasSize(asImage.size() + 1);
            int qr = -1;
            int nextLine = 0;
            for (int i = 0; i < printed.images.size(); i++) {
                BufferedImage img = printed.images.get(i);
                assertThat(img.getWidth()).isLessThanOrEqualTo(ReceiptLayout.NARROW * ReceiptLayout.DOTS_PER_COLUMN);
                if (img.getHeight() > 2 * TextBitmap.LINE_DOTS) {
                    qr = i;
                    continue;
                }
                assertThat(same(img, TextBitmap.of(asImage.get(nextLine), 384)))
                        .as("image %d is line %s", i, asImage.get(nextLine).text()).isTrue();
                nextLine++;
            }
            assertThat(nextLine).isEqualTo(asImage.size());
            assertThat(decode(printed.images.get(qr))).isEqualTo(Receipts.EXPLORER);
        }
    }

    @Test
    void chineseCountsAsTwoColumnsSoNoLaidOutLineIsWiderThanThePaper() {
        TestWords chinese = new TestWords(app.mixpos.ui.text.Texts.of(java.util.Locale.SIMPLIFIED_CHINESE));
        Receipt receipt = Receipts.withShop(Receipts.paidWithSurplus(), "街角咖啡店 上海市南京东路一号 朝阳区最好的咖啡与茶与点心",
                java.util.List.of("上海市南京东路一号二楼靠窗的那一家咖啡店请上楼"));
        for (int width : new int[] {ReceiptLayout.NARROW, ReceiptLayout.WIDE}) {
            for (ReceiptLayout.Line l : ReceiptLayout.lines(receipt, chinese, width)) {
                if (l.kind() != ReceiptLayout.Kind.QR && l.kind() != ReceiptLayout.Kind.TITLE) {
                    assertThat(ReceiptLayout.columns(l.text())).as(l.text()).isLessThanOrEqualTo(width);
                }
            }
        }
        assertThat(ReceiptLayout.columns("订单 Order")).isEqualTo(10);
        assertThat(ReceiptLayout.columns("ｱｲ１２")).isEqualTo(6);
        assertThat(ReceiptLayout.cut("上海市南京东路", 5)).containsExactly("上海", "市南", "京东", "路");
    }

    private static boolean same(BufferedImage printed, BufferedImage drawn) {
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                boolean black = (drawn.getRGB(x, y) & 0xff) < 128;
                boolean got = x < printed.getWidth() && y < printed.getHeight() && (printed.getRGB(x, y) & 0xff) == 0;
                if (black != got) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aPrinterOutOfPaperIsSentNothingAndSaysSo() throws Exception {
        try (FakeEscPosPrinter printer = new FakeEscPosPrinter(true)) {
            assertThatThrownBy(() -> new EscPosNetwork("127.0.0.1", printer.port(), ReceiptLayout.WIDE)
                    .print(Receipts.paidWithSurplus(), WORDS))
                    .isInstanceOfSatisfying(PrintException.class,
                            e -> assertThat(e.problem()).isEqualTo(PrintProblem.PAPER_OUT));
            assertThat(printer.bytes()).containsExactly(0x10, 0x04, 0x04);
        }
    }

    @Test
    void aPrinterThatIsOffIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        EscPosNetwork off = new EscPosNetwork("127.0.0.1", closedPort, ReceiptLayout.WIDE, Duration.ofSeconds(1),
                Duration.ofMillis(200), Duration.ofSeconds(2));
        assertThatThrownBy(() -> off.print(Receipts.paidWithSurplus(), WORDS))
                .isInstanceOfSatisfying(PrintException.class,
                        e -> assertThat(e.problem()).isEqualTo(PrintProblem.UNREACHABLE));
    }

    static String decode(EscPosBytes printed) throws Exception {
        return decode(printed.images.get(0));
    }

    static String decode(BufferedImage img) throws Exception {
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
    }
}
