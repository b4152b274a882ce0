-- Each till's closed Z reports as rows of their own, for the whole shop's "closing the day" view (issue 13, store
-- mode). A Z travels from the till as an outbox change of kind 'z_report' ({"z_report":{...}}, its receipt-log row
-- with its columns sorted); store/StoreReceiver adds the row in the same transaction as the change, once: a resend of
-- the same change adds nothing (received_changes' key) and (till_id, number) is unique here as well.
-- totals is the till's canonical JSON text exactly as its Z's hash covers it (read it as totals::jsonb); the Z's
-- hash, prev_hash and last_event_hash are kept so the till's chain of Zs can be checked here too. Rows are only added.

CREATE TABLE store_z_reports (
    till_id         text   NOT NULL REFERENCES tills (till_id),
    number          bigint NOT NULL CHECK (number >= 1),
    shop_id         text   NOT NULL,
    seq             bigint NOT NULL,
    opened_at       timestamptz NOT NULL,
    closed_at       timestamptz NOT NULL,
    zone            text   NOT NULL,
    first_event_id  bigint NOT NULL,
    last_event_id   bigint NOT NULL,
    last_event_hash text   NOT NULL,
    totals          text   NOT NULL,
    prev_hash       text   NOT NULL,
    hash            text   NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (till_id, number)
);
-- a shop's Zs closed in a day: WHERE shop_id = ? AND closed_at >= ? AND closed_at < ?
CREATE INDEX store_z_reports_shop_closed ON store_z_reports (shop_id, closed_at);

CREATE TRIGGER store_z_reports_shop BEFORE INSERT ON store_z_reports
    FOR EACH ROW EXECUTE FUNCTION set_shop();

-- The Zs the store already received before this table existed, kept raw in received_changes.
INSERT INTO store_z_reports (till_id, number, shop_id, seq, opened_at, closed_at, zone, first_event_id,
                             last_event_id, last_event_hash, totals, prev_hash, hash, received_at)
SELECT r.till_id, (z ->> 'number')::bigint, shop_of_till(r.till_id), r.seq, (z ->> 'opened_at')::timestamptz,
       (z ->> 'closed_at')::timestamptz, z ->> 'zone', (z ->> 'first_event_id')::bigint,
       (z ->> 'last_event_id')::bigint, z ->> 'last_event_hash', z ->> 'totals', z ->> 'prev_hash', z ->> 'hash',
       r.received_at
FROM received_changes r, LATERAL (SELECT r.payload::jsonb -> 'z_report' AS z) p
WHERE r.kind = 'z_report'
ON CONFLICT (till_id, number) DO NOTHING;

GRANT SELECT, INSERT ON store_z_reports TO ${tillGroup};
ALTER TABLE store_z_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_shop ON store_z_reports FOR SELECT USING (shop_id = my_shop());
CREATE POLICY own_till ON store_z_reports FOR INSERT WITH CHECK (till_id = my_till());
