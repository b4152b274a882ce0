package app.mixpos.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The shop's receipts: who the shop is, which printer, and whether a paid sale prints by itself. Read from the same
 * flags, environment and settings file as {@link Settings}, kept apart from them so the till starts the same without.
 *
 * @param shopAddress the address lines, possibly none
 * @param autoPrint   print the customer's receipt when a sale is paid
 * @param paper       the ESC/POS printer's paper width
 */
public record ReceiptSettings(String shopName, List<String> shopAddress, Printer printer, boolean autoPrint,
                              Paper paper) {

    /** No shop name, no printer: receipts can still be asked for, and the cashier is told none is set up. */
    public static final ReceiptSettings NONE = new ReceiptSettings("", List.of(), Printer.NONE, false);

    public ReceiptSettings {
        shopName = shopName == null ? "" : shopName.strip();
        shopAddress = List.copyOf(shopAddress);
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(paper, "paper");
    }

    /** On 80 mm paper. */
    public ReceiptSettings(String shopName, List<String> shopAddress, Printer printer, boolean autoPrint) {
        this(shopName, shopAddress, printer, autoPrint, Paper.MM80);
    }

    /** A thermal printer's paper, and how many characters of its normal font a line holds. */
    public enum Paper {
        MM80(48), MM58(32);

        private final int columns;

        Paper(int columns) {
            this.columns = columns;
        }

        public int columns() {
            return columns;
        }
    }

    /** Where receipts go. */
    public record Printer(Kind kind, String host, int port, String target) {
        public static final Printer NONE = new Printer(Kind.NONE, null, 0, null);
        public static final int RAW_PORT = 9100;
    }

    /** The kinds of receipt printer. */
    public enum Kind { NONE, ESCPOS_TCP, ESCPOS_DEVICE, SYSTEM, PDF }

    /**
     * The receipt settings from flags, environment and the settings file in {@code dataDir}, highest first.
     *
     * @throws ConfigException naming the first setting that cannot be used
     */
    public static ReceiptSettings parse(List<String> args, Map<String, String> env, Path dataDir) {
        Sources sources = new Sources(CommandLine.parse(args), env, SettingsFile.read(dataDir), SettingsFile.in(dataDir));
        return new ReceiptSettings(
                sources.find(Option.SHOP_NAME).map(RawValue::text).orElse(""),
                sources.find(Option.SHOP_ADDRESS).map(r -> Arrays.stream(r.text().split("\\|")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList()).orElse(List.of()),
                sources.find(Option.RECEIPT_PRINTER).map(ReceiptSettings::printer).orElse(Printer.NONE),
                sources.find(Option.RECEIPT_AUTO_PRINT).map(Checks::bool).orElse(false),
                sources.find(Option.RECEIPT_PAPER).map(ReceiptSettings::paper).orElse(Paper.MM80));
    }

    static Paper paper(RawValue raw) {
        return switch (raw.text().strip().toLowerCase(Locale.ROOT).replace(" ", "")) {
            case "80mm", "80" -> Paper.MM80;
            case "58mm", "58" -> Paper.MM58;
            default -> throw raw.invalid("is not a paper width this app knows",
                    "use 80mm (48 characters a line) or 58mm (32).");
        };
    }

    static Printer printer(RawValue raw) {
        String text = raw.text().strip();
        int colon = text.indexOf(':');
        String kind = (colon < 0 ? text : text.substring(0, colon)).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? "" : text.substring(colon + 1).strip();
        String remedy = "use none, escpos-tcp:HOST[:PORT], escpos-device:PATH, system:NAME or pdf:FOLDER.";
        if (kind.equals("none") && rest.isEmpty()) {
            return Printer.NONE;
        }
        if (!List.of("escpos-tcp", "escpos-device", "system", "pdf").contains(kind)) {
            throw raw.invalid("is not a kind of receipt printer", remedy);
        }
        if (rest.isEmpty()) {
            throw raw.invalid("does not say which printer", remedy);
        }
        return switch (kind) {
            case "escpos-tcp" -> tcp(raw, rest, remedy);
            case "escpos-device" -> new Printer(Kind.ESCPOS_DEVICE, null, 0, rest);
            case "system" -> new Printer(Kind.SYSTEM, null, 0, rest);
            case "pdf" -> new Printer(Kind.PDF, null, 0, rest);
            default -> throw raw.invalid("is not a kind of receipt printer", remedy);
        };
    }

    private static Printer tcp(RawValue raw, String rest, String remedy) {
        int colon = rest.lastIndexOf(':');
        boolean bracketed = rest.startsWith("[");
        if (colon < 0 || bracketed && colon < rest.indexOf(']')) {
            return new Printer(Kind.ESCPOS_TCP, rest, Printer.RAW_PORT, null);
        }
        String host = rest.substring(0, colon);
        try {
            int port = Integer.parseInt(rest.substring(colon + 1));
            if (port < 1 || port > 65535 || host.isBlank()) {
                throw new NumberFormatException();
            }
            return new Printer(Kind.ESCPOS_TCP, host, port, null);
        } catch (NumberFormatException e) {
            throw raw.invalid("has no valid port (1 to 65535) after the printer's host", remedy);
        }
    }
}
