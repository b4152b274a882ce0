package app.mixpos.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.config.StoreSettings;
import app.mixpos.receipts.ReceiptLog;
import app.mixpos.records.StoreState;
import app.mixpos.sale.Amount;
import app.mixpos.sale.LinkMode;
import app.mixpos.sale.QuoteAsset;
import app.mixpos.sale.Sale;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.sale.SaleState;
import app.mixpos.store.StoreSchema;
import app.mixpos.testing.TestPostgres;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * Store mode wired for one till against a real PostgreSQL: the sender delivers what the till recorded and the state
 * follows it; a wrong password or a server that is not there only changes the state, and no log line (at any level,
 * with its exceptions) ever holds the password.
 */
class StoreLinkTest {

    private static final AtomicInteger ROLES = new AtomicInteger();
    private static final String SECRET = "Sup3r-s3cret-" + UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private String url;
    private String role;

    @BeforeEach
    void storeWithARegisteredTill() throws Exception {
        logs.start();
        root.addAppender(logs);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        ((Logger) LoggerFactory.getLogger("app.mixpos")).setLevel(Level.DEBUG);
        TestPostgres pg = TestPostgres.server();
        String adminUrl = pg.freshDatabase("link");
        // the test server's URL names its superuser (?user=postgres), which would win over the till's role
        url = adminUrl.indexOf('?') < 0 ? adminUrl : adminUrl.substring(0, adminUrl.indexOf('?'));
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(url);
        owner.setUser(pg.user());
        owner.setPassword(pg.password());
        StoreSchema.migrate(owner);
        role = "till_l" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO shops (shop_id, name) VALUES ('MAIN', 'Main street')");
            s.execute("INSERT INTO tills (till_id, shop_id, name, db_role) VALUES ('A1', 'MAIN', 'Counter 1', '"
                    + role + "')");
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + SECRET + "' IN ROLE " + StoreSchema.TILL_GROUP);
        }
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
        ((Logger) LoggerFactory.getLogger("app.mixpos")).setLevel(Level.INFO);
    }

    private StoreSettings settings(String storeUrl, String password) {
        return new StoreSettings(storeUrl, "MAIN", "Counter 1", role, password, null, null, 4);
    }

    private static SaleSnapshot record(ReceiptLog log) {
        Sale sale = new Sale("A1-" + UUID.randomUUID().toString().substring(0, 8), UUID.randomUUID(),
                new Amount(new BigDecimal("12.50"), new QuoteAsset("usd", "USD", 2, null, null, true)),
                "4d8c508b-91c5-375b-92b0-ee702ed2dac5", "6f3d0a1e-5a8b-4b0c-9d2e-2c1b7c9d4e5f", null,
                LinkMode.ONE_TIME, null, AT, AT.plusSeconds(900), "A1");
        return log.insert(new SaleSnapshot(sale, SaleState.creating(AT)));
    }

    /** Follows the link's state until one matches, or fails after the store's own timeouts have long passed. */
    private static StoreState awaitState(StoreLink link, Predicate<StoreState> wanted) throws Exception {
        LinkedBlockingQueue<StoreState> seen = new LinkedBlockingQueue<>();
        try (AutoCloseable following = link.states().follow(seen::add)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                StoreState s = seen.poll(1, TimeUnit.SECONDS);
                if (s != null && wanted.test(s)) {
                    return s;
                }
            }
        }
        throw new AssertionError("the store's state never became as wanted; last: " + link.states().current());
    }

    @Test
    void aTillDeliversWhatItRecordedAndReadsItBackFromTheShop() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1");
             StoreLink link = StoreLink.open(settings(url, SECRET), "A1", log, Clock.systemUTC(), Runnable::run)) {
            SaleSnapshot sale = record(log);
            assertThat(link.states().current().link()).isEqualTo(StoreState.Link.CONNECTING);

            link.start();

            assertThat(awaitState(link, s -> s.link() == StoreState.Link.REACHABLE && s.waiting() == 0))
                    .isEqualTo(new StoreState(StoreState.Link.REACHABLE, 0, 0));
            assertThat(link.shop().find(sale.orderId()).join()).contains(sale);
            assertThat(link.shop().recent(10).join()).containsExactly(sale);
        }
        assertThat(logged()).contains("Store mode: shop MAIN, till A1 (Counter 1) as role " + role)
                .doesNotContain(SECRET);
    }

    /**
     * The embedded server trusts connections from this computer, so it cannot refuse a wrong password; a role it does
     * not know is refused the same way (SQL state 28000, like 28P01 for a wrong password) and carries a password too.
     */
    @Test
    void aRefusedLoginIsShownAsRefusedTheTillSellsOnAndThePasswordIsNeverLogged() throws Exception {
        String wrong = "Wr0ng-" + UUID.randomUUID();
        StoreSettings unknownRole = new StoreSettings(url, "MAIN", null, "till_nobody_" + ROLES.incrementAndGet(),
                wrong, null, null, 4);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1");
             StoreLink link = StoreLink.open(unknownRole, "A1", log, Clock.systemUTC(), Runnable::run)) {
            record(log);
            link.start();

            StoreState refused = awaitState(link, s -> s.link() == StoreState.Link.REFUSED);

            assertThat(refused.waiting()).isEqualTo(1);
            SaleSnapshot next = record(log);
            assertThat(log.byOrderId(next.orderId())).contains(next);
        }
        assertThat(logged()).contains("Store delivery failed").doesNotContain(wrong).doesNotContain(SECRET);
    }

    /** Store mode's MixPay budget comes from the store: the cashier's request is granted by a lease on the server. */
    @Test
    void theTillsMixPayRequestsAreLeasedFromItsShopsSharedBudget() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1");
             StoreLink link = StoreLink.open(settings(url, SECRET), "A1", log, Clock.systemUTC(), Runnable::run)) {
            app.mixpos.checkout.RequestBudget budget = link.budget(settings(url, SECRET), "A1", Clock.systemUTC());
            assertThat(link.budget(settings(url, SECRET), "A1", Clock.systemUTC())).as("one per link").isSameAs(budget);
            assertThat(budget).isInstanceOf(SharedRequestBudget.class);
            assertThat(budget.perMinute()).isEqualTo(StoreLink.SHOP_PER_MINUTE);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            boolean granted = false;
            while (!granted && System.nanoTime() < deadline) {
                granted = budget.tryAcquire(app.mixpos.checkout.RequestBudget.Priority.INTERACTIVE);
                if (!granted) {
                    Thread.sleep(50); // the lease is a round trip to a real server
                }
            }
            assertThat(granted).as("a cashier's request granted through the store").isTrue();
            assertThat(budget.granted()).isEqualTo(1);
        }
        TestPostgres pg = TestPostgres.server();
        try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password());
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM budget_grant WHERE till = 'A1'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).as("the store recorded the till's grants").isPositive();
        }
    }

    @Test
    void aStoreThatIsNotThereIsUnreachableWithTheChangesWaiting() throws Exception {
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1");
             StoreLink link = StoreLink.open(settings("jdbc:postgresql://127.0.0.1:1/store", SECRET), "A1", log,
                     Clock.systemUTC(), Runnable::run)) {
            record(log);
            record(log);
            link.start();

            assertThat(awaitState(link, s -> s.link() == StoreState.Link.UNREACHABLE))
                    .isEqualTo(new StoreState(StoreState.Link.UNREACHABLE, 2, 0));
        }
        assertThat(logged()).doesNotContain(SECRET);
    }

    /** Every captured line with its exceptions' messages and their causes'. */
    private String logged() {
        StringBuilder all = new StringBuilder();
        for (ILoggingEvent e : logs.list) {
            all.append(e.getFormattedMessage()).append('\n');
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                all.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
