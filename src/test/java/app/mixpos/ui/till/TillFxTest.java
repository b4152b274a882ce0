package app.mixpos.ui.till;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.till.TillModel;
import app.mixpos.ui.FakeCheckout;
import app.mixpos.ui.Sales;
import app.mixpos.ui.RecordingSounds;
import app.mixpos.ui.SoundCue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The till model on the FX side: states in order whatever way they arrive, and a sound per announcement. */
class TillFxTest {

    /** Holds tasks until run, as the FX queue does for changes from other threads. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final Executor later = queued::add;
    private final FakeCheckout checkout = new FakeCheckout();
    private final TillModel model = new TillModel(checkout);
    private final List<String> sounds = new ArrayList<>();
    private final SoundCue cue = RecordingSounds.into(sounds);

    private void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void whatTheCashierDoesShowsAtOnceAndAnOlderStateArrivingAfterwardsIsSkipped() {
        TillFx till = new TillFx(model, later, cue);
        runQueued();
        SaleSnapshot paid = Sales.outcome(Sales.open("10"), Outcome.PAID, "success");
        checkout.push(paid);
        assertThat(till.unacknowledged()).as("not on the FX thread yet").isEmpty();

        till.face(paid);

        assertThat(till.facingProperty().get()).isEqualTo(paid);
        assertThat(till.unacknowledged()).isEmpty();
        assertThat(sounds).as("the announcement in the state shown rings").containsExactly("paid");
        runQueued();
        assertThat(till.facingProperty().get()).isEqualTo(paid);
        assertThat(till.unacknowledged()).as("the queued older state is skipped").isEmpty();
        assertThat(sounds).containsExactly("paid");
    }

    @Test
    void everyAnnouncementRingsOnceAndANoticeAppearsForASaleAwayFromTheCustomer() {
        TillFx till = new TillFx(model, Runnable::run, cue);
        SaleSnapshot s = Sales.open("10");
        till.face(s);
        checkout.push(Sales.failed(s, "40000"));
        till.face(null);
        SaleSnapshot other = Sales.mismatch(Sales.open("20"), app.mixpos.sale.Reason.mismatch(app.mixpos.sale.Reason.MismatchField.PAYEE, Sales.PAYEE, "another"));
        checkout.push(other);

        assertThat(sounds).containsExactly("failed", "failed");
        assertThat(till.unacknowledged()).containsExactly(other);

        till.acknowledge(other.orderId());
        assertThat(till.unacknowledged()).isEmpty();
    }

    @Test
    void aSecondWindowOnTheSameModelSeesTheSameSaleFacingTheCustomer() {
        TillFx cashier = new TillFx(model, Runnable::run, cue);
        List<SaleSnapshot> customerDisplay = new ArrayList<>();
        model.observe(state -> customerDisplay.add(state.facing()));
        SaleSnapshot s = Sales.open("10");

        cashier.face(s);
        SaleSnapshot paid = Sales.outcome(s, Outcome.PAID, "success");
        checkout.push(paid);

        assertThat(customerDisplay).containsExactly(null, s, paid);
        assertThat(cashier.facingProperty().get()).isEqualTo(paid);
    }
}
