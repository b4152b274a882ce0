-- The receipt log, version 2: a hash chain over sale_events, so a changed, removed or inserted event shows.
-- hash = SHA-256 (hex) over the previous event's hash and this event's canonical fields (see HashChain);
-- the first event chains from 64 zeros. Existing events are chained in id order by the Java step below,
-- with the append-only triggers lifted for this one transaction only.

ALTER TABLE sale_events ADD COLUMN prev_hash TEXT;
ALTER TABLE sale_events ADD COLUMN hash TEXT;

DROP TRIGGER sale_events_no_update;
DROP TRIGGER sale_events_no_delete;

-- @step hash-chain-backfill

CREATE TRIGGER sale_events_no_update BEFORE UPDATE ON sale_events
BEGIN
    SELECT RAISE(ABORT, 'sale_events is append-only: a recorded event cannot be changed');
END;

CREATE TRIGGER sale_events_no_delete BEFORE DELETE ON sale_events
BEGIN
    SELECT RAISE(ABORT, 'sale_events is append-only: a recorded event cannot be deleted');
END;
