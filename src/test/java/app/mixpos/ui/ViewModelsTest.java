package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.ui.keypad.KeypadViewModel;
import app.mixpos.ui.result.ResultContent;
import app.mixpos.ui.settings.SettingsViewModel;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.ShellFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** View-models without the toolkit: every hand-off runs at once on the test thread. */
class ViewModelsTest {

    private static final Executor NOW = Runnable::run;
    private final FakeCheckout checkout = new FakeCheckout();
    private final List<String> sounds = new ArrayList<>();
    private final ShellFixture shell = new ShellFixture(checkout, NOW, RecordingSounds.into(sounds));

    @Test
    void keypadRefusesACharacterThatIsNotPartOfAnAmount() {
        KeypadViewModel vm = new KeypadViewModel(checkout, QuoteAsset.USD, NOW, s -> { });

        assertThat(vm.type('5')).isTrue();
        assertThat(vm.type('x')).isFalse();

        assertThat(vm.inputProperty().get()).isEqualTo("5");
        assertThat(vm.refusalProperty().get()).isEqualTo("Type the amount in digits: \"x\" was not taken.");
        assertThat(vm.type('+')).isFalse();
        assertThat(vm.refusalProperty().get()).isEqualTo("Use digits and one decimal point: \"+\" was not taken.");
    }

    @Test
    void keypadSaysWhenMixPaysLimitsAreNotKnownRatherThanInventOne() {
        checkout.quoteAssets = List.of();
        KeypadViewModel vm = new KeypadViewModel(checkout, QuoteAsset.USD.withoutLimits(), NOW, s -> { });

        assertThat(vm.limitsProperty().get()).startsWith("MixPay's smallest and largest amounts in USD are not known");
        assertThat(vm.type('9')).isTrue();
        assertThat(vm.limitsProperty().get()).isNotEmpty();

        checkout.quoteAssets = List.of(QuoteAsset.USD);
        vm.clear();
        assertThat(vm.type('9')).as("the first key of an amount looks for MixPay's list again").isTrue();
        assertThat(vm.limitsProperty().get()).isEmpty();
        assertThat(vm.currencyProperty().get().maxAmount()).isEqualByComparingTo("50000");
    }

    @Test
    void keypadRefusesAmountsOverTheListedMaximumOfMixPaysCurrentList() {
        checkout.quoteAssets = List.of(new QuoteAsset("usd", "USD", 2, new java.math.BigDecimal("0.01"),
                new java.math.BigDecimal("1000"), true));
        KeypadViewModel vm = new KeypadViewModel(checkout, QuoteAsset.USD.withoutLimits(), NOW, s -> { });
        vm.loadCurrencies();
        for (char c : "9999".toCharArray()) {
            vm.type(c);
        }

        assertThat(vm.inputProperty().get()).isEqualTo("999");
        assertThat(vm.refusalProperty().get()).isEqualTo("The largest amount MixPay accepts in USD is 1,000. Split the sale.");
        assertThat(vm.limitsProperty().get()).isEmpty();
    }

    @Test
    void switchingToACurrencyWithMoreDecimalsAcceptsMoreDigits() {
        KeypadViewModel vm = new KeypadViewModel(checkout, QuoteAsset.USD, NOW, s -> { });
        vm.loadCurrencies();
        "0.001".chars().forEach(c -> vm.type((char) c));
        assertThat(vm.inputProperty().get()).isEqualTo("0.00");

        vm.currencyProperty().set(Sales.BTC);
        vm.type('0');
        vm.type('3');

        assertThat(vm.inputProperty().get()).isEqualTo("0.0003");
        assertThat(vm.currencies()).first().isEqualTo(QuoteAsset.USD);
    }

    @Test
    void findingACurrencyPutsAnExactSymbolFirstThenPrefixesThenTheRestFiatBeforeCrypto() {
        QuoteAsset eur = new QuoteAsset("eur", "EUR", 2, null, null, true);
        QuoteAsset usdt = new QuoteAsset("4d8c508b-91c5-375b-92b0-ee702ed2dac5", "USDT", 8, null, null, false);
        QuoteAsset busd = new QuoteAsset("f13a7b6e-6d5b-4c1f-8a1e-6f2b0e8a1c55", "BUSD", 8, null, null, false);
        QuoteAsset usdc = new QuoteAsset("9b180ab6-6abe-3dc0-a13f-04169eb34bfa", "USDC", 8, null, null, false);
        checkout.quoteAssets = List.of(usdt, busd, QuoteAsset.USD, eur, usdc, Sales.BTC);
        KeypadViewModel vm = new KeypadViewModel(checkout, eur, NOW, s -> { });
        vm.loadCurrencies();

        assertThat(vm.matching("")).containsExactly(eur, QuoteAsset.USD, usdt, busd, usdc, Sales.BTC);
        assertThat(vm.matching(" usdt ")).containsExactly(usdt);
        assertThat(vm.matching("usd")).containsExactly(QuoteAsset.USD, usdt, usdc, busd);
        assertThat(vm.matching("Us")).containsExactly(QuoteAsset.USD, usdt, usdc, busd);
        assertThat(vm.matching(Sales.BTC.assetId().toUpperCase())).containsExactly(Sales.BTC);
        assertThat(vm.matching("xyz")).isEmpty();
    }

