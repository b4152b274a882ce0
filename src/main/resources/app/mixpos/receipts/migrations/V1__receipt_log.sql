-- The receipt log, version 1. Times are UTC text like 2026-11-21T10:15:30.123Z (text order = time order).
-- Money is exact decimal text, never floating point; amount_minor holds the amount in the currency's
-- smallest unit so SUM() is exact.

CREATE TABLE sales (
    id                  INTEGER PRIMARY KEY,
    order_id            TEXT    NOT NULL UNIQUE,
    trace_id            TEXT    NOT NULL UNIQUE,
    created_at          TEXT    NOT NULL,
    amount              TEXT    NOT NULL,
    amount_minor        INTEGER,
    quote_decimals      INTEGER NOT NULL,
    quote_asset_id      TEXT    NOT NULL,
    quote_symbol        TEXT    NOT NULL,
    quote_is_fiat       INTEGER NOT NULL CHECK (quote_is_fiat IN (0, 1)),
    settlement_asset_id TEXT    NOT NULL,
    payee_id            TEXT    NOT NULL,
    remark              TEXT,
    link_mode           TEXT    NOT NULL,
    payment_link        TEXT,
    outcome             TEXT    NOT NULL CHECK (outcome IN ('CREATING', 'OPEN', 'PAID', 'PAID_SURPLUS', 'FAILED',
                                    'MISMATCH', 'CANCELLED', 'PAID_AFTER_CANCEL', 'VOID')),
    status              TEXT    NOT NULL,
    confirmations       INTEGER,
    payment_amount      TEXT,
    payable_amount      TEXT,
    payable_symbol      TEXT,
    surplus_amount      TEXT,
    surplus_status      TEXT    NOT NULL,
    failure_code        TEXT    NOT NULL,
    detail              TEXT,
    needs_watching      INTEGER NOT NULL CHECK (needs_watching IN (0, 1)),
    updated_at          TEXT    NOT NULL
);

CREATE INDEX sales_by_created_at ON sales (created_at);

-- Covers the paid-totals query: a day or a month is summed from this index alone.
CREATE INDEX sales_totals ON sales (created_at, outcome, quote_asset_id, quote_decimals, quote_symbol, amount_minor);

-- Only the few sales still followed up are in this index, so resuming after a restart stays instant.
CREATE INDEX sales_unfinished ON sales (created_at) WHERE needs_watching = 1 OR outcome = 'CREATING';

CREATE TABLE sale_events (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    sale_id  INTEGER NOT NULL REFERENCES sales (id),
    at       TEXT    NOT NULL,
    kind     TEXT    NOT NULL,
    outcome  TEXT    NOT NULL,
    status   TEXT    NOT NULL,
    detail   TEXT,
    raw_body TEXT    NOT NULL
);

CREATE INDEX sale_events_by_sale ON sale_events (sale_id);

CREATE TRIGGER sale_events_no_update BEFORE UPDATE ON sale_events
BEGIN
    SELECT RAISE(ABORT, 'sale_events is append-only: a recorded event cannot be changed');
END;

CREATE TRIGGER sale_events_no_delete BEFORE DELETE ON sale_events
BEGIN
    SELECT RAISE(ABORT, 'sale_events is append-only: a recorded event cannot be deleted');
END;

CREATE TABLE quote_assets (
    position       INTEGER PRIMARY KEY,
    asset_id       TEXT    NOT NULL,
    symbol         TEXT    NOT NULL,
    decimal_digit  INTEGER NOT NULL,
    min_amount     TEXT,
    max_amount     TEXT,
    is_fiat        INTEGER NOT NULL CHECK (is_fiat IN (0, 1))
);

CREATE TABLE settlement_assets (
    position  INTEGER PRIMARY KEY,
    asset_id  TEXT NOT NULL,
    symbol    TEXT NOT NULL,
    name      TEXT,
    network   TEXT
);
