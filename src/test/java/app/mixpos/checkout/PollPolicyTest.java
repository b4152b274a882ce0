package app.mixpos.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SettlementAsset;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PollPolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final PollPolicy policy = new PollPolicy(new Random(1));

    @Test
    void aRefundUnderWayOnScreenIsFollowedAtTheOnScreenPaceForFiveMinutesAfterItsLastStep() {
        SaleSnapshot sending = paidWithSurplus(SurplusStatus.SENDING, T0.plusSeconds(8));

        assertThat(policy.interval(sending, true, T0.plusSeconds(10))).isEqualTo(PollPolicy.ON_SCREEN_PROCESSING);
        assertThat(policy.interval(sending, false, T0.plusSeconds(10))).isEqualTo(PollPolicy.BACKGROUND);
        assertThat(policy.interval(sending, true, T0.plusSeconds(8).plus(Duration.ofMinutes(6))))
                .isEqualTo(PollPolicy.BACKGROUND);
    }

    @Test
    void aFinishedRefundOnScreenIsNotHurried() {
        SaleSnapshot refunded = paidWithSurplus(SurplusStatus.SUCCESS, T0.plusSeconds(13));

        assertThat(policy.interval(refunded, true, T0.plusSeconds(14))).isEqualTo(PollPolicy.BACKGROUND);
    }

    private static SaleSnapshot paidWithSurplus(SurplusStatus refund, Instant changedAt) {
        Sale sale = new Sale("POS-000123", UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7"),
                new Amount(new BigDecimal("10.00"), QuoteAsset.USD), SettlementAsset.USDT_ERC20.assetId(),
                "6ed1b6a2-7d1b-4c2d-9f3e-2b1a0c9d8e7f", null, LinkMode.ONE_TIME, "https://mixpay.me/code/x", T0);
        return new SaleSnapshot(sale, new SaleState(Outcome.PAID_SURPLUS, PaymentStatus.of("success"), -1,
                new BigDecimal("11.00"), new BigDecimal("10.00"), "USDT", new BigDecimal("1.00"), refund,
                FailureCode.NONE, null, changedAt));
    }
}
