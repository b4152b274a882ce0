-- The last change the store holds for a till, read without the row-level policies.
--
-- A till's role reads received_changes through the policy own_shop (shop_of_till(till_id) = my_shop()). The planner
-- cannot take "the newest change of this till" from the primary key's end under that filter: it read every change the
-- till had ever delivered, calling both functions on each, and the trigger below asked once per arriving change. A
-- till's deliveries slowed down with its history (15,000 changes as a till's role: 186 a second, against 2,000 as the
-- owner; a batch of 500 after 1,500 delivered ran past the driver's 20 s socket timeout, so the till never caught
-- up). Now the key's end is read as the owner, in O(log n): by received_head for the sender (its own till only), and
-- once per statement by the gap check.

-- The newest seq the store holds for p_till (0 when none), or NULL when the calling till role may not know it (another
-- till: its insert is then refused by the row-level policy, with no number of another till in the message).
CREATE FUNCTION received_head(p_till text) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
$$
BEGIN
    IF till_of_role(session_user::text) IS DISTINCT FROM p_till
            AND pg_has_role(session_user, '${tillGroup}', 'MEMBER')
            AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT coalesce(max(seq), 0) FROM received_changes WHERE till_id = p_till);
END
$$;

REVOKE ALL ON FUNCTION received_head(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION received_head(text) TO ${tillGroup};

-- The content hash stays per row (V1's trigger, without its lookup); that changes arrive 1, 2, 3 ... with no gap is
-- checked once per statement, for each till whose changes it inserted, as the owner (two probes of the primary key).
-- Another till's rows never get here: the row-level policy refuses them first.
CREATE OR REPLACE FUNCTION received_changes_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.content_hash := encode(sha256(convert_to(NEW.payload, 'UTF8')), 'hex');
    RETURN NEW;
END
$$;

CREATE FUNCTION received_changes_follow() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    r      record;
    v_before bigint;
    v_newest bigint;
BEGIN
    FOR r IN SELECT a.till_id, min(a.seq) AS first, max(a.seq) AS last, count(*) AS n
             FROM arrived a GROUP BY a.till_id LOOP
        SELECT coalesce(max(c.seq), 0) INTO v_before FROM received_changes c
            WHERE c.till_id = r.till_id AND c.seq < r.first;
        SELECT max(c.seq) INTO v_newest FROM received_changes c WHERE c.till_id = r.till_id;
        IF r.first <> v_before + 1 OR r.last - r.first + 1 <> r.n OR v_newest <> r.last THEN
            RAISE EXCEPTION 'changes % to % of till % do not follow the last change the store holds (%) without a gap',
                r.first, r.last, r.till_id, v_before USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER received_changes_follow AFTER INSERT ON received_changes REFERENCING NEW TABLE AS arrived
    FOR EACH STATEMENT EXECUTE FUNCTION received_changes_follow();

-- ---- The shared MixPay budget, paced and taken in turn (budget_lease of V100, changed where marked "paced")
--
-- V100 granted whatever the window of the last minute still had, to whichever till asked first. Four tills each
-- showing a QR want more than the shop's 57 a minute, so the window filled in the first 35 s and then gave nothing
-- for about 30 s, every minute over again (the grants leave the window in the order they came): customers waited
-- up to 33 s for Paid (bench "four": median 0.9 s, p95 32 s), while the waiting tills asked the store five times a
-- second each (V100 answered "ask again in 0 ms" while it kept its last request for a cashier). Now:
--   - grants to customers' screens and the background are paced: one every window / (ceiling - 2) at most, two at
--     once after a pause (so in any window at most the ceiling), so the window never fills early and a saturated
--     address hands out a request every 1.15 s, evenly; a cashier's request is not paced (it counts in the window
--     only); a till whose customer's screen waits with others waiting too is granted one at a time;
--   - when the paced request is scarce, the till whose customer's screen has waited longest takes it (each till's
--     waiting_since), so no till loses the race to the others again and again;
--   - a till granted nothing is told when to ask again: the next paced slot, or when the window frees a request.
-- The window's own limit (at most the ceiling, the fixed shares of tills away kept free) is checked as before and
-- still alone decides the most any minute can have: pacing only ever grants less.

ALTER TABLE budget_address ADD COLUMN paced_at timestamptz;
ALTER TABLE budget_till ADD COLUMN waiting_since timestamptz;

