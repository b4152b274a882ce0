package app.mixpos.ui.receipt;

import app.mixpos.printing.ReceiptWords;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.text.Texts;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cashier's receipt key (P) on the paid screen and in recent sales: asks the desk to print and says how it went,
 * in a sentence from the bundle. A receipt that does not print leaves the sale as it was; P again prints it again.
 */
public final class ReceiptKey {

    private final ReceiptDesk desk;
    private final Texts texts;
    private final Executor fx;
    private final StringProperty message = new SimpleStringProperty("");
    private final Set<String> printedUnasked = new HashSet<>();
    private final ReceiptWords words;

    public ReceiptKey(ReceiptDesk desk, Texts texts, Executor fx) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.texts = texts;
        this.fx = fx;
        this.words = new ReceiptWords() {
            @Override
            public String get(String key, Object... args) {
                return texts.get(key, args);
            }

            @Override
            public Locale locale() {
                return texts.locale();
            }
        };
    }

    /** The last word on printing, for the paid screen; empty until a receipt is asked for. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Prints the sale's receipt ({@code copy}: a reprint) and says how it went in this key's message. */
    public void print(SaleSnapshot sale, boolean copy) {
        print(sale, copy, message::set);
    }

    /** The same, saying how it went to {@code say} (on the FX thread). */
    public void print(SaleSnapshot sale, boolean copy, Consumer<String> say) {
        if (sale == null) {
            return;
        }
        say.accept(texts.get("receipt.printing"));
        desk.print(sale.orderId(), copy, words).thenAcceptAsync(problem -> say.accept(problem
                .map(p -> texts.get("receipt.problem." + p.name())).orElseGet(() -> texts.get("receipt.printed"))), fx);
    }

    /**
     * A sale's result is on screen: a paid one prints by itself once when the owner set that up; otherwise the screen
     * offers the key, when there is a printer to offer.
     */
    public void resultShown(SaleSnapshot sale) {
        message.set(sale != null && sale.state().outcome().isPaid() && desk.canPrint() ? texts.get("receipt.hint")
                : "");
        if (sale != null && desk.autoPrint() && sale.state().outcome().isPaid() && printedUnasked.add(sale.orderId())) {
            print(sale, false);
        }
    }
}
