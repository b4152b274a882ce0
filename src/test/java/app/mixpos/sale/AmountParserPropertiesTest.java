package app.mixpos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/** Whatever a cashier (or a barcode scanner) types, the parser answers and never throws. */
class AmountParserPropertiesTest {

    private static final int TRIES = 2000;

    @Property(tries = TRIES)
    void parseNeverThrowsOnArbitraryUnicode(@ForAll("anyText") String input) {
        checkComplete(input);
    }

    @Property(tries = TRIES)
    void parseNeverThrowsOnDigitHeavyText(@ForAll("numberLike") String input) {
        checkComplete(input);
    }

    @Property(tries = TRIES)
    void parseAcceptsEveryWellFormedAmountInRangeExactly(@ForAll("wellFormed") String input) {
        checkComplete(input);
        for (QuoteAsset asset : new QuoteAsset[] {QuoteAsset.USD, Fixtures.BTC}) {
            AmountResult result = AmountParser.parse(input, asset);
            BigDecimal typed = new BigDecimal(input.strip().replace(',', '.'));
            if (result instanceof AmountResult.Valid v) {
                assertThat(v.amount().value()).isEqualByComparingTo(typed);
                assertThat(typed.scale()).isLessThanOrEqualTo(asset.decimalDigit());
            } else {
                assertThat(typed.signum() == 0 || typed.scale() > asset.decimalDigit()
                        || typed.compareTo(asset.minAmount()) < 0 || typed.compareTo(asset.maxAmount()) > 0)
                        .as("%s refused for %s: %s", input, asset.symbol(), result).isTrue();
            }
        }
    }

    @Property(tries = TRIES)
    void checkPartialNeverThrowsOnArbitraryUnicode(@ForAll("anyText") String input) {
        checkPartial(input);
    }

    @Property(tries = TRIES)
    void checkPartialNeverThrowsOnDigitHeavyText(@ForAll("numberLike") String input) {
        checkPartial(input);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    /** Digits mixed with the characters that make amounts go wrong: separators, signs, spaces, exponents. */
    @Provide
    Arbitrary<String> numberLike() {
        StringArbitrary chars = Arbitraries.strings().withCharRange('0', '9').withCharRange('0', '9')
                .withChars('.', ',', '-', '+', ' ', 'e', 'E', '\t', '\u00a0', '٣', '_');
        return chars.ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(7);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> sep = Arbitraries.of(".", ",");
        Arbitrary<String> pad = Arbitraries.of("", " ", "  ");
        Arbitrary<String> withFraction = Combinators.combine(pad, whole, sep, fraction, pad)
                .as((p1, w, s, f, p2) -> p1 + w + s + f + p2);
        Arbitrary<String> wholeOnly = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9);
        return Arbitraries.oneOf(withFraction, wholeOnly);
    }

    private static void checkComplete(String input) {
        AmountResult usd = AmountParser.parse(input, QuoteAsset.USD);
        AmountResult btc = AmountParser.parse(input, Fixtures.BTC);
        assertThat(usd).isNotInstanceOf(AmountResult.Incomplete.class);
        assertThat(btc).isNotInstanceOf(AmountResult.Incomplete.class);
        assertWellFormed(usd, QuoteAsset.USD);
        assertWellFormed(btc, Fixtures.BTC);
    }

    private static void checkPartial(String input) {
        assertWellFormed(AmountParser.checkPartial(input, QuoteAsset.USD), QuoteAsset.USD);
        assertWellFormed(AmountParser.checkPartial(input, Fixtures.BTC), Fixtures.BTC);
    }

    private static void assertWellFormed(AmountResult result, QuoteAsset asset) {
        if (result instanceof AmountResult.Valid v) {
            BigDecimal value = v.amount().value();
            assertThat(value.scale()).isEqualTo(asset.decimalDigit());
            assertThat(value).isBetween(asset.minAmount(), asset.maxAmount());
            assertThat(v.amount().asset()).isEqualTo(asset);
        } else if (result instanceof AmountResult.Refused r) {
            AmountError e = r.error();
            assertThat(e.kind()).isNotNull();
            switch (e.kind()) {
                case TOO_LOW, TOO_HIGH -> assertThat(e.limit()).as("the limit to name").isNotNull();
                case TOO_MANY_DECIMALS -> assertThat(e.decimals()).isEqualTo(asset.decimalDigit());
                default -> assertThat(e.asset()).as("only a limit names the currency").isNull();
            }
            if (e.limit() != null) {
                assertThat(e.asset()).isEqualTo(asset.symbol());
            }
        } else {
            assertThat(result).isInstanceOf(AmountResult.Incomplete.class);
        }
    }
}
