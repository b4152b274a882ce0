package app.mixpos.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.sale.SaleSnapshot;
import app.mixpos.testing.MutableClock;
import app.mixpos.wiring.ReceiptLogChanges;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictAndChainTest {

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(TillLogs.T0);

    @Test
    void theSameKeyWithOtherContentIsAConflictKeptBesideTheFirstAndShown() throws Exception {
        StoreFixture store = new StoreFixture("conflict").shop("S1").till("A1", "S1", null);
        SaleSnapshot first;
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("first.sqlite"), "A1")) {
            first = TillLogs.open(log, "A1", "5.00", TillLogs.T0);
            assertThat(sender(log, store).deliverOnce()).isTrue();
        }
        // the till was reinstalled with an empty log under the same till id: its changes 1 and 2 are other sales
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("second.sqlite"), "A1")) {
            SaleSnapshot other = TillLogs.open(log, "A1", "7.00", TillLogs.T0.plusSeconds(60));
            StoreSender sender = sender(log, store);
            List<StoreStatus> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            sender.subscribe(heard::add);

            assertThat(sender.deliverOnce()).isTrue();
            assertThat(sender.deliverOnce()).isTrue();

            assertThat(store.rows("SELECT seq, kind FROM conflicts ORDER BY seq"))
                    .containsExactly("1 SAME_KEY_OTHER_CONTENT", "2 SAME_KEY_OTHER_CONTENT");
            assertThat(store.rows("SELECT count(*) FROM conflicts WHERE offered_payload LIKE ?",
                    "%" + other.orderId() + "%")).containsExactly("2");
            assertThat(store.rows("SELECT order_id, amount::text FROM sales")).as("the first content is kept")
                    .containsExactly(first.orderId() + " 5.00");
            assertThat(store.count("SELECT count(*) FROM received_changes")).isEqualTo(2);
            assertThat(sender.status().conflicts()).isEqualTo(2);
            assertThat(heard.get(heard.size() - 1).conflicts()).isEqualTo(2);
            assertThat(log.outboxPosition("A1").waiting()).as("kept and shown, not blocking the outbox").isZero();
        }
    }

    @Test
    void anEventChangedOnTheWayIsABrokenLinkAtTheStoreAndTheRestOfTheChainIsStillChecked() throws Exception {
        StoreFixture store = new StoreFixture("tamper").shop("S1").till("A1", "S1", null);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            for (int i = 0; i < 3; i++) {
                TillLogs.pay(log, TillLogs.open(log, "A1", "1.0" + i, at(i)), at(i).plusSeconds(5));
            }
            // change 6 (the second sale's success) arrives saying FAILED instead of PAID, with its hash unchanged
            ChangeSource tampered = rewrite(new ReceiptLogChanges(log, "A1"),
                    c -> c.seq() == 6 ? c.payload().replace("\"outcome\":\"PAID\"", "\"outcome\":\"FAILED\"") : null);

            assertThat(new StoreSender(tampered, store.owner(), clock, Backoff.DEFAULT, 2, false).deliverOnce())
                    .isTrue();

            assertThat(store.rows("SELECT seq, kind FROM conflicts")).containsExactly("6 CHAIN_BROKEN");
            assertThat(store.rows("SELECT detail FROM conflicts").get(0)).contains("contents do not give its hash");
            assertThat(store.rows("SELECT seq FROM events WHERE NOT chain_ok")).containsExactly("6");
            assertThat(store.rows("SELECT events, broken_links FROM chain_heads")).containsExactly("9 1");
        }
    }

    @Test
    void anEventRemovedOnTheWayShowsAtTheNextLink() throws Exception {
        StoreFixture store = new StoreFixture("removed").shop("S1").till("A1", "S1", null);
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "A1")) {
            for (int i = 0; i < 3; i++) {
                TillLogs.open(log, "A1", "1.0" + i, at(i));
            }
            ChangeSource withoutThird = dropping(new ReceiptLogChanges(log, "A1"), 3);

            assertThat(new StoreSender(withoutThird, store.owner(), clock, Backoff.DEFAULT, 10, false).deliverOnce())
                    .isTrue();

            assertThat(store.rows("SELECT seq, kind FROM conflicts")).containsExactly("3 CHAIN_BROKEN");
            assertThat(store.rows("SELECT detail FROM conflicts").get(0)).contains("does not chain from");
            assertThat(store.rows("SELECT event_id FROM events WHERE NOT chain_ok")).containsExactly("4");
        }
    }

    @Test
    void aTillCannotMarkItsOwnEventAsVerified() throws Exception {
        StoreFixture store = new StoreFixture("forged").shop("S1").till("A1", "S1", null);
        store.sql("INSERT INTO events (till_id, event_id, seq, order_id, at_text, kind, outcome, status, raw_body, "
                + "chain_format, prev_hash, hash, chain_ok) VALUES ('A1', 1, 1, 'A1-000001', '2026-12-02T09:00:00.000Z', "
                + "'created', 'CREATING', 'unpaid', '', 2, repeat('0', 64), repeat('a', 64), true)");

        assertThat(store.rows("SELECT chain_ok, shop_id FROM events")).containsExactly("f S1");
        assertThat(store.rows("SELECT kind FROM conflicts")).containsExactly("CHAIN_BROKEN");
    }

    @Test
    void aTillTheOwnerHasNotRegisteredIsToldSoAndKeepsItsChanges() throws Exception {
        StoreFixture store = new StoreFixture("unregistered").shop("S1");
        try (ReceiptLog log = ReceiptLog.open(dir.resolve("receipts.sqlite"), "Z9")) {
            TillLogs.open(log, "Z9", "1.00", TillLogs.T0);
            StoreSender sender = sender(log, store);

            assertThat(sender.deliverOnce()).isFalse();

            assertThat(sender.status().problem()).isEqualTo(StoreStatus.Problem.TILL_NOT_REGISTERED);
            assertThat(sender.status().reachable()).isTrue();
            assertThat(sender.status().waiting()).isEqualTo(2);
            assertThat(store.count("SELECT count(*) FROM received_changes")).isZero();
        }
    }

    private StoreSender sender(ReceiptLog log, StoreFixture store) {
        return new StoreSender(new ReceiptLogChanges(log, tillOf(log)),
                store.owner(), clock, Backoff.DEFAULT, 100, false);
    }

    private static String tillOf(ReceiptLog log) {
        return log.recent(1).get(0).sale().tillId();
    }

    private static Instant at(int i) {
        return TillLogs.T0.plusSeconds(60L * i);
    }

    /** {@code source} with some payloads rewritten ({@code change} returns null to leave one as it is). */
    static ChangeSource rewrite(ChangeSource source, java.util.function.Function<ChangeSource.Change, String> change) {
        return new Wrapped(source, list -> list.stream().map(c -> {
            String payload = change.apply(c);
            return payload == null ? c : new ChangeSource.Change(c.seq(), c.kind(), payload);
        }).toList(), 0);
    }

    /** {@code source} without change {@code removed}: later changes move down one, as if it had never been. */
    static ChangeSource dropping(ChangeSource source, long removed) {
        return new Wrapped(source, list -> list.stream().filter(c -> c.seq() != removed)
                .map(c -> c.seq() > removed ? new ChangeSource.Change(c.seq() - 1, c.kind(), c.payload()) : c)
                .toList(), removed);
    }

    private record Wrapped(ChangeSource real, UnaryOperator<List<ChangeSource.Change>> edit, long removed)
            implements ChangeSource {
        @Override
        public String tillId() {
            return real.tillId();
        }

        @Override
        public long lastSeq() {
            return real.lastSeq() - (removed > 0 ? 1 : 0);
        }

        @Override
        public long acknowledgedSeq() {
            return real.acknowledgedSeq();
        }

        @Override
        public List<Change> after(long seq, int limit) {
            return edit.apply(real.after(removed > 0 && seq >= removed ? seq + 1 : seq, limit + 1)).stream()
                    .filter(c -> c.seq() > seq).limit(limit).toList();
        }

        @Override
        public void acknowledge(long seq, Instant at) {
            real.acknowledge(removed > 0 && seq >= removed ? seq + 1 : seq, at);
        }
    }
}
