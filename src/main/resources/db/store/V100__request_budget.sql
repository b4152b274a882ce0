-- One MixPay request budget per budget address (MixPay counts 60 requests a minute per internet address), shared by
-- every till behind that address. All times are the server's (clock_timestamp()), never a till's. See
-- app.mixpos.store.StoreRequestBudget for the algorithm and why it cannot exceed the limit.

CREATE TABLE budget_address (
    address text PRIMARY KEY
);

-- A till's membership of its address's budget: while lease_until is ahead the till draws from the shared budget;
-- after it, the store keeps the till's fixed share free, because the till may be selling on that share.
CREATE TABLE budget_till (
    address     text        NOT NULL REFERENCES budget_address (address),
    till        text        NOT NULL,
    lease_until timestamptz NOT NULL,
    foreground  integer     NOT NULL DEFAULT 0,
    background  integer     NOT NULL DEFAULT 0,
    seen_at     timestamptz NOT NULL,
    PRIMARY KEY (address, till)
);

-- Every request handed out (or, fallback = true, made on a till's fixed share while the store was away), kept for
-- one window: the sum over a window is what the address has spent.
CREATE TABLE budget_grant (
    id         bigserial   PRIMARY KEY,
    address    text        NOT NULL,
    till       text        NOT NULL,
    granted_at timestamptz NOT NULL,
    tokens     integer     NOT NULL CHECK (tokens > 0),
    fallback   boolean     NOT NULL DEFAULT false
);
CREATE INDEX budget_grant_window ON budget_grant (address, granted_at);

-- One lease, atomically (one round trip, serialised per address by a row lock):
--   p_ceiling       requests the whole address may make in one window (MixPay's limit less the safety margin)
--   p_tills         how many tills share the address: each one's fixed share is p_ceiling / p_tills (rounded down)
--   p_window_ms     the window a grant counts in (a minute plus how long a granted token stays usable)
--   p_lease_ms      how long this call keeps the till a member of the shared budget
--   p_want_ia/fg/bg requests the till is waiting for: for a cashier (a charge, "check now"), for the customer's
--                   screen, in the background
--   p_fg_demand     the till's customer's-screen and cashier demand: what it waits for plus what it used lately;
--                   other tills' background waits while it is not zero
--   p_fallback_ms   ages (ms, this till's own clock) of requests it made on its fixed share since its last lease
--   p_join          false for a till still on its fixed share: its requests are counted, its share stays kept
--                   free for it, and it is granted nothing; true to (re)join the shared budget
-- Returns the requests granted now and, when none could be, in how many ms the oldest grant leaves the window.
CREATE FUNCTION budget_lease(p_address text, p_till text, p_ceiling integer, p_tills integer, p_window_ms bigint,
                             p_lease_ms bigint, p_want_ia integer, p_want_fg integer, p_want_bg integer,
                             p_fg_demand integer, p_fallback_ms bigint[],
                             p_join boolean)
    RETURNS TABLE (granted_ia integer, granted_fg integer, granted_bg integer, retry_ms bigint,
                   server_time timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS
$$
DECLARE
    v_role_till text := till_of_role(session_user::text);
    v_now      timestamptz;
    v_window   interval := p_window_ms * interval '1 millisecond';
    v_share    integer  := p_ceiling / greatest(p_tills, 1);
    v_used     integer;
    v_oldest   timestamptz;
    v_active   integer;
    v_fg_other integer;
    v_avail    integer;
    v_ia       integer := 0;
    v_fg       integer := 0;
    v_bg       integer := 0;
BEGIN
    -- a till's role leases for its own till only (the owner, not a member of the tills' group, for any)
    IF pg_has_role(session_user, '${tillGroup}', 'MEMBER')
            AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
            AND v_role_till IS DISTINCT FROM p_till THEN
        RAISE EXCEPTION 'role % may lease MixPay requests only for its own till (%), not %', session_user,
            coalesce(v_role_till, 'none registered'), p_till USING ERRCODE = '42501';
    END IF;
    INSERT INTO budget_address (address) VALUES (p_address) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM budget_address WHERE address = p_address FOR UPDATE;
    -- the clock is read after the lock: now() is the transaction's start and may be a wait ago
    v_now := clock_timestamp();
    DELETE FROM budget_grant WHERE address = p_address AND granted_at <= v_now - v_window;
    IF p_fallback_ms IS NOT NULL AND cardinality(p_fallback_ms) > 0 THEN
        INSERT INTO budget_grant (address, till, granted_at, tokens, fallback)
        SELECT p_address, p_till, v_now - a * interval '1 millisecond', 1, true
        FROM unnest(p_fallback_ms) AS a
        WHERE a < p_window_ms;
    END IF;
    IF NOT p_join THEN
        granted_ia := 0;
        granted_fg := 0;
        granted_bg := 0;
        retry_ms := 0;
        server_time := v_now;
        RETURN NEXT;
        RETURN;
    END IF;
    INSERT INTO budget_till AS t (address, till, lease_until, foreground, background, seen_at)
    VALUES (p_address, p_till, v_now + p_lease_ms * interval '1 millisecond', p_fg_demand, p_want_bg, v_now)
    ON CONFLICT (address, till) DO UPDATE
        SET lease_until = excluded.lease_until, foreground = excluded.foreground,
            background = excluded.background, seen_at = excluded.seen_at;
    SELECT coalesce(sum(g.tokens), 0), min(g.granted_at) INTO v_used, v_oldest
    FROM budget_grant g WHERE g.address = p_address AND g.granted_at > v_now - v_window;
    SELECT count(*), coalesce(sum(t.foreground) FILTER (WHERE t.till <> p_till), 0) INTO v_active, v_fg_other
    FROM budget_till t WHERE t.address = p_address AND t.lease_until > v_now;
    -- tills without a lease may be selling on their fixed share: keep it free for them
    v_avail := p_ceiling - v_used - v_share * greatest(p_tills - v_active, 0);
    IF p_want_ia > 0 AND v_avail > 0 THEN
        -- a cashier waiting on any till first
        v_ia := least(p_want_ia, v_avail);
    END IF;
    IF p_want_fg > 0 AND v_avail - v_ia > 1 THEN
        -- then the customers' screens, across tills, keeping one for a cashier's charge; when scarce, in proportion
        -- to what each till is waiting for
        v_fg := least(p_want_fg, greatest(1, ((v_avail - v_ia - 1) * p_fg_demand)
                                             / (greatest(p_fg_demand, p_want_fg) + v_fg_other)));
    END IF;
    IF p_want_bg > 0 THEN
        -- the background only from what other tills' customers' screens leave, and 3 kept for a cashier
        v_bg := least(p_want_bg, greatest(v_avail - v_ia - v_fg - v_fg_other - 3, 0));
    END IF;
    IF v_ia + v_fg + v_bg > 0 THEN
        INSERT INTO budget_grant (address, till, granted_at, tokens)
        VALUES (p_address, p_till, v_now, v_ia + v_fg + v_bg);
    END IF;
    granted_ia := v_ia;
    granted_fg := v_fg;
    granted_bg := v_bg;
    retry_ms := CASE WHEN v_avail - v_ia - v_fg - v_bg > 0 OR v_oldest IS NULL THEN 0
                     ELSE greatest(0, (extract(epoch FROM (v_oldest + v_window - v_now)) * 1000)::bigint) END;
    server_time := v_now;
    RETURN NEXT;
END;
$$;

-- A till's role reaches the budget only through budget_lease, which runs as the owner and checks the till.
REVOKE ALL ON FUNCTION budget_lease(text, text, integer, integer, bigint, bigint, integer, integer, integer, integer,
    bigint[], boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION budget_lease(text, text, integer, integer, bigint, bigint, integer, integer, integer, integer,
    bigint[], boolean) TO ${tillGroup};
