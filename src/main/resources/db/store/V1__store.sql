-- The store database (store mode): every till's receipt log, delivered change by change through its outbox.
-- Applied by Flyway (classpath:db/store) as the database's owner; tills connect as roles that are members of
-- ${tillGroup} and see only their own shop (row-level security below). Conventions:
--   * money is NUMERIC, exactly the till's decimal text (12.50 stays 12.50); amount_minor as on the till;
--   * times are timestamptz, read from the till's UTC text; the text an event's hash covers is kept in at_text;
--   * nothing the store received is ever changed or deleted: received_changes, events and conflicts are
--     insert-only for the tills; sales keep the newest version of each sale (higher version wins, never lower).
--
-- For the store-wide views (see the indexes at the end):
--   recent sales of a shop     WHERE shop_id = ? ORDER BY created_at DESC LIMIT n    (sales_shop_recent)
--   a sale from any till       WHERE order_id = ?  /  WHERE trace_id = ?            (sales_by_order, sales_by_trace)
--   a day's totals             WHERE shop_id = ? AND created_at >= ? AND created_at < ? AND paid
--                              GROUP BY till_id, quote_asset_id, quote_symbol, quote_decimals  (sales_paid_by_shop_day)
--   a chain's totals per shop  WHERE created_at >= ? AND created_at < ? AND paid GROUP BY shop_id, ...
--                                                                                    (sales_paid_by_day)

