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
