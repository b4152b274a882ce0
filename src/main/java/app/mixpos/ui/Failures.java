package app.mixpos.ui;

import app.mixpos.checkout.StoreException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed call to checkout into the sentence the cashier reads (what happened, what to do) and puts the
 * detail in the log. The raw exception text never reaches the screen.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final String KEEPS_HAPPENING = " Try again; if it keeps happening, tell the owner (details in the log).";

    private Failures() {
    }

    /** A charge that ended in an exception instead of a sale: nothing was shown, so nothing was charged. */
    public static String notCharged(Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("Charge failed; no QR was shown", cause);
        if (cause instanceof StoreException store && store.heldByAnotherProgram()) {
            return "Another program is holding the receipt log (a database browser or a backup): the sale was not"
                    + " started and nothing was charged. Close that program or finish what it is doing, then press"
                    + " Enter again.";
        }
        if (cause instanceof StoreException) {
            return "The receipt log could not be written: the sale was not started and nothing was charged."
                    + KEEPS_HAPPENING;
        }
        return "Something went wrong: the sale was not started and nothing was charged." + KEEPS_HAPPENING;
    }

    /** A cancel that failed: the sale is as it was, still open and still watched. */
    public static String notCancelled(String orderId, Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("Cancelling sale {} failed; it stays open", orderId, cause);
        String what = cause instanceof StoreException ? "The cancel could not be written to the receipt log"
                : "The sale could not be cancelled";
        return what + ": order " + orderId + " is still open and still watched, and the customer can still pay it."
                + KEEPS_HAPPENING;
    }

    /** A read of the receipt log (recent sales, a sale's history) that failed. */
    public static String notRead(String what, Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("Reading {} failed", what, cause);
        return "Could not read " + what + " from the receipt log." + KEEPS_HAPPENING;
    }

    /** "Check now" that ended in an exception rather than an answer: the sale is as it was, and still watched. */
    public static String notChecked(String orderId, Throwable error) {
        LOG.warn("Checking sale {} now failed", orderId, unwrap(error));
        return "MixPay did not answer. The sale is still being watched.";
    }

    /** The settings screen could not read the settings or the asset lists. */
    public static String settingsNotRead(Throwable error) {
        LOG.error("Reading the settings failed", unwrap(error));
        return "Could not read the settings." + KEEPS_HAPPENING;
    }

    /** The exception a future's {@link CompletionException} or {@link ExecutionException} wraps. */
    static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
