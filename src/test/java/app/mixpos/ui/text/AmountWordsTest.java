package app.mixpos.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.AmountError;
import app.mixpos.sale.AmountError.Kind;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.QuoteAsset;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Why an amount was refused, in the cashier's words: the sentences the domain used to hold, now from the bundle. */
class AmountWordsTest {

    private static final Texts EN = Texts.english();
    private static final QuoteAsset USD = QuoteAsset.USD;
    private static final QuoteAsset BTC = new QuoteAsset("c6d0c728-2624-429b-8e0d-d9d19b6592fa", "BTC", 8,
            new BigDecimal("0.00000263"), new BigDecimal("0.02632853"), false);
    private static final QuoteAsset JPY = new QuoteAsset("jpy", "JPY", 0, BigDecimal.ONE, null, true);

    /** One refusal of every kind, with every variant of its words. */
    static Stream<AmountError> everyRefusal() {
        return Stream.of(AmountError.empty(), AmountError.negative(), AmountError.zero(),
                AmountError.notANumber("1e3"), AmountError.notANumber(null), AmountError.tooManyDecimals(USD),
                AmountError.tooManyDecimals(JPY), AmountError.tooLow(BTC), AmountError.tooHigh(USD),
                AmountError.notListed("CHF"));
    }

    @Test
    void everyKindIsAmongTheRefusalsChecked() {
        assertThat(everyRefusal().map(AmountError::kind)).containsAll(List.of(Kind.values()));
    }

    @ParameterizedTest
    @MethodSource("everyRefusal")
    void everyRefusalHasWordsWithNoMissingKeyAndNoPlaceholderLeft(AmountError e) {
        assertThat(AmountWords.of(EN, e)).isNotBlank().endsWith(".").doesNotContain("{").doesNotContain("}")
                .doesNotContainPattern("amount\\.[A-Z]").doesNotContain("null");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eachKindSaysSomethingOfItsOwn(Kind kind) {
        String words = AmountWords.of(EN, everyRefusal().filter(e -> e.kind() == kind).findFirst().orElseThrow());

        assertThat(everyRefusal().filter(e -> e.kind() != kind).map(e -> AmountWords.of(EN, e)))
                .doesNotContain(words);
    }

    @Test
    void theWordsAreTheOnesTheParserUsedToHold() {
        assertThat(words("", USD)).isEqualTo("Enter an amount.");
        assertThat(words("-5", USD)).isEqualTo("The amount cannot be negative. Enter an amount above zero.");
        assertThat(words("0", USD)).isEqualTo("The amount is zero. Enter an amount above zero.");
        assertThat(words("1e3", USD))
                .isEqualTo("\"1e3\" is not an amount. Use digits and one decimal point, e.g. 12.50.");
        assertThat(partial("1.2.", USD)).isEqualTo("Use digits and one decimal point.");
        assertThat(words("12.345", USD)).isEqualTo("USD takes at most 2 decimal places.");
        assertThat(words("0.000012345", BTC)).isEqualTo("BTC takes at most 8 decimal places.");
        assertThat(words("12.5", JPY)).isEqualTo("JPY takes whole amounts only.");
        assertThat(words("0.000001", BTC))
                .isEqualTo("The smallest amount MixPay accepts in BTC is 0.00000263. Enter that much or more.");
        assertThat(words("50000.01", USD))
                .isEqualTo("The largest amount MixPay accepts in USD is 50,000. Split the sale.");
        assertThat(AmountWords.of(EN, AmountError.notListed("CHF")))
                .isEqualTo("MixPay does not list CHF as a currency to price in. Choose another currency (F3).");
    }

    @Test
    void aLimitIsShownWholeInTheLanguagesDigitsNeverInExponentForm() {
        QuoteAsset big = new QuoteAsset("idr", "IDR", 0, new BigDecimal("1E+3"), new BigDecimal("1500000000"), true);

        assertThat(words("2000000000", big)).contains(" is 1,500,000,000. ");
        assertThat(words("999", big)).contains(" is 1,000. ");
    }

    @Test
    void oneDecimalPlaceIsSingular() {
        QuoteAsset oneDecimal = new QuoteAsset("x", "XYZ", 1, null, null, true);

        assertThat(words("1.25", oneDecimal)).isEqualTo("XYZ takes at most 1 decimal place.");
    }

    private static String words(String typed, QuoteAsset asset) {
        return AmountWords.of(EN, ((AmountResult.Refused) AmountParser.parse(typed, asset)).error());
    }

    private static String partial(String typed, QuoteAsset asset) {
        return AmountWords.of(EN, ((AmountResult.Refused) AmountParser.checkPartial(typed, asset)).error());
    }
}
