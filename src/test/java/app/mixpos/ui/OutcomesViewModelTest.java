package app.mixpos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.checkout.ConnectionHealth;
import app.mixpos.checkout.StoreException;
import app.mixpos.sale.Outcome;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Reason;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SurplusStatus;
import app.mixpos.ui.history.HistoryViewModel;
import app.mixpos.ui.keypad.KeypadViewModel;
import app.mixpos.ui.shell.Screen;
import app.mixpos.ui.shell.ShellFixture;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What reaches the cashier about outcomes and failures, on the view-models without the toolkit. */
class OutcomesViewModelTest {

    private static final Executor NOW = Runnable::run;
    private final FakeCheckout checkout = new FakeCheckout();
    private final List<String> sounds = new ArrayList<>();
    private final ShellFixture shell = new ShellFixture(checkout, NOW, RecordingSounds.into(sounds));
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger failuresLog = (Logger) LoggerFactory.getLogger(Failures.class);

    @BeforeEach
    void listenToTheLog() {
        log.start();
        failuresLog.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        failuresLog.detachAppender(log);
    }

    @Test
    void everyOutcomeOfASaleNotOnScreenBecomesANoticeWithItsSound() {
        SaleSnapshot paid = Sales.open("10");
        SaleSnapshot surplus = Sales.open("11");
        SaleSnapshot failed = Sales.open("12");
        SaleSnapshot mismatch = Sales.open("13");
        SaleSnapshot cancelled = Sales.open("14");

        checkout.push(Sales.outcome(paid, Outcome.PAID, "success"));
        checkout.push(Sales.surplus(surplus, "1.10", SurplusStatus.PENDING));
        checkout.push(Sales.failed(failed, "40000"));
        checkout.push(Sales.mismatch(mismatch, Reason.mismatch(Reason.MismatchField.PAYEE, "me", "someone-else")));
        checkout.push(Sales.outcome(cancelled, Outcome.CANCELLED, "unpaid"));

        assertThat(shell.notices()).extracting(n -> n.state().outcome())
                .containsExactly(Outcome.PAID, Outcome.PAID_SURPLUS, Outcome.FAILED, Outcome.MISMATCH);
        assertThat(sounds).containsExactly("paid", "paid", "failed", "failed");
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.KEYPAD);
    }

    @Test
    void aNoticeFollowsItsSaleWithoutRingingAgainUntilOpened() {
        SaleSnapshot s = Sales.open("10");
        checkout.push(Sales.surplus(s, "1.00", SurplusStatus.PENDING));
        SaleSnapshot sending = Sales.surplus(s, "1.00", SurplusStatus.SENDING);
        checkout.push(sending);

        assertThat(shell.notices()).containsExactly(sending);
        assertThat(sounds).containsExactly("paid");

        shell.openNotice(shell.notices().get(0));
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.RESULT);
        assertThat(shell.currentProperty().get()).isEqualTo(sending);
        assertThat(checkout.showing).last().isEqualTo(s.orderId());
        assertThat(shell.notices()).isEmpty();

        shell.leaveResult();
        checkout.push(Sales.surplus(s, "1.00", SurplusStatus.SUCCESS));
        assertThat(shell.notices()).isEmpty();
    }

    @Test
    void aResultTheCashierSawOnScreenIsNotAnnouncedAgainButALaterPaymentAfterCancelIs() {
        SaleSnapshot s = Sales.open("10");
        shell.showSale(s);
        checkout.push(Sales.failed(s, "40000"));
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.RESULT);
        shell.leaveResult();

        checkout.push(Sales.failed(s, "40000"));
        assertThat(shell.notices()).isEmpty();

        SaleSnapshot other = Sales.open("20");
        shell.showSale(other);
        shell.cancelCurrent();
        checkout.push(Sales.outcome(other, Outcome.PAID_AFTER_CANCEL, "success"));
        assertThat(shell.notices()).extracting(SaleSnapshot::orderId).containsExactly(other.orderId());
    }

    @Test
    void aSaleOpenedFromRecentSalesCountsAsSeen() {
        SaleSnapshot s = Sales.open("10");
        SaleSnapshot paid = Sales.outcome(s, Outcome.PAID, "success");
        checkout.push(paid);
        assertThat(shell.notices()).hasSize(1);

        shell.open(Screen.HISTORY);
        shell.showSale(paid);

        assertThat(shell.notices()).isEmpty();
        assertThat(shell.returnToProperty().get()).isEqualTo(Screen.HISTORY);
    }

    @Test
    void aCancelThatFailsSaysSoPutsTheQrBackAndLogsTheDetail() {
        SaleSnapshot s = Sales.open("10");
        checkout.sales.put(s.orderId(), s);
        checkout.cancelFailure = new CompletionException(new StoreException("disk I/O error", null));
        shell.showSale(s);

        shell.cancelCurrent();

        assertThat(shell.warnings()).containsExactly("The cancel could not be written to the receipt log: order "
                + s.orderId() + " is still open and still watched, and the customer can still pay it. Try again; if it"
                + " keeps happening, tell the owner (details in the log).");
        assertThat(shell.screenProperty().get()).isEqualTo(Screen.PAYMENT);
        assertThat(shell.currentProperty().get().orderId()).isEqualTo(s.orderId());
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains(s.orderId());
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("disk I/O error");
        });
    }

    @Test
    void aChargeTheReceiptLogRefusedIsASentenceWithWhatToDoAndTheDetailGoesToTheLog() {
        KeypadViewModel keypad = new KeypadViewModel(checkout, QuoteAsset.USD, NOW, s -> { });
        keypad.type('5');
        keypad.charge();

        checkout.failCharge(new StoreException("Could not write the receipt log at /x: [SQLITE_FULL] database or disk"
                + " is full", new RuntimeException("SQLITE_FULL")));

        assertThat(keypad.problemProperty().get()).isEqualTo("The receipt log could not be written: the sale was not"
                + " started and nothing was charged. Try again; if it keeps happening, tell the owner (details in the"
                + " log).");
        assertThat(keypad.problemProperty().get()).doesNotContain("SQLITE");
        assertThat(keypad.inputProperty().get()).isEqualTo("5");
        assertThat(log.list).singleElement().satisfies(e ->
                assertThat(e.getThrowableProxy().getMessage()).contains("SQLITE_FULL"));
    }

    @Test
    void recentSalesAreUpdatedAndGrowFromTheEngineWithoutReadingTheLogAgain() {
        SaleSnapshot a = Sales.open("10");
        SaleSnapshot b = Sales.open("20");
        checkout.sales.put(a.orderId(), a);
        checkout.sales.put(b.orderId(), b);
        HistoryViewModel history = new HistoryViewModel(checkout, checkout.records(), NOW, s -> { });
        history.refresh();
        checkout.sales.clear();

        checkout.push(Sales.outcome(a, Outcome.PAID, "success"));
        checkout.push(Sales.failed(b, "40000"));
        SaleSnapshot c = Sales.open("30");
        checkout.push(c);

        assertThat(history.sales()).extracting(SaleSnapshot::orderId)
                .containsExactly(c.orderId(), b.orderId(), a.orderId());
        assertThat(history.sales()).extracting(s -> s.state().outcome())
                .containsExactly(Outcome.OPEN, Outcome.FAILED, Outcome.PAID);
    }

    @Test
    void theReachabilityLineSaysWhatToDoAndGoesWhenMixPayAnswers() {
        assertThat(shell.reachability()).isEmpty();

        checkout.setHealth(new ConnectionHealth(true, null, ConnectionHealth.Problem.UNREACHABLE));
        assertThat(shell.reachability()).isEqualTo("MixPay cannot be reached — check the internet"
                + " connection; sales can't be taken until it is back.");

        checkout.setHealth(new ConnectionHealth(true, null, ConnectionHealth.Problem.MAINTENANCE, 10008));
        assertThat(shell.reachability()).startsWith("MixPay is under maintenance — ")
                .contains("try again");

        checkout.setHealth(new ConnectionHealth(false, Instant.now(), null, 0));
        assertThat(shell.reachability()).isEmpty();
    }

    @Test
    void aCheckNowThatFailsKeepsTheSaleWatchedAndLogsWhy() {
        SaleSnapshot s = Sales.open("10");
        checkout.sales.put(s.orderId(), s);
        checkout.checkFailure = new StoreException("database is locked", null);
        HistoryViewModel history = new HistoryViewModel(checkout, checkout.records(), NOW, x -> { });
        history.refresh();

        history.checkNow();

        assertThat(history.messageProperty().get()).isEqualTo("MixPay did not answer. The sale is still being watched.");
        assertThat(log.list).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains(s.orderId());
            assertThat(e.getThrowableProxy().getMessage()).isEqualTo("database is locked");
        });
    }
}