CREATE TABLE shops (
    shop_id    text PRIMARY KEY CHECK (shop_id ~ '^[A-Za-z0-9_-]{1,32}$'),
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per till, written by the owner (README: "Store mode"). db_role is the PostgreSQL role the till logs in
-- as; row-level security finds a till's own rows through it.
CREATE TABLE tills (
    till_id    text PRIMARY KEY CHECK (till_id ~ '^[A-Z0-9]{1,8}$'),
    shop_id    text NOT NULL REFERENCES shops (shop_id),
    name       text NOT NULL,
    db_role    text UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tills_by_shop ON tills (shop_id);

-- Every change a till delivered, exactly as its outbox held it. (till_id, seq) is the idempotency key: a resend
-- of the same content is acknowledged again and adds nothing; other content under a kept key is a conflict.
-- content_hash is computed here from the payload, not taken from the till.
CREATE TABLE received_changes (
    till_id      text   NOT NULL REFERENCES tills (till_id),
    seq          bigint NOT NULL CHECK (seq >= 1),
    kind         text   NOT NULL,
    payload      text   NOT NULL,
    content_hash text   NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (till_id, seq)
);

-- The store's copy of each till's sale_events, one row per event, with the fields its hash covers exactly as the
-- till hashed them. chain_ok is set by the store itself (events_verify below), recomputing the hash with sha256().
CREATE TABLE events (
    till_id      text    NOT NULL REFERENCES tills (till_id),
    event_id     bigint  NOT NULL,
    seq          bigint  NOT NULL,
    shop_id      text    NOT NULL,
    order_id     text    NOT NULL,
    at_text      text    NOT NULL,
    at           timestamptz NOT NULL,
    kind         text    NOT NULL,
    outcome      text    NOT NULL,
    status       text    NOT NULL,
    detail       text,
    raw_body     text    NOT NULL,
    reasons      text,
    chain_format integer NOT NULL,
    prev_hash    text,
    hash         text,
    chain_ok     boolean NOT NULL DEFAULT false,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (till_id, seq)
);
-- event_id is the till log's own id: unique in one log, but a till reinstalled under the same id starts again at 1,
-- and that must show as a broken link, not stop its deliveries.
CREATE INDEX events_by_till_event ON events (till_id, event_id);
CREATE INDEX events_by_order ON events (order_id);

-- One row per sale of every till, in its newest state the store received.
CREATE TABLE sales (
    till_id             text    NOT NULL REFERENCES tills (till_id),
    order_id            text    NOT NULL,
    shop_id             text    NOT NULL,
    trace_id            uuid    NOT NULL,
    created_at          timestamptz NOT NULL,
    amount              numeric NOT NULL,
    amount_minor        bigint,
    quote_decimals      integer NOT NULL,
    quote_asset_id      text    NOT NULL,
    quote_symbol        text    NOT NULL,
    quote_is_fiat       boolean NOT NULL,
    settlement_asset_id text    NOT NULL,
    payee_id            text    NOT NULL,
    remark              text,
    link_mode           text    NOT NULL,
    payment_link        text,
    outcome             text    NOT NULL,
    status              text    NOT NULL,
    confirmations       integer,
    payment_amount      numeric,
    payable_amount      numeric,
    payable_symbol      text,
    surplus_amount      numeric,
    surplus_status      text    NOT NULL,
    failure_code        text    NOT NULL,
    reasons             jsonb   NOT NULL,
    detail              text,
    needs_watching      boolean NOT NULL,
    updated_at          timestamptz NOT NULL,
    expires_at          timestamptz,
    version             bigint  NOT NULL,
    last_seq            bigint  NOT NULL,
    received_at         timestamptz NOT NULL DEFAULT now(),
    paid                boolean GENERATED ALWAYS AS (outcome IN ('PAID', 'PAID_SURPLUS', 'PAID_AFTER_CANCEL')) STORED,
    PRIMARY KEY (till_id, order_id)
);

-- Each till's chain as the store verified it: its newest event and hash, how many events and broken links.
CREATE TABLE chain_heads (
    till_id       text   PRIMARY KEY REFERENCES tills (till_id),
    last_event_id bigint NOT NULL,
    last_hash     text,
    events        bigint NOT NULL,
    broken_links  bigint NOT NULL DEFAULT 0,
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Whatever the store would not take as it came: kept here, never overwritten, and shown (StoreStatus.conflicts).
--   SAME_KEY_OTHER_CONTENT  a (till, seq) already received arrived again with other content (offered_payload)
--   CHAIN_BROKEN            an event whose prev_hash is not its till's last hash, or whose hash does not follow
CREATE TABLE conflicts (
    id              bigserial PRIMARY KEY,
    till_id         text   NOT NULL REFERENCES tills (till_id),
    seq             bigint NOT NULL,
    kind            text   NOT NULL CHECK (kind IN ('SAME_KEY_OTHER_CONTENT', 'CHAIN_BROKEN')),
    kept_hash       text,
    offered_hash    text   NOT NULL,
    offered_payload text,
    detail          text   NOT NULL,
    detected_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (till_id, seq, kind, offered_hash)
);

-- ---- The chain, recomputed by the store. Same bytes as the till's HashChain: each field as a 4-byte big-endian
-- length of its UTF-8 bytes (-1 for NULL) then the bytes; SHA-256 in lower-case hex.
CREATE FUNCTION chain_hash(fields text[]) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(string_agg(CASE WHEN f IS NULL THEN int4send(-1)
                                         ELSE int4send(octet_length(convert_to(f, 'UTF8'))) || convert_to(f, 'UTF8')
                                    END, ''::bytea ORDER BY i)), 'hex')
    FROM unnest(fields) WITH ORDINALITY AS t(f, i)
$$;

CREATE FUNCTION event_hash(e events) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE e.chain_format
        WHEN 1 THEN chain_hash(ARRAY[e.prev_hash, e.order_id, e.at_text, e.kind, e.outcome, e.status, e.detail,
                                     e.raw_body])
        WHEN 2 THEN chain_hash(ARRAY[e.prev_hash, e.order_id, e.at_text, e.kind, e.outcome, e.status, e.detail,
                                     e.raw_body, e.till_id, e.reasons, '2'])
    END
$$;

-- ---- Whose rows: a till role's own till and shop. The lookups run as the owner (tills is behind RLS itself).
CREATE FUNCTION till_of_role(role_name text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT till_id FROM tills WHERE db_role = role_name
$$;

CREATE FUNCTION shop_of_role(role_name text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT shop_id FROM tills WHERE db_role = role_name
$$;

CREATE FUNCTION shop_of_till(till text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT shop_id FROM tills WHERE till_id = till
$$;

CREATE FUNCTION my_till() RETURNS text LANGUAGE sql STABLE AS $$ SELECT till_of_role(current_user::text) $$;
CREATE FUNCTION my_shop() RETURNS text LANGUAGE sql STABLE AS $$ SELECT shop_of_role(current_user::text) $$;

-- ---- Triggers: the shop of a row and the hash of a payload come from the store, not from the till.
CREATE FUNCTION set_shop() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    NEW.shop_id := shop_of_till(NEW.till_id);
    RETURN NEW;
END
$$;

-- A till's changes arrive 1, 2, 3 ... with no gap; the content hash is the store's own.
CREATE FUNCTION received_changes_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last bigint;
BEGIN
    SELECT coalesce(max(seq), 0) INTO last FROM received_changes WHERE till_id = NEW.till_id;
    IF NEW.seq <> last + 1 THEN
        RAISE EXCEPTION 'change % of till % does not follow the last change the store holds (%)',
            NEW.seq, NEW.till_id, last USING ERRCODE = 'check_violation';
    END IF;
    NEW.content_hash := encode(sha256(convert_to(NEW.payload, 'UTF8')), 'hex');
    RETURN NEW;
END
$$;

-- Verifies each arriving event against the till's last event the store holds (its hash recomputed here), records a
-- broken link as a conflict (the event is kept, marked chain_ok = false), and checks every later link against the
-- event's own hash, as the till's own check does. chain_heads is brought up to date once per statement (below).
CREATE FUNCTION events_verify() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    last_id   bigint := 0;
    last_hash text := repeat('0', 64);
    expected  text;
    problem   text;
BEGIN
    NEW.shop_id := shop_of_till(NEW.till_id);
    NEW.at := NEW.at_text::timestamptz;
    SELECT e.event_id, e.hash INTO last_id, last_hash
        FROM events e WHERE e.till_id = NEW.till_id ORDER BY e.seq DESC LIMIT 1;
    IF NOT FOUND THEN
        last_id := 0;
        last_hash := repeat('0', 64);
    END IF;
    expected := event_hash(NEW);
    IF NEW.event_id <= last_id THEN
        problem := format('event %s arrived after event %s of the same till', NEW.event_id, last_id);
    ELSIF NEW.prev_hash IS DISTINCT FROM last_hash THEN
        problem := format('event %s does not chain from the till''s last event %s (prev_hash %s, expected %s): '
                          'an event before it was removed or changed', NEW.event_id, last_id, NEW.prev_hash,
                          last_hash);
    ELSIF expected IS NULL THEN
        problem := format('event %s has chain format %s, which the store does not know', NEW.event_id,
                          NEW.chain_format);
    ELSIF expected IS DISTINCT FROM NEW.hash THEN
        problem := format('event %s: its contents do not give its hash (stored %s, computed %s)', NEW.event_id,
                          NEW.hash, expected);
    END IF;
    NEW.chain_ok := problem IS NULL;
    IF problem IS NOT NULL THEN
        INSERT INTO conflicts (till_id, seq, kind, kept_hash, offered_hash, detail)
        VALUES (NEW.till_id, NEW.seq, 'CHAIN_BROKEN', last_hash, coalesce(NEW.hash, ''), problem)
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END
$$;

-- Each till's head after a statement's events: newest event and hash, events and broken links counted.
CREATE FUNCTION chain_heads_advance() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO chain_heads AS h (till_id, last_event_id, last_hash, events, broken_links, updated_at)
    SELECT a.till_id, (array_agg(a.event_id ORDER BY a.seq DESC))[1], (array_agg(a.hash ORDER BY a.seq DESC))[1],
           count(*),
           count(*) FILTER (WHERE NOT a.chain_ok), now()
    FROM arrived a GROUP BY a.till_id
    ON CONFLICT (till_id) DO UPDATE
        SET last_event_id = excluded.last_event_id, last_hash = excluded.last_hash,
            events = h.events + excluded.events, broken_links = h.broken_links + excluded.broken_links,
            updated_at = now();
    RETURN NULL;
END
$$;

CREATE TRIGGER received_changes_hash BEFORE INSERT ON received_changes
    FOR EACH ROW EXECUTE FUNCTION received_changes_check();
CREATE TRIGGER events_verify BEFORE INSERT ON events
    FOR EACH ROW EXECUTE FUNCTION events_verify();
CREATE TRIGGER events_heads AFTER INSERT ON events REFERENCING NEW TABLE AS arrived
    FOR EACH STATEMENT EXECUTE FUNCTION chain_heads_advance();
CREATE TRIGGER sales_shop BEFORE INSERT OR UPDATE ON sales
    FOR EACH ROW EXECUTE FUNCTION set_shop();

-- ---- Indexes for the store-wide views (see the top of this file).
CREATE INDEX sales_shop_recent ON sales (shop_id, created_at DESC);
CREATE INDEX sales_by_order ON sales (order_id);
CREATE INDEX sales_by_trace ON sales (trace_id);
CREATE INDEX sales_paid_by_shop_day ON sales (shop_id, created_at)
    INCLUDE (till_id, quote_asset_id, quote_symbol, quote_decimals, amount, amount_minor) WHERE paid;
CREATE INDEX sales_paid_by_day ON sales (created_at)
    INCLUDE (shop_id, till_id, quote_asset_id, quote_symbol, quote_decimals, amount, amount_minor) WHERE paid;

-- ---- Roles: a till writes only its own rows and reads only its own shop. The owner (who runs this) is not
-- subject to these policies; a reader for the whole chain connects as the owner or a role the owner grants.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${tillGroup}') THEN
        CREATE ROLE ${tillGroup} NOLOGIN;
    END IF;
END
$$;

GRANT SELECT ON shops, tills, received_changes, events, sales, chain_heads, conflicts TO ${tillGroup};
GRANT INSERT ON received_changes, events, sales, conflicts TO ${tillGroup};
GRANT UPDATE ON sales TO ${tillGroup};
GRANT USAGE ON SEQUENCE conflicts_id_seq TO ${tillGroup};
-- A till's own Flyway run finds nothing to apply once the owner has migrated: it reads the history only.
GRANT SELECT ON "${flyway:table}" TO ${tillGroup};

ALTER TABLE shops ENABLE ROW LEVEL SECURITY;
ALTER TABLE tills ENABLE ROW LEVEL SECURITY;
ALTER TABLE received_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
ALTER TABLE sales ENABLE ROW LEVEL SECURITY;
ALTER TABLE chain_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_shop ON shops FOR SELECT USING (shop_id = my_shop());
CREATE POLICY own_shop ON tills FOR SELECT USING (shop_id = my_shop());
CREATE POLICY own_shop ON sales FOR SELECT USING (shop_id = my_shop());
CREATE POLICY own_shop ON events FOR SELECT USING (shop_id = my_shop());
CREATE POLICY own_shop ON received_changes FOR SELECT USING (shop_of_till(till_id) = my_shop());
CREATE POLICY own_shop ON chain_heads FOR SELECT USING (shop_of_till(till_id) = my_shop());
CREATE POLICY own_shop ON conflicts FOR SELECT USING (shop_of_till(till_id) = my_shop());

CREATE POLICY own_till ON received_changes FOR INSERT WITH CHECK (till_id = my_till());
CREATE POLICY own_till ON events FOR INSERT WITH CHECK (till_id = my_till());
CREATE POLICY own_till ON conflicts FOR INSERT WITH CHECK (till_id = my_till());
CREATE POLICY own_till ON sales FOR INSERT WITH CHECK (till_id = my_till());
CREATE POLICY own_till_update ON sales FOR UPDATE USING (till_id = my_till()) WITH CHECK (till_id = my_till());
