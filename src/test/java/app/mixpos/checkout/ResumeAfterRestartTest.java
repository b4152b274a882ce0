package app.mixpos.checkout;

import static app.mixpos.testing.FakeGateway.answer;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.testing.Results;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResumeAfterRestartTest {

    @Test
    void openSalesAreResumedAndSalesWhoseLinkWasNeverShownAreVoided() {
        EngineFixture before = new EngineFixture();
        SaleSnapshot open = before.charge("10");
        SaleSnapshot creating = before.charge("20");
        before.store.update(creating.with(new SaleState(Outcome.CREATING, null, null, null, null, null, null,
                null, null, null, creating.state().updatedAt())), "test_rewind", "");

        EngineFixture after = new EngineFixture(before.store);
        after.gateway.script(open.sale(), answer(Results::success));
        after.engine.start();
        after.advance(Duration.ofSeconds(2));

        assertThat(after.current(open).state().outcome()).isEqualTo(Outcome.PAID);
        assertThat(after.current(creating).state().outcome()).isEqualTo(Outcome.VOID);
        assertThat(after.current(creating).state().reasons()).containsExactly(Reason.stoppedBeforeLink());
    }
}