CREATE OR REPLACE FUNCTION budget_lease(p_address text, p_till text, p_ceiling integer, p_tills integer,
                                        p_window_ms bigint, p_lease_ms bigint, p_want_ia integer, p_want_fg integer,
                                        p_want_bg integer, p_fg_demand integer, p_fallback_ms bigint[],
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
    -- paced: one grant every v_step at most, and v_burst at once after a pause
    v_burst    integer  := 2;
    v_step     interval := (p_window_ms * interval '1 millisecond') / greatest(p_ceiling - 2, 1);
    v_paced_at timestamptz;
    v_paced    integer;
    v_ahead    integer;
    v_waiting  timestamptz;
    v_used     integer;
    v_oldest   timestamptz;
    v_active   integer;
    v_fg_other integer;
    v_avail    integer;
    v_ia       integer := 0;
    v_fg       integer := 0;
    v_bg       integer := 0;
    v_retry    interval;
BEGIN
    -- a till's role leases for its own till only (the owner, not a member of the tills' group, for any)
    IF pg_has_role(session_user, '${tillGroup}', 'MEMBER')
            AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
            AND v_role_till IS DISTINCT FROM p_till THEN
        RAISE EXCEPTION 'role % may lease MixPay requests only for its own till (%), not %', session_user,
            coalesce(v_role_till, 'none registered'), p_till USING ERRCODE = '42501';
    END IF;
    INSERT INTO budget_address (address) VALUES (p_address) ON CONFLICT DO NOTHING;
    SELECT a.paced_at INTO v_paced_at FROM budget_address a WHERE a.address = p_address FOR UPDATE;
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
    -- paced: when this till's customer's screen began to wait (kept while it waits, cleared when it is served)
    SELECT t.waiting_since INTO v_waiting FROM budget_till t WHERE t.address = p_address AND t.till = p_till;
    v_waiting := CASE WHEN p_want_fg > 0 THEN coalesce(v_waiting, v_now) END;
    INSERT INTO budget_till AS t (address, till, lease_until, foreground, background, seen_at, waiting_since)
    VALUES (p_address, p_till, v_now + p_lease_ms * interval '1 millisecond', p_fg_demand, p_want_bg, v_now,
            v_waiting)
    ON CONFLICT (address, till) DO UPDATE
        SET lease_until = excluded.lease_until, foreground = excluded.foreground,
            background = excluded.background, seen_at = excluded.seen_at, waiting_since = excluded.waiting_since;
    SELECT coalesce(sum(g.tokens), 0), min(g.granted_at) INTO v_used, v_oldest
    FROM budget_grant g WHERE g.address = p_address AND g.granted_at > v_now - v_window;
    SELECT count(*), coalesce(sum(t.foreground) FILTER (WHERE t.till <> p_till), 0),
           count(*) FILTER (WHERE t.till <> p_till AND t.waiting_since IS NOT NULL
                            AND (v_waiting IS NULL OR t.waiting_since < v_waiting))
        INTO v_active, v_fg_other, v_ahead
    FROM budget_till t WHERE t.address = p_address AND t.lease_until > v_now;
    -- tills without a lease may be selling on their fixed share: keep it free for them
    v_avail := p_ceiling - v_used - v_share * greatest(p_tills - v_active, 0);
    -- paced: how many may go now (at most v_burst after a pause)
    IF v_paced_at IS NULL OR v_paced_at < v_now THEN
        v_paced_at := v_now;
    END IF;
    v_paced := least(v_burst, greatest(0, floor(extract(epoch FROM (v_now + v_burst * v_step - v_paced_at))
                                                / extract(epoch FROM v_step))::integer));
    IF p_want_ia > 0 AND v_avail > 0 THEN
        -- a cashier waiting on any till first (not paced)
        v_ia := least(p_want_ia, v_avail);
    END IF;
    IF p_want_fg > 0 AND v_avail - v_ia > 1 AND v_paced > v_ahead THEN
        -- then the customers' screens, across tills, keeping one for a cashier's charge; when scarce, in proportion
        -- to what each till is waiting for; paced, and in turn: only when the tills that have waited longer leave
        -- one of the paced requests
        v_fg := least(p_want_fg, v_paced - v_ahead, CASE WHEN v_fg_other > 0 THEN 1 ELSE v_burst END,
                      greatest(1, ((v_avail - v_ia - 1) * p_fg_demand)
                                  / (greatest(p_fg_demand, p_want_fg) + v_fg_other)));
    END IF;
    IF p_want_bg > 0 THEN
        -- the background only from what other tills' customers' screens leave, and 3 kept for a cashier; paced
        v_bg := least(p_want_bg, greatest(v_avail - v_ia - v_fg - v_fg_other - 3, 0),
                      greatest(v_paced - v_fg - v_ahead, 0));
    END IF;
    IF v_ia + v_fg + v_bg > 0 THEN
        INSERT INTO budget_grant (address, till, granted_at, tokens)
        VALUES (p_address, p_till, v_now, v_ia + v_fg + v_bg);
    END IF;
    IF v_fg + v_bg > 0 THEN
        -- paced: what was paced moves the pace on (a cashier's requests only count in the window)
        UPDATE budget_address SET paced_at = v_paced_at + (v_fg + v_bg) * v_step WHERE address = p_address;
    END IF;
    IF v_fg > 0 THEN
        UPDATE budget_till SET waiting_since = NULL WHERE address = p_address AND till = p_till;
    END IF;
    granted_ia := v_ia;
    granted_fg := v_fg;
    granted_bg := v_bg;
    -- paced: when to ask again if something is still wanted: when the window frees a request (as before), else the
    -- next paced slot, else (another till's turn) a step
    IF (p_want_ia > v_ia OR p_want_fg > v_fg OR p_want_bg > v_bg) THEN
        IF v_avail - v_ia - v_fg - v_bg <= (CASE WHEN p_want_ia > v_ia THEN 0 ELSE 1 END) AND v_oldest IS NOT NULL THEN
            v_retry := v_oldest + v_window - v_now;
        ELSIF v_paced - v_fg - v_bg <= 0 THEN
            v_retry := (v_paced_at + (v_fg + v_bg) * v_step) - v_burst * v_step + v_step - v_now;
        ELSE
            v_retry := v_step;
        END IF;
        retry_ms := greatest(0, (extract(epoch FROM v_retry) * 1000)::bigint);
    ELSE
        retry_ms := 0;
    END IF;
    server_time := v_now;
    RETURN NEXT;
END;
$$;
