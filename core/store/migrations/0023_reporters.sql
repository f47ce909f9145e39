-- The vetted reporter network (the Guatemala City model): residents and business owners join only
-- by invitation from an approved member, need approvals from a configurable number of members and
-- the police's background check, and lose their place after too many strikes. Only approved
-- members' numbers raise alerts on the vetted channel (the gateway reads `reporters`).
ALTER TABLE reporters ADD COLUMN invited_by int REFERENCES reporters;
ALTER TABLE reporters ADD COLUMN police_approved_by text;
ALTER TABLE reporters ADD COLUMN police_approved_at timestamptz;
ALTER TABLE reporters ADD COLUMN suspended_at timestamptz;

CREATE TABLE reporter_approvals (
    reporter_id  int NOT NULL REFERENCES reporters,
    approver_id  int NOT NULL REFERENCES reporters,
    at           timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (reporter_id, approver_id),
    CHECK (reporter_id <> approver_id)
);

CREATE TABLE reporter_strikes (
    id           bigserial PRIMARY KEY,
    reporter_id  int NOT NULL REFERENCES reporters,
    rule         text NOT NULL CHECK (rule IN ('chain_message', 'naming_persons', 'false_report', 'abuse', 'other')),
    note         text NOT NULL DEFAULT '',
    at           timestamptz NOT NULL DEFAULT now(),
    by           text NOT NULL DEFAULT session_user
);

CREATE FUNCTION vetting_setting(p_key text, p_default int) RETURNS int LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce((SELECT (settings -> 'vetting' ->> p_key)::int FROM stations ORDER BY id LIMIT 1), p_default);
$$;

-- Approved once enough members approved and the police checked; never while suspended.
CREATE FUNCTION reporter_refresh(p_reporter int) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    r reporters;
    approvals int;
BEGIN
    SELECT * INTO r FROM reporters WHERE id = p_reporter FOR UPDATE;
    SELECT count(*) INTO approvals FROM reporter_approvals a JOIN reporters m ON m.id = a.approver_id
     WHERE a.reporter_id = p_reporter AND m.status = 'approved';
    IF r.status = 'suspended' THEN
        RETURN r.status;
    END IF;
    UPDATE reporters SET status = CASE WHEN approvals >= vetting_setting('required_approvals', 2)
                                             AND police_approved_at IS NOT NULL THEN 'approved' ELSE 'pending' END
     WHERE id = p_reporter RETURNING status INTO r.status;
    RETURN r.status;
END
$$;

CREATE FUNCTION reporter_number_hash(p_number text) RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT encode(hmac(convert_to(regexp_replace(p_number, '[^0-9]', '', 'g'), 'UTF8'),
                       (SELECT value FROM gateway_secrets WHERE name = 'tip_hash_key'), 'sha256'), 'hex');
$$;

