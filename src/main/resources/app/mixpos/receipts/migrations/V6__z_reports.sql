-- The receipt log, version 6: Z reports (a till's period closed) and the indexes the X and Z reports read.
-- A Z covers its till's sales with sales.id in (first_sale_id, last_sale_id] and its till's events with
-- sale_events.id in (first_event_id, last_event_id]: the ids are handed out under the log's one writer, so a sale
-- is in exactly one period however the clocks go. totals is canonical JSON of what the period added up to when it
-- was closed (and of the later outcomes of earlier periods' sales, the adjustments); it is never recomputed.
-- Each till's Zs are a hash chain of their own (prev_hash, hash; the first from 64 zeros), and each Z also holds
-- the hash of its till's last event when it was closed (last_event_hash; 64 zeros when there was none), so a Z
-- pins the sale events before it. Rows are only ever added.

CREATE TABLE z_reports (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    till_id         TEXT    NOT NULL,
    number          INTEGER NOT NULL CHECK (number >= 1),
    opened_at       TEXT    NOT NULL,
    closed_at       TEXT    NOT NULL,
    zone            TEXT    NOT NULL,
    first_sale_id   INTEGER NOT NULL,
    last_sale_id    INTEGER NOT NULL,
    first_event_id  INTEGER NOT NULL,
    last_event_id   INTEGER NOT NULL,
    last_event_hash TEXT    NOT NULL,
    totals          TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    UNIQUE (till_id, number)
);

CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports
BEGIN
    SELECT RAISE(ABORT, 'z_reports is append-only: a closed Z report cannot be changed');
END;

CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports
BEGIN
    SELECT RAISE(ABORT, 'z_reports is append-only: a closed Z report cannot be deleted');
END;

-- A Z period's sales, read from this index alone: the till's sales in id order with what the totals need.
CREATE INDEX sales_by_till ON sales (till_id, id, outcome, quote_asset_id, quote_decimals, quote_symbol, amount_minor);

-- The sales a report lists for attention: few, so this partial index keeps the list instant at a million sales.
CREATE INDEX sales_attention ON sales (created_at)
    WHERE outcome IN ('CREATING', 'OPEN', 'MISMATCH', 'PAID_AFTER_CANCEL', 'VOID')
       OR surplus_status IN ('pending', 'sending', 'unknown');

-- What customers paid with, for the payment lines of a day or a month, from this index alone.
CREATE INDEX sales_payments ON sales (created_at, outcome, payable_symbol, surplus_status, payment_amount,
                                      surplus_amount);
