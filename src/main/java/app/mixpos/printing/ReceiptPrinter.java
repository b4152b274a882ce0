package app.mixpos.printing;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints customers' receipts off the caller's thread. A receipt that does not print changes nothing about the sale:
 * the answer is the problem's code (for the cashier's sentence), the detail goes to the log, and the same receipt can
 * be printed again.
 */
public final class ReceiptPrinter {


    private final ReceiptOutput output;
    private final Executor executor;

    /** @param output where receipts go; null when no printer is set up */
    public ReceiptPrinter(ReceiptOutput output, Executor executor) {
        this.output = output;
        this.executor = executor;
    }

    public boolean isSetUp() {
        return output != null;
    }

    /** Completes with nothing when printed, or with why not; never exceptionally. */
    public CompletableFuture<Optional<PrintProblem>> print(Receipt receipt, ReceiptWords words) {
        if (output == null) {
            return CompletableFuture.completedFuture(Optional.of(PrintProblem.NOT_SET));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                output.print(receipt, words);
                log().info("Receipt for {} printed{}", receipt.orderId(), receipt.copy() ? " (copy)" : "");
                return Optional.<PrintProblem>empty();
            } catch (PrintException e) {
                log().warn("Receipt for {} not printed ({}): {}", receipt.orderId(), e.problem(), e.getMessage(), e);
                return Optional.of(e.problem());
            } catch (RuntimeException e) {
                log().error("Receipt for {} not printed: the printer's code failed", receipt.orderId(), e);
                return Optional.of(PrintProblem.FAILED);
            }
        }, executor);
    }

    /** Looked up when first used: a logger made while the first frame is being built would start Logback then. */
    private static Logger log() {
        return LoggerFactory.getLogger(ReceiptPrinter.class);
    }
}
