package app.mixpos.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.ConnectionHealth.Problem;
import app.mixpos.checkout.GatewayException.Kind;
import app.mixpos.sale.SaleSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What went wrong with MixPay is kept as a code (the screens word it), and reported when it changes. */
class HealthTrackerTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private final List<ConnectionHealth> reported = new ArrayList<>();
    private final HealthTracker tracker = new HealthTracker(new CheckoutListener() {
        @Override
        public void saleChanged(SaleSnapshot sale) {
        }

        @Override
        public void connectionChanged(ConnectionHealth health) {
            reported.add(health);
        }
    });

    @Test
    void eachKindOfFailureIsACodeNotASentence() {
        assertThat(HealthTracker.describe(new GatewayException(Kind.TRANSIENT, 0, "timeout"), AT))
                .isEqualTo(new ConnectionHealth(true, AT, Problem.UNREACHABLE, 0));
        assertThat(HealthTracker.describe(new GatewayException(Kind.RATE_LIMITED, 429, "slow down"), AT))
                .isEqualTo(new ConnectionHealth(true, AT, Problem.RATE_LIMITED, 0));
        assertThat(HealthTracker.describe(new GatewayException(Kind.REJECTED, 10008, "maintenance"), null))
                .isEqualTo(new ConnectionHealth(true, null, Problem.MAINTENANCE, 10008));
        assertThat(HealthTracker.describe(new GatewayException(Kind.REJECTED, 10003, "Invalid payee's id"), AT))
                .isEqualTo(new ConnectionHealth(true, AT, Problem.REFUSED, 10003));
    }

    @Test
    void aChangeOfProblemOrOfMixPaysCodeIsReportedAndTheSameProblemAgainIsNot() {
        tracker.answered(AT);
        tracker.failed(new GatewayException(Kind.TRANSIENT, 0, "timeout"));
        tracker.failed(new GatewayException(Kind.TRANSIENT, 0, "timeout again"));
        tracker.failed(new GatewayException(Kind.REJECTED, 10003, "bad payee"));
        tracker.failed(new GatewayException(Kind.REJECTED, 10052, "bad asset"));
        tracker.failed(new GatewayException(Kind.REJECTED, 10052, "bad asset"));
        tracker.answered(AT.plusSeconds(60));

        assertThat(reported).extracting(ConnectionHealth::problem)
                .containsExactly(null, Problem.UNREACHABLE, Problem.REFUSED, Problem.REFUSED, null);
        assertThat(reported).extracting(ConnectionHealth::mixPayCode).containsExactly(0, 0, 10003, 10052, 0);
        assertThat(reported.get(3).lastGoodAnswer()).isEqualTo(AT);
    }
}
