package app.mixpos.receipts;

import static app.mixpos.receipts.Sales.BTC;
import static app.mixpos.receipts.Sales.T0;
import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Amount;
import app.mixpos.sale.FailureCode;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.PaymentStatus;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.sale.SettleTally;
import app.mixpos.sale.Settlement;
import app.mixpos.sale.SettlementAsset;
import app.mixpos.sale.SurplusStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptLogRoundTripTest extends ReceiptLogTest {

    @Test
    void everyFieldOfAFreshSaleComesBackUnchanged() {
        QuoteAsset usd = new QuoteAsset("usd", "USD", 2, null, null, true);
        Sale sale = new Sale("order-roundtrip-1", UUID.fromString("8e69e534-d0c4-3e04-8b61-37a73cd9e7d7"),
                new Amount(new BigDecimal("12.50"), usd), "4d8c508b-91c5-375b-92b0-ee702ed2dac5", Sales.PAYEE,
                "Café — table 4", LinkMode.PAYLINK, null, T0);
        SaleSnapshot snapshot = new SaleSnapshot(sale, SaleState.creating(T0));

        SaleSnapshot stored = log.insert(snapshot);

        SaleSnapshot back = log.byOrderId("order-roundtrip-1").orElseThrow();
        assertThat(stored).isEqualTo(snapshot.atVersion(1));
        assertThat(back).isEqualTo(stored);
        assertThat(back.sale().amount().value().toPlainString()).isEqualTo("12.50");
        assertThat(log.byTraceId(sale.traceId())).contains(stored);
    }

    @Test
    void theDeadlineSentToMixPayComesBackToTheSecondAndASaleWithoutOneStaysWithout() {
        SaleSnapshot withDeadline = Sales.creating("3.00", BTC, T0);
        QuoteAsset usd = new QuoteAsset("usd", "USD", 2, null, null, true);
        Sale old = new Sale("order-no-deadline", UUID.randomUUID(), new Amount(new BigDecimal("1.00"), usd),
                "4d8c508b-91c5-375b-92b0-ee702ed2dac5", Sales.PAYEE, null, LinkMode.ONE_TIME, null, T0);

        log.insert(withDeadline);
        log.insert(new SaleSnapshot(old, SaleState.creating(T0)));

        assertThat(log.byOrderId(withDeadline.orderId()).orElseThrow().sale().expiresAt())
                .isEqualTo(T0.plusSeconds(900));
        assertThat(log.byOrderId("order-no-deadline").orElseThrow().sale().expiresAt()).isNull();
        assertThat(log.unfinished(Sale.UNNAMED_TILL)).extracting(s -> s.sale().expiresAt())
                .containsExactlyInAnyOrder(T0.plusSeconds(900), null);
    }

    @Test
    void aSettledSaleKeepsEveryStateFieldAndItsScale() {
        SaleSnapshot created = Sales.creating("0.00012345", BTC, T0);
        created = log.insert(created);
        Sale linked = created.sale().withPaymentLink("https://mixpay.me/code/abc");
        SaleState paid = new SaleState(Outcome.PAID_SURPLUS, PaymentStatus.of("success"), 3,
                new BigDecimal("12.60"), new BigDecimal("12.50"), "USDT", new BigDecimal("0.10"),
                SurplusStatus.SENDING, FailureCode.of("40021"), List.of(Reason.legacyText("surplus; being \"refunded\""),
                Reason.mismatch(Reason.MismatchField.AMOUNT, "12.50", null)), T0.plusSeconds(90));
        SaleSnapshot settled = new SaleSnapshot(linked, paid, created.version());

        assertThat(log.update(settled, "status", "{\"code\":0}")).isEqualTo(settled.atVersion(2));

        SaleSnapshot back = log.byOrderId(created.orderId()).orElseThrow();
        assertThat(back).isEqualTo(new SaleSnapshot(
                new Sale(linked.orderId(), linked.traceId(), new Amount(new BigDecimal("0.00012345"),
                        new QuoteAsset(BTC.assetId(), "BTC", 8, null, null, false)), linked.settlementAssetId(),
                        linked.payeeId(), linked.remark(), linked.linkMode(), linked.paymentLink(), T0,
                        T0.plusSeconds(900)), paid, 2));
        assertThat(back.sale().amount().toWire()).isEqualTo("0.00012345");
        assertThat(back.state().paymentAmount().toPlainString()).isEqualTo("12.60");
    }

    @Test
    void whatMixPaySettledComesBackAndChangesWithTheNextAnswer() {
        SaleSnapshot created = log.insert(Sales.creating("12.50", Sales.EUR, T0));
        SaleState pending = new SaleState(Outcome.PAID, PaymentStatus.of("success"), null, new BigDecimal("12.60"),
                new BigDecimal("12.60"), "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(), T0.plusSeconds(30),
                new Settlement("pending", null, null, null));
        SaleSnapshot first = log.update(created.with(pending), "status", "{}");
        assertThat(log.byOrderId(created.orderId()).orElseThrow().state().settlement())
                .isEqualTo(new Settlement("pending", null, null, null));

        Settlement done = new Settlement("success", new BigDecimal("0.000300"), "BTC",
                "c6d0c728-2624-429b-8e0d-d9d19b6592fa");
        log.update(first.with(new SaleState(Outcome.PAID, pending.status(), null, pending.paymentAmount(),
                pending.payableAmount(), "USDT", null, SurplusStatus.NO, FailureCode.NONE, List.of(),
                T0.plusSeconds(60), done)), "status", "{}");

        SaleState back = log.byOrderId(created.orderId()).orElseThrow().state();
        assertThat(back.settlement()).isEqualTo(done);
        assertThat(back.settlement().amount().toPlainString()).isEqualTo("0.000300");
        assertThat(log.settlements(T0, T0.plusSeconds(3600))).containsExactly(
                new SettleTally("success", "BTC", 1, new BigDecimal("0.0003")));
    }

    @Test
    void unknownMixPayStatusAndSurplusStatusAreKeptVerbatim() {
        SaleSnapshot s = Sales.with(Sales.opened(Sales.creating("5", Sales.EUR, T0), T0), Outcome.PAID,
                "Refund_Review", SurplusStatus.UNKNOWN);
        log.insert(s);

        SaleState back = log.byOrderId(s.orderId()).orElseThrow().state();

        assertThat(back.status()).isEqualTo(PaymentStatus.of("Refund_Review"));
        assertThat(back.surplusStatus()).isEqualTo(SurplusStatus.UNKNOWN);
        assertThat(back.confirmations()).isNull();
    }

    @Test
    void missingSalesAreEmpty() {
        assertThat(log.byOrderId("order-none")).isEmpty();
        assertThat(log.byTraceId(UUID.randomUUID())).isEmpty();
        assertThat(log.events("order-none")).isEmpty();
    }

    @Test
    void recentListsNewestFirstUpToTheLimit() {
        SaleSnapshot a = Sales.creating("1", Sales.EUR, T0);
        SaleSnapshot b = Sales.creating("2", Sales.EUR, T0.plus(Duration.ofMinutes(5)));
        SaleSnapshot c = Sales.creating("3", Sales.EUR, T0.plus(Duration.ofMinutes(1)));
        a = log.insert(a);
        b = log.insert(b);
        c = log.insert(c);

        assertThat(log.recent(2)).containsExactly(b, c);
        assertThat(log.recent(10)).containsExactly(b, c, a);
        assertThat(log.recent(0)).isEmpty();
    }

    @Test
    void savingQuoteAssetsReplacesTheCachedList() {
        assertThat(log.quoteAssets()).isEmpty();
        log.saveQuoteAssets(List.of(QuoteAsset.USD, BTC, Sales.EUR));

        log.saveQuoteAssets(List.of(BTC, QuoteAsset.USD));

        assertThat(log.quoteAssets()).containsExactly(BTC, QuoteAsset.USD);
        assertThat(log.quoteAssets().get(1).maxAmount().toPlainString()).isEqualTo("50000");
    }

    @Test
    void savingSettlementAssetsReplacesTheCachedList() {
        SettlementAsset usdc = new SettlementAsset("9b180ab6-6abe-3dc0-a13f-04169eb34bfa", "USDC", null, null);
        log.saveSettlementAssets(List.of(SettlementAsset.USDT_ERC20));

        log.saveSettlementAssets(List.of(usdc));
        assertThat(log.settlementAssets()).containsExactly(usdc);

        log.saveSettlementAssets(List.of());
        assertThat(log.settlementAssets()).isEmpty();
    }
}