    @Test
    void aSuccessfulChargeHandsTheOpenSaleOnAndClearsTheAmount() {
        checkout.autoOpen = true;
        List<SaleSnapshot> shown = new ArrayList<>();
        KeypadViewModel vm = new KeypadViewModel(checkout, QuoteAsset.USD, NOW, shown::add);
        vm.type('8');
        vm.remarkProperty().set("table 4");

        vm.charge();

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).sale().remark()).isEqualTo("table 4");
        assertThat(vm.inputProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theRemarkIsCutAtFiftyCharacters() {
        KeypadViewModel vm = new KeypadViewModel(checkout, QuoteAsset.USD, NOW, s -> { });
        vm.remarkProperty().set("x".repeat(70));
        assertThat(vm.remarkProperty().get()).hasSize(50);
    }

    @Test
    void aSettledSaleOnThePaymentScreenBecomesItsResultWithACue() {
        SaleSnapshot s = Sales.open("10");
        shell.showSale(s);
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.PAYMENT);

        checkout.push(Sales.failed(s, "40000"));

        assertThat(shell.screenProperty().get()).isEqualTo(Screen.RESULT);
        assertThat(sounds).containsExactly("failed");
    }

    @Test
    void anOlderChangeArrivingLateDoesNotUndoANewerOne() {
        SaleSnapshot s = Sales.open("10");
        shell.showSale(s);
        SaleSnapshot older = Sales.status(s, "confirming", 1, null, null, null);
        SaleSnapshot newer = Sales.outcome(s, Outcome.PAID, "success");

        checkout.push(newer);
        checkout.push(older);

        assertThat(shell.currentProperty().get()).isEqualTo(newer);
    }

    @Test
    void aBackgroundSalePaidAfterCancelBecomesANotice() {
        SaleSnapshot s = Sales.open("10");

        checkout.push(Sales.outcome(s, Outcome.PAID_AFTER_CANCEL, "success"));

        assertThat(shell.notices()).extracting(SaleSnapshot::orderId).containsExactly(s.orderId());
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.KEYPAD);
    }

    @Test
    void anUnknownFailureCodeStillTellsTheCashierWhatToDo() {
        ResultContent c = ResultContent.of(Sales.failed(Sales.open("10"), "49999"));
        assertThat(c.tone()).isEqualTo("failed");
        assertThat(c.lines().get(0)).contains("code 49999", "Start a new sale");
    }

    @Test
    void settingsRefuseAPayeeIdThatIsNotAUuidUnlessEmptyInTraining() {
        SettingsViewModel live = new SettingsViewModel(checkout, new FakeSettings(), false, NOW, NOW, () -> { });
        SettingsViewModel training = new SettingsViewModel(checkout, new FakeSettings(), true, NOW, NOW, () -> { });

        live.payeeIdProperty().set("x");
        live.payeeIdProperty().set("");
        training.payeeIdProperty().set("x");
        training.payeeIdProperty().set("");

        assertThat(live.payeeProblemProperty().get()).isEqualTo("Enter the merchant's MixPay payee id.");
        assertThat(training.payeeProblemProperty().get()).isEmpty();
    }

    @Test
    void savingSettingsReportsWhatTheEditorSaid() {
        FakeSettings editor = new FakeSettings();
        List<String> saved = new ArrayList<>();
        SettingsViewModel vm = new SettingsViewModel(checkout, editor, false, NOW, NOW, () -> saved.add("yes"));
        vm.load();

        vm.save();

        assertThat(editor.saved).hasSize(1);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved to " + java.nio.file.Path.of("data", "settings.properties")
                + ". Restart MixPay POS to apply.");
        assertThat(saved).containsExactly("yes");
    }
}
