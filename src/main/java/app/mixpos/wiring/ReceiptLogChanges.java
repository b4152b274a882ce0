package app.mixpos.wiring;

import app.mixpos.receipts.ReceiptLog;
import app.mixpos.store.ChangeSource;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The receipt log's outbox for one till, as the store sender reads it. */
public final class ReceiptLogChanges implements ChangeSource {

    private final ReceiptLog log;
    private final String tillId;

    public ReceiptLogChanges(ReceiptLog log, String tillId) {
        this.log = Objects.requireNonNull(log, "log");
        this.tillId = Objects.requireNonNull(tillId, "tillId");
    }

    @Override
    public String tillId() {
        return tillId;
    }

    @Override
    public long lastSeq() {
        return log.outboxPosition(tillId).lastSeq();
    }

    @Override
    public long acknowledgedSeq() {
        return log.outboxPosition(tillId).acknowledgedSeq();
    }

    @Override
    public List<Change> after(long seq, int limit) {
        return log.outboxAfter(tillId, seq, limit).stream()
                .map(e -> new Change(e.seq(), e.kind(), e.payload()))
                .toList();
    }

    @Override
    public void acknowledge(long seq, Instant at) {
        log.acknowledgeOutbox(tillId, seq, at);
    }
}
