-- The receipt log, version 5: the outbox, the only path from this log to a store database (store mode).
-- Every change the till writes (a sale recorded or changed, with its sale_events row) adds one outbox row in the
-- same transaction: per till, seq 1, 2, 3 ... with no gap, and the payload: canonical JSON (keys sorted, no
-- whitespace) of the event exactly as its hash covers it (with hash and prev_hash) and the sale's row after the
-- change. kind names the record: 'sale_event' here; other records (a Z report closing a period) add kinds of their own.
-- outbox_tills keeps each till's last seq and the high-water mark the store acknowledged (acked_seq): only the
-- sender moves it, and only after the store committed. Acknowledged rows may be pruned; the app keeps them.
-- Events already in the log are put in the outbox now, in id order (the Java step), so the store sees whole chains.

CREATE TABLE outbox (
    till_id    TEXT    NOT NULL,
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    kind       TEXT    NOT NULL,
    payload    TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (till_id, seq)
) WITHOUT ROWID;

CREATE TABLE outbox_tills (
    till_id   TEXT    PRIMARY KEY,
    last_seq  INTEGER NOT NULL CHECK (last_seq >= 0),
    acked_seq INTEGER NOT NULL DEFAULT 0 CHECK (acked_seq >= 0 AND acked_seq <= last_seq),
    acked_at  TEXT
);

CREATE TRIGGER outbox_in_order BEFORE INSERT ON outbox
WHEN NEW.seq <> coalesce((SELECT last_seq FROM outbox_tills WHERE till_id = NEW.till_id), 0) + 1
BEGIN
    SELECT RAISE(ABORT, 'outbox rows are numbered 1, 2, 3 ... per till with no gap');
END;

CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
BEGIN
    SELECT RAISE(ABORT, 'outbox rows cannot be changed');
END;

CREATE TRIGGER outbox_keeps_unacknowledged BEFORE DELETE ON outbox
WHEN OLD.seq > coalesce((SELECT acked_seq FROM outbox_tills WHERE till_id = OLD.till_id), 0)
BEGIN
    SELECT RAISE(ABORT, 'an outbox row the store has not acknowledged cannot be deleted');
END;

-- @step outbox-backfill
