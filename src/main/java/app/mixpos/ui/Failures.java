package app.mixpos.ui;

import app.mixpos.checkout.StoreException;
import app.mixpos.ui.text.Texts;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed call to checkout into the sentence the cashier reads (what happened, what to do) and puts the
 * detail in the log. The raw exception text never reaches the screen. The one-argument forms speak English.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** A charge that ended in an exception instead of a sale: nothing was shown, so nothing was charged. */
    public static String notCharged(Throwable error) {
        return notCharged(Texts.english(), error);
    }

    public static String notCharged(Texts texts, Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("Charge failed; no QR was shown", cause);
        if (cause instanceof StoreException store && store.heldByAnotherProgram()) {
            return texts.get("failure.charge.held");
        }
        return keepsHappening(texts, texts.get(cause instanceof StoreException
                ? "failure.charge.store" : "failure.charge.other"));
    }

    /** A cancel that failed: the sale is as it was, still open and still watched. */
    public static String notCancelled(String orderId, Throwable error) {
        return notCancelled(Texts.english(), orderId, error);
    }

    public static String notCancelled(Texts texts, String orderId, Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("Cancelling sale {} failed; it stays open", orderId, cause);
        return keepsHappening(texts, texts.get(cause instanceof StoreException
                ? "failure.cancel.store" : "failure.cancel.other", orderId));
    }

    /**
     * A read of the receipt log (recent sales, a sale's history) that failed.
     *
     * @param what what could not be read, in words, e.g. "the recent sales"
     */
    public static String notRead(Texts texts, String what, Throwable error) {
        Throwable cause = unwrap(error);
        LOG.error("Reading {} failed", what, cause);
        return keepsHappening(texts, texts.get("failure.read", what));
    }

    /**
     * A read from the store database that failed (store mode): the store is down, slow or refuses the till. The till's
     * own sales are still there; the detail goes to the log.
     */
    public static String notReadFromStore(Texts texts, String what, Throwable error) {
        Throwable cause = unwrap(error);
        LOG.warn("Reading {} from the store failed", what, cause);
        return texts.get("store.failure.read", what);
    }

    /** "Check now" that ended in an exception rather than an answer: the sale is as it was, and still watched. */
    public static String notChecked(Texts texts, String orderId, Throwable error) {
        LOG.warn("Checking sale {} now failed", orderId, unwrap(error));
        return texts.get("failure.check");
    }

    /** The settings screen could not read the settings or the asset lists. */
    public static String settingsNotRead(Texts texts, Throwable error) {
        LOG.error("Reading the settings failed", unwrap(error));
        return keepsHappening(texts, texts.get("failure.settings"));
    }

    private static String keepsHappening(Texts texts, String sentence) {
        return sentence + " " + texts.get("failure.keepsHappening");
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