-- An approved member invites a number (the admin records it on the member's behalf).
CREATE FUNCTION reporter_invite(p_inviter int, p_number text, p_name text, p_kind text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id int;
BEGIN
    IF (SELECT status FROM reporters WHERE id = p_inviter) IS DISTINCT FROM 'approved' THEN
        RAISE EXCEPTION 'only an approved member can invite' USING ERRCODE = 'CN002';
    END IF;
    IF reporter_number_hash(p_number) IS NULL THEN
        RAISE EXCEPTION 'start the gateway once first (it makes the key numbers are hashed with)';
    END IF;
    INSERT INTO reporters (number_hash, display_name, kind, status, invited_by)
    VALUES (reporter_number_hash(p_number), p_name, p_kind, 'pending', p_inviter) RETURNING id INTO new_id;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.invite', 'reporter', new_id, jsonb_build_object('inviter', p_inviter, 'name', p_name));
    RETURN new_id;
END
$$;

-- The first members of a station's network: founded by the police, approved at once.
CREATE FUNCTION reporter_found(p_number text, p_name text, p_kind text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id int;
BEGIN
    INSERT INTO reporters (number_hash, display_name, kind, status, police_approved_by, police_approved_at)
    VALUES (reporter_number_hash(p_number), p_name, p_kind, 'approved', session_user, now()) RETURNING id INTO new_id;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.found', 'reporter', new_id, jsonb_build_object('name', p_name));
    RETURN new_id;
END
$$;

CREATE FUNCTION reporter_approve(p_reporter int, p_approver int) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (SELECT status FROM reporters WHERE id = p_approver) IS DISTINCT FROM 'approved' THEN
        RAISE EXCEPTION 'only an approved member can approve' USING ERRCODE = 'CN002';
    END IF;
    INSERT INTO reporter_approvals (reporter_id, approver_id) VALUES (p_reporter, p_approver) ON CONFLICT DO NOTHING;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.approve', 'reporter', p_reporter, jsonb_build_object('approver', p_approver));
    RETURN reporter_refresh(p_reporter);
END
$$;

CREATE FUNCTION reporter_police_check(p_reporter int, p_passed boolean, p_note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_passed THEN
        UPDATE reporters SET police_approved_by = session_user, police_approved_at = now() WHERE id = p_reporter;
    ELSE
        UPDATE reporters SET status = 'suspended', suspended_at = now() WHERE id = p_reporter;
    END IF;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.background_check', 'reporter', p_reporter, jsonb_build_object('passed', p_passed, 'note', p_note));
    RETURN reporter_refresh(p_reporter);
END
$$;

CREATE FUNCTION reporter_strike(p_reporter int, p_rule text, p_note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    total int;
BEGIN
    INSERT INTO reporter_strikes (reporter_id, rule, note) VALUES (p_reporter, p_rule, coalesce(p_note, ''));
    UPDATE reporters SET strikes = strikes + 1 WHERE id = p_reporter RETURNING strikes INTO total;
    IF total >= vetting_setting('max_strikes', 3) THEN
        UPDATE reporters SET status = 'suspended', suspended_at = now() WHERE id = p_reporter;
    END IF;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.strike', 'reporter', p_reporter, jsonb_build_object('rule', p_rule, 'strikes', total));
    RETURN (SELECT status FROM reporters WHERE id = p_reporter);
END
$$;

CREATE FUNCTION reporter_reinstate(p_reporter int, p_note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE reporters SET status = 'pending', strikes = 0, suspended_at = NULL WHERE id = p_reporter;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.reinstate', 'reporter', p_reporter, jsonb_build_object('note', p_note));
    RETURN reporter_refresh(p_reporter);
END
$$;

REVOKE ALL ON reporter_approvals, reporter_strikes FROM PUBLIC;
REVOKE ALL ON FUNCTION vetting_setting(text, int), reporter_refresh(int), reporter_number_hash(text),
    reporter_invite(int, text, text, text), reporter_found(text, text, text), reporter_approve(int, int),
    reporter_police_check(int, boolean, text), reporter_strike(int, text, text), reporter_reinstate(int, text)
    FROM PUBLIC;
GRANT SELECT ON reporter_approvals, reporter_strikes TO centinela_admin;
GRANT EXECUTE ON FUNCTION reporter_invite(int, text, text, text), reporter_found(text, text, text),
    reporter_approve(int, int), reporter_police_check(int, boolean, text), reporter_strike(int, text, text),
    reporter_reinstate(int, text) TO centinela_admin;

-- The gateway gives a member a strike when it refuses their message for a rule (a chain message).
CREATE FUNCTION reporter_auto_strike(p_number_hash text, p_rule text, p_note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    member int;
BEGIN
    SELECT id INTO member FROM reporters WHERE number_hash = p_number_hash AND status <> 'suspended';
    IF member IS NULL THEN
        RETURN NULL; -- not a member: nothing to count
    END IF;
    RETURN reporter_strike(member, p_rule, p_note);
END
$$;
REVOKE ALL ON FUNCTION reporter_auto_strike(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporter_auto_strike(text, text, text) TO centinela_gateway;
