package app.mixpos.ui.customerdisplay;

import app.mixpos.checkout.TaskScheduler;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.Format;
import app.mixpos.ui.SoundCue;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.till.TillFx;
import app.mixpos.till.TillModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the customer display shows, in the customer's words: it observes the same {@link TillModel} as the cashier's
 * window (the sale facing the customer) and asks nobody anything itself.
 *
 * <ul>
 *     <li>No sale facing the customer: {@link Phase#IDLE}, the shop's name and a welcome.</li>
 *     <li>A sale open: {@link Phase#PAYING}, its amount, its QR and MixPay's status in the customer's words.</li>
 *     <li>That sale paid, or ended unpaid: {@link Phase#PAID} or {@link Phase#NOT_PAID} for {@code resultFor}
 *     (on the injected scheduler), or until the next sale faces the customer, then idle again. A result the
 *     customer did not see being paid (the cashier opening an old sale) is not shown: the display goes idle.</li>
 *     <li>The cashier leaving an open sale's QR (a cancel, another screen): idle at once, no QR left up.</li>
 * </ul>
 * Use on the FX thread; {@code fx} is the way onto it.
 */
public final class CustomerDisplayModel {

    /** What the display shows. */
    public enum Phase { IDLE, PAYING, PAID, NOT_PAID }

    /** How long the thanks (or "not paid") stay up once the sale has ended, unless the next sale starts first. */
    public static final Duration RESULT_FOR = Duration.ofSeconds(8);

    private final Texts texts;
    private final TillFx till;
    private final TaskScheduler timer;
    private final Executor fx;
    private final Duration resultFor;
    private final String title;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper orderId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tone = new ReadOnlyStringWrapper("neutral");
    private TaskScheduler.Cancellable pending;
    private long generation;

    /**
     * @param model     the till, as the cashier's window observes it
     * @param texts     the customer's language (not necessarily the cashier's)
     * @param title     the shop's name shown when idle; empty for none
     * @param fx        runs a task on the FX thread ({@code FxThread.EXECUTOR})
     * @param timer     counts the time a result stays up
     * @param resultFor that time
     */
    public CustomerDisplayModel(TillModel model, Texts texts, String title, Executor fx, TaskScheduler timer,
                                Duration resultFor) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.resultFor = Objects.requireNonNull(resultFor, "resultFor");
        this.title = title == null ? "" : title.strip();
        till = new TillFx(model, fx, SoundCue.SILENT);
        till.facingProperty().addListener((obs, old, now) -> facing(now));
        facing(till.facingProperty().get());
    }

    private void facing(SaleSnapshot s) {
        if (s == null) {
            if (phase.get() == Phase.PAYING) {
                idle();
            }
            return;
        }
        Outcome outcome = s.state().outcome();
        if (!outcome.isSettledForCashier()) {
            paying(s);
        } else if (phase.get() != Phase.IDLE && s.orderId().equals(orderId.get())) {
            ended(s);
        } else if (phase.get() != Phase.IDLE) {
            // another sale's result in front of the till (opened from recent sales): no longer this one's thanks
            idle();
        }
    }

    private void paying(SaleSnapshot s) {
        stopTimer();
        orderId.set(s.orderId());
        amount.set(Format.money(texts, s.sale().amount()));
        String paymentLink = s.sale().paymentLink();
        link.set(paymentLink == null ? "" : paymentLink);
        status.set(statusWords(texts, s.state(), paymentLink != null));
        tone.set(switch (s.state().status().kind()) {
            case PAID_LESS -> "warn";
            case CONFIRMING, PENDING, AUDITING, SUCCESS, FAILED -> "progress";
            default -> "neutral";
        });
        detail.set("");
        phase.set(Phase.PAYING);
    }

    /** The status of an open sale as the customer reads it. */
    public static String statusWords(Texts texts, SaleState state, boolean hasLink) {
        if (!hasLink) {
            return texts.get("display.preparing");
        }
        return switch (state.status().kind()) {
            case UNPAID, UNKNOWN -> texts.get("display.scan");
            case CONFIRMING, PENDING, AUDITING, SUCCESS, FAILED -> texts.get("display.seen");
            case PAID_LESS -> texts.get("display.underpaid", Format.money(texts, state.stillDue(), state.payableSymbol()));
        };
    }

    private void ended(SaleSnapshot s) {
        boolean paid = s.state().outcome().isPaid();
        Phase next = paid ? Phase.PAID : Phase.NOT_PAID;
        link.set("");
        status.set(texts.get(paid ? "display.paid" : "display.notPaid"));
        tone.set(paid ? "paid" : "failed");
        BigDecimal surplus = s.state().surplusAmount();
        detail.set(paid && s.state().outcome() == Outcome.PAID_SURPLUS && surplus != null && surplus.signum() > 0
                && s.state().surplusStatus() != SurplusStatus.NO
                ? texts.get("display.surplus", Format.money(texts, surplus, s.state().payableSymbol())) : "");
        if (phase.get() != next) {
            phase.set(next);
            stopTimer();
            long mine = generation;
            pending = timer.schedule(resultFor, () -> fx.execute(() -> resultShown(mine)));
        }
    }

    private void resultShown(long which) {
        if (which == generation && (phase.get() == Phase.PAID || phase.get() == Phase.NOT_PAID)) {
            idle();
        }
    }

    private void idle() {
        stopTimer();
        orderId.set("");
        amount.set("");
        link.set("");
        status.set("");
        detail.set("");
        tone.set("neutral");
        phase.set(Phase.IDLE);
    }

    private void stopTimer() {
        generation++;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** Stops observing the till. */
    public void dispose() {
        stopTimer();
        till.dispose();
    }

    public Texts texts() {
        return texts;
    }

    /** The shop's name, or the bundle's welcome when none is set. */
    public String title() {
        return title.isEmpty() ? texts.get("display.welcome") : title;
    }

    /** The line under the title: a welcome under the shop's name, or how to pay when the title is the welcome. */
    public String welcome() {
        return title.isEmpty() ? texts.get("display.welcome.detail") : texts.get("display.welcome");
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The order id of the sale shown, empty when idle. */
    public ReadOnlyStringProperty orderIdProperty() {
        return orderId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    /** The payment link the QR shows; empty when no QR is up. */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A second line under a result (a surplus being refunded); empty for none. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The status's tone: neutral, progress, warn, paid or failed (a style class suffix). */
    public ReadOnlyStringProperty toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
