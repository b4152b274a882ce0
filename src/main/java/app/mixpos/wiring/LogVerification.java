package app.mixpos.wiring;

import app.mixpos.config.Settings;
import app.mixpos.receipts.ChainCheck;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.receipts.ReceiptLogException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code --verify-log}: checks the receipt log's hash chain without opening it for writing, and the words
 * for what was found. No logger here: the command runs before (and without) the app's logging.
 */
public final class LogVerification {

    private LogVerification() {
    }

    /** The receipt log's file: training sales are kept apart from real ones. */
    public static Path fileFor(Settings settings) {
        return settings.dataDir().resolve(settings.training() ? "training-receipts.sqlite" : "receipts.sqlite");
    }

    /**
     * Checks the log these settings use and prints one line.
     *
     * @return 0 when the chain is intact, 1 when it is broken or the file cannot be checked
     */
    public static int run(Settings settings, PrintStream out) {
        Path file = fileFor(settings);
        try {
            ChainCheck check = ReceiptLog.verifyFile(file);
            out.println(describe(file, check));
            return check.isIntact() ? 0 : 1;
        } catch (ReceiptLogException e) {
            out.println("Receipt log " + file + ": not checked. " + e.getMessage());
            return 1;
        }
    }

    /** E.g. {@code Receipt log /…/receipts.sqlite: 12 events, chain intact.} */
    public static String describe(Path file, ChainCheck check) {
        if (check.isIntact()) {
            return "Receipt log " + file + ": " + check.events() + " events, chain intact.";
        }
        return "Receipt log " + file + ": chain broken at " + where(check) + " (" + check.problem() + ").";
    }

    /** {@code event 12}, or {@code Z report 3 of till T1} when the events are intact and a Z is not. */
    public static String where(ChainCheck check) {
        return check.firstBadEvent() == 0 && check.firstBadZ() > 0
                ? "Z report " + check.firstBadZ() + " of till " + check.tillId()
                : "event " + check.firstBadEvent();
    }
}
