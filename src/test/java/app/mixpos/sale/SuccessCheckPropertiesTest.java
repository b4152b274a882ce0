package app.mixpos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** MixPay's security guide (section 6) as properties over generated sales. */
class SuccessCheckPropertiesTest {

    private static final int TRIES = 1000;
    private static final Instant NOW = Fixtures.T0;

    /** A sale and, fresh on every call, the genuine success MixPay would report for it. */
    record Case(Sale sale) {
        Fixtures.Result success() {
            return Fixtures.successFor(sale);
        }
    }

    @Property(tries = TRIES)
    void aGeneratedGenuineSuccessIsPaid(@ForAll("genuine") Case c) {
        assertThat(SuccessCheck.differences(c.sale(), c.success().build())).isEmpty();
        assertThat(outcome(c)).isEqualTo(Outcome.PAID);
    }

    @Property(tries = TRIES)
    void anotherPayeeIsAMismatch(@ForAll("genuine") Case c, @ForAll("uuids") UUID otherPayee) {
        assertMismatch(c, r -> r.payeeId(otherPayee.toString()), "payee",
                !otherPayee.toString().equalsIgnoreCase(c.sale().payeeId()));
    }

    @Property(tries = TRIES)
    void anotherTraceIdIsAMismatch(@ForAll("genuine") Case c, @ForAll("uuids") UUID otherTrace) {
        assertMismatch(c, r -> r.traceId(otherTrace.toString()), "trace",
                !otherTrace.equals(c.sale().traceId()));
    }

    @Property(tries = TRIES)
    void anotherQuoteAssetIsAMismatch(@ForAll("genuine") Case c, @ForAll("assetIds") String otherAsset) {
        assertMismatch(c, r -> r.quoteAssetId(otherAsset), "asset", !c.sale().quoteAsset().hasId(otherAsset));
    }

    @Property(tries = TRIES)
    void anotherQuoteAmountIsAMismatch(@ForAll("genuine") Case c, @ForAll("deltas") BigDecimal delta) {
        BigDecimal other = c.sale().amount().value().add(delta);
        assertMismatch(c, r -> r.quoteAmount(other.toPlainString()), "amount", delta.signum() != 0);
    }

    @Property(tries = TRIES)
    void otherSpellingsOfTheSameSuccessAreNotMismatches(@ForAll("genuine") Case c,
            @ForAll("extraZeros") int zeros, @ForAll boolean upperAsset, @ForAll boolean dashes,
            @ForAll boolean upperTrace, @ForAll boolean upperPayee) {
        Sale sale = c.sale();
        BigDecimal amount = sale.amount().value().stripTrailingZeros();
        String amountText = (amount.scale() < 0 ? amount.setScale(0) : amount).toPlainString();
        if (zeros > 0) {
            amountText += (amountText.contains(".") ? "" : ".") + "0".repeat(zeros);
        }
        String asset = upperAsset ? sale.quoteAsset().assetId().toUpperCase(Locale.ROOT)
                : sale.quoteAsset().assetId().toLowerCase(Locale.ROOT);
        String trace = sale.traceId().toString();
        trace = dashes ? trace : trace.replace("-", "");
        trace = upperTrace ? trace.toUpperCase(Locale.ROOT) : trace;
        String payee = upperPayee ? sale.payeeId().toUpperCase(Locale.ROOT) : sale.payeeId();

        PaymentResult r = c.success().quoteAmount(amountText).quoteAssetId(asset).traceId(trace).payeeId(payee)
                .build();

        assertThat(SuccessCheck.differences(sale, r)).as("amount %s", amountText).isEmpty();
        assertThat(open().apply(sale, r, NOW).outcome()).isEqualTo(Outcome.PAID);
    }

    private static void assertMismatch(Case c, UnaryOperator<Fixtures.Result> change, String field,
            boolean reallyDifferent) {
        Assume.that(reallyDifferent);
        PaymentResult r = change.apply(c.success()).build();

        List<Reason> diffs = SuccessCheck.differences(c.sale(), r);
        assertThat(diffs).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Reason.MISMATCH);
            assertThat(d.arg("field")).isEqualTo(field);
        });
        SaleState next = open().apply(c.sale(), r, NOW);
        assertThat(next.outcome()).isEqualTo(Outcome.MISMATCH);
        assertThat(next.reasons()).isEqualTo(diffs);
    }

    private static Outcome outcome(Case c) {
        return open().apply(c.sale(), c.success().build(), NOW).outcome();
    }

    private static SaleState open() {
        return SaleState.creating(NOW).opened(NOW);
    }

    @Provide
    Arbitrary<Case> genuine() {
        Arbitrary<QuoteAsset> assets = Arbitraries.of(QuoteAsset.USD, Fixtures.BTC,
                new QuoteAsset("EUR", "EUR", 2, null, null, true),
                new QuoteAsset("jpy", "JPY", 0, null, null, true));
        Arbitrary<Amount> amounts = assets.flatMap(asset -> Arbitraries.bigDecimals()
                .between(BigDecimal.ONE.movePointLeft(asset.decimalDigit()), new BigDecimal("1000000"))
                .ofScale(asset.decimalDigit())
                .map(v -> new Amount(v, asset)));
        return Combinators.combine(uuids(), uuids(),
                amounts).as((payee, trace, amount) -> {
                    return new Case(Fixtures.sale(payee.toString(), trace, amount));
                });
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    @Provide
    Arbitrary<String> assetIds() {
        return Arbitraries.oneOf(Arbitraries.of("usd", "USD", "eur", "btc", "jpy", " usd ", ""),
                uuids().map(UUID::toString),
                Arbitraries.of(Fixtures.BTC.assetId(), Fixtures.BTC.assetId().toUpperCase(Locale.ROOT)));
    }

    /** Nudges of every size, from a tiny fraction to whole amounts, in both directions. */
    @Provide
    Arbitrary<BigDecimal> deltas() {
        return Arbitraries.integers().between(-1_000_000, 1_000_000).filter(i -> i != 0)
                .flatMap(i -> Arbitraries.integers().between(0, 12).map(s -> BigDecimal.valueOf(i, s)));
    }

    @Provide
    Arbitrary<Integer> extraZeros() {
        return Arbitraries.integers().between(0, 6);
    }
}
