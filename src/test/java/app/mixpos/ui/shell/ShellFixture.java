package app.mixpos.ui.shell;

import app.mixpos.checkout.CheckoutService;
import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.till.TillModel;
import app.mixpos.ui.SoundCue;
import app.mixpos.ui.payment.PaymentViewModel;
import app.mixpos.ui.text.Texts;
import app.mixpos.ui.till.TillFx;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;

/**
 * The pieces {@code PosWindow} wires around a checkout (the till model, its FX adapter, the navigator, the warnings
 * and the payment screen's cancel) without the toolkit's window, for view-model tests.
 */
public final class ShellFixture {

    public final TillModel model;
    public final TillFx till;
    public final Navigator nav;
    public final Warnings warnings = new Warnings();
    public final PaymentViewModel payment;

    public ShellFixture(CheckoutService checkout, Executor fx, SoundCue sounds) {
        model = new TillModel(checkout);
        till = new TillFx(model, fx, sounds);
        nav = new Navigator(till);
        payment = new PaymentViewModel(till, nav, checkout, warnings, fx);
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return nav.screenProperty();
    }

    public ReadOnlyObjectProperty<Screen> returnToProperty() {
        return nav.returnToProperty();
    }

    /** The sale on the payment or result screen: the one facing the customer. */
    public ReadOnlyObjectProperty<SaleSnapshot> currentProperty() {
        return till.facingProperty();
    }

    public ReadOnlyObjectProperty<ConnectionHealth> healthProperty() {
        return till.healthProperty();
    }

    public ObservableList<SaleSnapshot> notices() {
        return till.unacknowledged();
    }

    public ObservableList<String> warnings() {
        return warnings.list();
    }

    /** The reachability line above the screens, as the banner words it. */
    public String reachability() {
        return Reachability.sentence(Texts.english(), till.healthProperty().get());
    }

    /** The receipt-log-held line above the screens, as the banner words it; empty when not held. */
    public String logHeld() {
        return till.receiptLogHeldProperty().get() ? Banners.logHeld(Texts.english()) : "";
    }

    public void showSale(SaleSnapshot sale) {
        nav.showSale(sale);
    }

    /** The payment screen's cancel, confirmed. */
    public void cancelCurrent() {
        payment.askCancel();
        payment.confirmCancel();
    }

    public void leaveResult() {
        nav.leaveResult();
    }

    public void open(Screen target) {
        nav.open(target);
    }

    public void openNotice(SaleSnapshot notice) {
        nav.openNotice(notice);
    }

    public void dismissNotice(SaleSnapshot notice) {
        till.acknowledge(notice.orderId());
    }

    public void dispose() {
        till.dispose();
        model.close();
    }
}
