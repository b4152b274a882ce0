-- The receipt log, version 4: room for more than one till, and reasons as codes instead of sentences.
-- sales: till_id (the till that made the sale), version (1 when recorded, one more per change; a change is stored
-- only over the version it was made from), reasons (canonical JSON: [{"code":"MISMATCH","args":{...}}], '[]' for
-- none). detail keeps the sentence of rows written before version 4; new rows leave it NULL.
-- sale_events: till_id, reasons (JSON as above; NULL in old events, whose reasons are read from detail) and
-- chain_format: 1 = the eight-field hash of versions 2-3, left exactly as it was; 2 = the hash also covers
-- till_id, reasons and the format. Each till has its own chain; chain_heads holds each till's newest event so a
-- removed last event shows. What is already in the log belongs to the till opening it (the Java step).

ALTER TABLE sales ADD COLUMN till_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sales ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE sales ADD COLUMN reasons TEXT NOT NULL DEFAULT '[]';

ALTER TABLE sale_events ADD COLUMN till_id TEXT NOT NULL DEFAULT '';
ALTER TABLE sale_events ADD COLUMN reasons TEXT;
ALTER TABLE sale_events ADD COLUMN chain_format INTEGER NOT NULL DEFAULT 1;

CREATE TABLE chain_heads (
    till_id   TEXT    PRIMARY KEY,
    last_id   INTEGER NOT NULL,
    last_hash TEXT    NOT NULL
);

-- What a till resumes on start: only its own unfinished sales, still a tiny partial index.
DROP INDEX sales_unfinished;
CREATE INDEX sales_unfinished ON sales (till_id, created_at) WHERE needs_watching = 1 OR outcome = 'CREATING';

-- Where a till's next event chains from: its last event, found from this index.
CREATE INDEX sale_events_by_till ON sale_events (till_id);

DROP TRIGGER sale_events_no_update;
DROP TRIGGER sale_events_no_delete;

-- @step tills-and-reasons-backfill

CREATE TRIGGER sale_events_no_update BEFORE UPDATE ON sale_events
BEGIN
    SELECT RAISE(ABORT, 'sale_events is append-only: a recorded event cannot be changed');
END;

CREATE TRIGGER sale_events_no_delete BEFORE DELETE ON sale_events
BEGIN
    SELECT RAISE(ABORT, 'sale_events is append-only: a recorded event cannot be deleted');
END;
