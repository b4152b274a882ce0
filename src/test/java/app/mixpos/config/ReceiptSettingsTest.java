package app.mixpos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptSettingsTest {

    @TempDir
    Path dataDir;

    private ReceiptSettings parse(String... args) {
        return ReceiptSettings.parse(List.of(args), Map.of(), dataDir);
    }

    @Test
    void withNothingSetThereIsNoPrinterAndNoShop() {
        assertThat(parse()).isEqualTo(ReceiptSettings.NONE);
    }

    @Test
    void theShopAndPrinterComeFromFlagsEnvironmentAndTheSettingsFileHighestFirst() throws Exception {
        Files.writeString(dataDir.resolve("settings.properties"),
                "shopName=Corner Café\nshopAddress=12 Market St | Springfield\nreceiptPrinter=pdf:/tmp/r\n"
                        + "receiptAutoPrint=true\n");
        ReceiptSettings fromFile = parse();
        assertThat(fromFile.shopName()).isEqualTo("Corner Café");
        assertThat(fromFile.shopAddress()).containsExactly("12 Market St", "Springfield");
        assertThat(fromFile.printer()).isEqualTo(new ReceiptSettings.Printer(ReceiptSettings.Kind.PDF, null, 0, "/tmp/r"));
        assertThat(fromFile.autoPrint()).isTrue();

        ReceiptSettings env = ReceiptSettings.parse(List.of(), Map.of("MIXPAY_POS_RECEIPT_PRINTER", "system:Front desk"),
                dataDir);
        assertThat(env.printer()).isEqualTo(new ReceiptSettings.Printer(ReceiptSettings.Kind.SYSTEM, null, 0,
                "Front desk"));
        ReceiptSettings flag = ReceiptSettings.parse(List.of("--receipt-printer", "escpos-tcp:10.0.0.7"),
                Map.of("MIXPAY_POS_RECEIPT_PRINTER", "system:Front desk"), dataDir);
        assertThat(flag.printer()).isEqualTo(new ReceiptSettings.Printer(ReceiptSettings.Kind.ESCPOS_TCP, "10.0.0.7",
                9100, null));
    }

    @Test
    void theKindsOfPrinterAreRead() {
        assertThat(parse("--receipt-printer", "escpos-tcp:printer.local:9101").printer())
                .isEqualTo(new ReceiptSettings.Printer(ReceiptSettings.Kind.ESCPOS_TCP, "printer.local", 9101, null));
        assertThat(parse("--receipt-printer", "escpos-device:/dev/usb/lp0").printer())
                .isEqualTo(new ReceiptSettings.Printer(ReceiptSettings.Kind.ESCPOS_DEVICE, null, 0, "/dev/usb/lp0"));
        assertThat(parse("--receipt-printer", "none").printer()).isEqualTo(ReceiptSettings.Printer.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "laser; is not a kind of receipt printer",
            "escpos-tcp:; does not say which printer",
            "escpos-tcp:host:99999; has no valid port",
            "escpos-tcp:host:abc; has no valid port",
            "pdf; does not say which printer"})
    void aPrinterSettingThatCannotBeUsedSaysWhatIsWrongAndWhatToDo(String value, String problem) {
        assertThatThrownBy(() -> parse("--receipt-printer", value)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--receipt-printer \"" + value + "\" " + problem)
                .hasMessageContaining("use none, escpos-tcp:HOST[:PORT], escpos-device:PATH, system:NAME or pdf:FOLDER.");
    }

    @Test
    void autoPrintMustBeTrueOrFalse() {
        assertThatThrownBy(() -> parse("--receipt-auto-print", "yes")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("is not true or false");
    }

    @Test
    void thePaperIs80mmUnlessSaid58mmAndAnythingElseSaysWhatToUse() {
        assertThat(parse().paper()).isEqualTo(ReceiptSettings.Paper.MM80);
        assertThat(parse("--receipt-paper", "58mm").paper().columns()).isEqualTo(32);
        assertThat(parse("--receipt-paper", "80 mm").paper().columns()).isEqualTo(48);
        assertThatThrownBy(() -> parse("--receipt-paper", "57mm")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("--receipt-paper \"57mm\" is not a paper width this app knows")
                .hasMessageContaining("use 80mm (48 characters a line) or 58mm (32).");
    }
}
