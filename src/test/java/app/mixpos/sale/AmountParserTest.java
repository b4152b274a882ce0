package app.mixpos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.AmountError.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    private static final QuoteAsset USD = QuoteAsset.USD;
    private static final QuoteAsset BTC = Fixtures.BTC;

    @ParameterizedTest(name = "\"{0}\" is {1} USD")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "12|12.00",
            "12.5|12.50",
            "12,50|12.50",
            " 7.25 |7.25",
            ".5|0.50",
            "0.01|0.01",
            "50000|50000.00"})
    void acceptsUsdInputAndScalesItToTwoDecimals(String input, String expected) {
        Amount amount = valid(AmountParser.parse(input, USD));

        assertThat(amount.value()).isEqualByComparingTo(expected);
        assertThat(amount.value().scale()).isEqualTo(2);
        assertThat(amount.toWire()).isEqualTo(expected);
        assertThat(amount.asset()).isEqualTo(USD);
    }

    @ParameterizedTest
    @CsvSource({"0.00012345,0.00012345", "0.001,0.00100000", "0.02632853,0.02632853", "0.00000263,0.00000263"})
    void acceptsBtcAmountsWithEightDecimals(String input, String wire) {
        Amount amount = valid(AmountParser.parse(input, BTC));

        assertThat(amount.toWire()).isEqualTo(wire);
        assertThat(amount.value().scale()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void refusesEmptyOrBlankInput(String input) {
        assertRefused(AmountParser.parse(input, USD), Kind.EMPTY);
    }

    @Test
    void refusesNullAsEmpty() {
        assertRefused(AmountParser.parse(null, USD), Kind.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0,0", ".0"})
    void refusesZero(String input) {
        assertRefused(AmountParser.parse(input, USD), Kind.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "-0.01", " -12.50"})
    void refusesNegativeAmounts(String input) {
        assertRefused(AmountParser.parse(input, USD), Kind.NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "1E3", "1,000.00", "1.000,00", "12..5", "+5", "12 50", "$12", "½", "١٢"})
    void refusesWhatIsNotAPlainDecimal(String input) {
        assertThat(assertRefused(AmountParser.parse(input, USD), Kind.NOT_A_NUMBER).typed()).isEqualTo(input.strip());
    }

    @Test
    void aLongRefusedInputIsShownBackShortened() {
        AmountError error = assertRefused(AmountParser.parse("12345678901234567890abc", USD), Kind.NOT_A_NUMBER);

        assertThat(error.typed()).isEqualTo("12345678901234567890…");
    }

    @Test
    void refusesAThirdDecimalForUsd() {
        assertThat(assertRefused(AmountParser.parse("12.345", USD), Kind.TOO_MANY_DECIMALS))
                .isEqualTo(new AmountError(Kind.TOO_MANY_DECIMALS, "USD", new BigDecimal(2), null));
    }

    /** A comma is a decimal separator, so {@code 1,000} meant as a thousand must not become 1.00. */
    @ParameterizedTest
    @ValueSource(strings = {"12.500", "1,000", "0.010"})
    void refusesTypedDecimalsBeyondTheCurrencyEvenWhenTheyAreZeros(String input) {
        assertThat(assertRefused(AmountParser.parse(input, USD), Kind.TOO_MANY_DECIMALS).decimals()).isEqualTo(2);
        assertThat(assertRefused(AmountParser.checkPartial(input, USD), Kind.TOO_MANY_DECIMALS).decimals())
                .isEqualTo(2);
    }

    @Test
    void refusesANinthDecimalForBtc() {
        AmountError error = assertRefused(AmountParser.parse("0.000012345", BTC), Kind.TOO_MANY_DECIMALS);
        assertThat(error.decimals()).isEqualTo(8);
        assertThat(error.asset()).isEqualTo("BTC");
    }

    @Test
    void refusesDecimalsForAWholeNumberCurrency() {
        QuoteAsset yen = new QuoteAsset("jpy", "JPY", 0, BigDecimal.ONE, null, true);

        assertThat(assertRefused(AmountParser.parse("12.5", yen), Kind.TOO_MANY_DECIMALS).decimals()).isZero();
        assertThat(valid(AmountParser.parse("1200", yen)).toWire()).isEqualTo("1200");
    }

    @Test
    void refusesAmountsBelowTheMinimumNamingIt() {
        assertThat(assertRefused(AmountParser.parse("0.000001", BTC), Kind.TOO_LOW))
                .isEqualTo(new AmountError(Kind.TOO_LOW, "BTC", new BigDecimal("0.00000263"), null));
    }

    @Test
    void refusesAmountsAboveTheMaximumAndSaysToSplit() {
        AmountError error = assertRefused(AmountParser.parse("50000.01", USD), Kind.TOO_HIGH);
        assertThat(error.asset()).isEqualTo("USD");
        assertThat(error.limit()).isEqualByComparingTo("50000");
        assertThat(assertRefused(AmountParser.parse("0.03", BTC), Kind.TOO_HIGH).limit())
                .isEqualByComparingTo("0.02632853");
    }

    @Test
    void acceptsAnyPositiveAmountWhenLimitsAreUnknown() {
        QuoteAsset open = new QuoteAsset("eur", "EUR", 2, null, null, true);

        assertThat(valid(AmountParser.parse("0.01", open)).toWire()).isEqualTo("0.01");
        assertThat(valid(AmountParser.parse("123456789", open)).toWire()).isEqualTo("123456789.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12.", "12,", ".", "0", "0.", "0.0", "0.00"})
    void partialInputThatMayStillBecomeAnAmountIsIncomplete(String input) {
        assertThat(AmountParser.checkPartial(input, USD)).isInstanceOf(AmountResult.Incomplete.class);
    }

    @Test
    void partialBelowTheMinimumIsIncompleteNotRefused() {
        assertThat(AmountParser.checkPartial("0.000001", BTC)).isInstanceOf(AmountResult.Incomplete.class);
    }

    @Test
    void partialWithAThirdDecimalIsRefusedAtOnce() {
        assertThat(assertRefused(AmountParser.checkPartial("12.345", USD), Kind.TOO_MANY_DECIMALS).decimals())
                .isEqualTo(2);
    }

    @Test
    void partialOverTheMaximumIsRefusedWhileTyping() {
        assertThat(assertRefused(AmountParser.checkPartial("50001", USD), Kind.TOO_HIGH).limit())
                .isEqualByComparingTo("50000");
        assertRefused(AmountParser.checkPartial("60000.", USD), Kind.TOO_HIGH);
    }

    @Test
    void partialThatIsAlreadyAnAmountIsValid() {
        assertThat(valid(AmountParser.checkPartial("12.5", USD)).toWire()).isEqualTo("12.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e", "-", "+", "12..", "1,000.", "1.2.3"})
    void partialThatCanNeverBecomeAnAmountIsRefused(String input) {
        assertThat(assertRefused(AmountParser.checkPartial(input, USD), Kind.NOT_A_NUMBER).typed())
                .as("while typing, the keypad shows what was typed itself").isNull();
    }

    private static Amount valid(AmountResult result) {
        assertThat(result).isInstanceOf(AmountResult.Valid.class);
        return ((AmountResult.Valid) result).amount();
    }

    private static AmountError assertRefused(AmountResult result, Kind kind) {
        assertThat(result).isInstanceOf(AmountResult.Refused.class);
        AmountError error = ((AmountResult.Refused) result).error();
        assertThat(error.kind()).isEqualTo(kind);
        return error;
    }
}
