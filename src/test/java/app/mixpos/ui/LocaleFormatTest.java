package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.Language;
import app.mixpos.sale.Amount;
import app.mixpos.sale.AmountParser;
import app.mixpos.sale.AmountResult;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.ui.keypad.KeypadViewModel;
import app.mixpos.ui.text.AmountWords;
import app.mixpos.ui.text.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Executor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * Numbers and times in the conventions of the screen's language, and a German-like locale (no bundle of its own,
 * a comma for decimals) for the separators English, Chinese and Japanese share.
 */
class LocaleFormatTest {

    private static final Executor NOW = Runnable::run;
    private static final Texts ENGLISH = Texts.english();
    private static final Texts CHINESE = Texts.of(Language.SIMPLIFIED_CHINESE.locale());
    private static final Texts JAPANESE = Texts.of(Language.JAPANESE.locale());
    private static final Texts GERMAN = Texts.of(Locale.GERMANY);

    private static Amount usd(String value) {
        return new Amount(new BigDecimal(value), QuoteAsset.USD);
    }

    @Test
    void amountsAreGroupedAndSeparatedAsTheLanguageWritesThem() {
        assertThat(Format.money(ENGLISH, usd("1234.50"))).isEqualTo("1,234.50 USD");
        assertThat(Format.money(CHINESE, usd("1234.50"))).isEqualTo("1,234.50 USD");
        assertThat(Format.money(JAPANESE, usd("49999.99"))).isEqualTo("49,999.99 USD");
        assertThat(Format.money(GERMAN, usd("1234.50"))).isEqualTo("1.234,50 USD");
        assertThat(Format.money(ENGLISH, usd("12.50"))).isEqualTo("12.50 USD");
    }

    @Test
    void everyDecimalOfACryptoAmountIsShownAndNoneRounded() {
        Amount btc = new Amount(new BigDecimal("123456789.12345678"), app.mixpos.ui.Sales.BTC);

        assertThat(Format.money(ENGLISH, btc)).isEqualTo("123,456,789.12345678 BTC");
        assertThat(Format.money(GERMAN, btc)).isEqualTo("123.456.789,12345678 BTC");
        assertThat(Format.money(CHINESE, new BigDecimal("0.000123450"), "BTC")).isEqualTo("0.00012345 BTC");
        assertThat(Format.money(ENGLISH, null, "USDT")).isEqualTo("? USDT");
    }

    @Property(tries = 300)
    void aFormattedAmountHasExactlyTheDigitsOfTheAmount(
            @ForAll @BigRange(min = "0", max = "99999999999") @Scale(8) BigDecimal value) {
        for (Texts t : new Texts[] {ENGLISH, CHINESE, JAPANESE, GERMAN}) {
            String shown = t.number(value);
            char decimal = Format.decimalSeparator(t);
            String digits = shown.replaceAll("[^0-9" + decimal + "]", "").replace(decimal, '.');
            assertThat(new BigDecimal(digits)).as(shown).isEqualTo(value);
        }
    }

    @Test
    void timesAreWrittenInTheLanguagesOrder() {
        Instant at = LocalDateTime.of(2026, 3, 3, 14, 3, 7).atZone(ZoneId.systemDefault()).toInstant();

        assertThat(Format.dayClock(ENGLISH, at)).isEqualTo("03 Mar 14:03");
        assertThat(Format.dayClock(CHINESE, at)).isEqualTo("3月3日 14:03");
        assertThat(Format.dayClock(JAPANESE, at)).isEqualTo("3月3日 14:03");
        assertThat(Format.clock(CHINESE, at)).isEqualTo("14:03:07");
        assertThat(Format.dayClock(GERMAN, at)).as("German month names, English order (no German bundle)")
                .isEqualTo("03 März 14:03");
        assertThat(Format.clock(ENGLISH, null)).isEqualTo("—");
    }

    @Test
    void aRefusalWritesMixPaysLimitInTheLanguagesDigits() {
        QuoteAsset usd = QuoteAsset.USD;
        AmountResult tooHigh = AmountParser.checkPartial("500000", usd);

        assertThat(tooHigh).isInstanceOf(AmountResult.Refused.class);
        assertThat(AmountWords.of(GERMAN, ((AmountResult.Refused) tooHigh).error())).contains("50.000");
        assertThat(AmountWords.of(CHINESE, ((AmountResult.Refused) tooHigh).error()))
                .isEqualTo("MixPay 接受的 USD 最大金额为 50,000。请拆分订单。");
    }

    @Test
    void theKeypadTakesTheLocalesSeparatorFromTheKeyboardAndShowsItButKeepsThePoint() {
        KeypadViewModel vm = new KeypadViewModel(new FakeCheckout(), GERMAN, QuoteAsset.USD, NOW, s -> { });

        "12,5".chars().forEach(c -> vm.type((char) c));

        assertThat(vm.inputProperty().get()).isEqualTo("12.5");
        assertThat(vm.shown(vm.inputProperty().get())).isEqualTo("12,5");
        assertThat(vm.decimalKey()).isEqualTo(",");
        assertThat(AmountParser.parse(vm.inputProperty().get(), QuoteAsset.USD))
                .isEqualTo(new AmountResult.Valid(usd("12.5")));
    }

    @Test
    void aSecondSeparatorIsRefusedWhateverKeyTypedIt() {
        KeypadViewModel vm = new KeypadViewModel(new FakeCheckout(), GERMAN, QuoteAsset.USD, NOW, s -> { });

        vm.type('1');
        vm.type(',');
        assertThat(vm.type('.')).isFalse();
        assertThat(vm.inputProperty().get()).isEqualTo("1.");
        assertThat(vm.refusalProperty().get()).isNotEmpty();
    }

    @Test
    void fullWidthDigitsAndPointFromAnInputMethodAreTyped() {
        KeypadViewModel vm = new KeypadViewModel(new FakeCheckout(), CHINESE, QuoteAsset.USD, NOW, s -> { });

        "１２．５０".chars().forEach(c -> vm.type((char) c));

        assertThat(vm.inputProperty().get()).isEqualTo("12.50");
        assertThat(vm.shown("12.50")).isEqualTo("12.50");
        assertThat(vm.decimalKey()).isEqualTo(".");
        assertThat(vm.shown("")).isEqualTo("0");
    }
}
