package app.mixpos.ui.receipt;

import app.mixpos.printing.PrintProblem;
import app.mixpos.printing.ReceiptWords;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What the screens ask of the receipt printer: print a sale's receipt (off the FX thread), and whether to unasked. */
public interface ReceiptDesk {

    /** No printer: every receipt asked for answers {@link PrintProblem#NOT_SET}. */
    ReceiptDesk NONE = new ReceiptDesk() {
        @Override
        public CompletableFuture<Optional<PrintProblem>> print(String orderId, boolean copy, ReceiptWords words) {
            return CompletableFuture.completedFuture(Optional.of(PrintProblem.NOT_SET));
        }

        @Override
        public boolean autoPrint() {
            return false;
        }

        @Override
        public boolean canPrint() {
            return false;
        }
    };

    /**
     * Prints the receipt of the sale as the receipt log holds it now; never completes exceptionally.
     *
     * @param copy a reprint: the receipt says COPY
     * @return empty when printed, else why not (the sale is unchanged either way)
     */
    CompletableFuture<Optional<PrintProblem>> print(String orderId, boolean copy, ReceiptWords words);

    /** True when a paid sale's receipt is printed without the cashier asking. */
    boolean autoPrint();

    /**
     * True when a printer (or a PDF folder) is set up, so the paid screen may offer P. Without one, P still answers,
     * with the sentence saying none is set up.
     */
    default boolean canPrint() {
        return true;
    }
}
