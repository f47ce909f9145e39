-- Replies to citizens who are not tipsters: an acknowledgement when their message becomes an alert,
-- and "a unit is on the way, about N minutes" when the first unit is assigned to an incident their
-- alert is linked to. Their numbers are kept only as keyed hashes on the alert; the reply address is
-- stored encrypted beside it (the tips' key), readable by the gateway's functions only. CAP and
-- bracelet alerts have no sender to answer.

CREATE TABLE alert_senders (
    alert_id       bigint PRIMARY KEY REFERENCES alerts ON DELETE CASCADE,
    channel        text NOT NULL CHECK (channel IN ('sms', 'whatsapp')),
    reply_address  bytea NOT NULL
);

ALTER TABLE outbound_messages ADD COLUMN alert_id bigint REFERENCES alerts;
-- The desk's estimate at assignment (seconds), for the sender's message and for later review.
ALTER TABLE assignments ADD COLUMN eta_s int CHECK (eta_s >= 0);

-- Called by the gateway for a citizen's message (not a tip): the alert, the sender's encrypted reply
-- address and the acknowledgement (p_ack; none when empty) in one transaction. A retry of the same
-- message is stored once and acknowledged once.
CREATE FUNCTION cmd_create_citizen_alert(p_id uuid, p_alert jsonb, p_number text, p_channel text, p_ack text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    result jsonb;
    alert bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM gateway_secrets WHERE name = 'tip_reply_key') THEN
        INSERT INTO gateway_secrets (name, value) VALUES ('tip_reply_key', gen_random_bytes(32)) ON CONFLICT DO NOTHING;
    END IF;
    result := cmd_create_alert(p_id, p_alert);
    alert := (result ->> 'alert_id')::bigint;
    IF NOT coalesce((result ->> 'ok')::boolean, false) OR coalesce((result ->> 'duplicate')::boolean, false)
       OR coalesce((result ->> 'replayed')::boolean, false) OR alert IS NULL THEN
        RETURN result;
    END IF;
    -- (Rows this transaction just made: nothing here can wait behind another desk's lock.)
    INSERT INTO alert_senders (alert_id, channel, reply_address)
    VALUES (alert, p_channel, pgp_sym_encrypt(p_number, encode(tip_key('tip_reply_key'), 'hex')))
    ON CONFLICT (alert_id) DO NOTHING;
    IF coalesce(trim(p_ack), '') <> '' THEN
        INSERT INTO outbound_messages (body, created_by, channel, reply_address, alert_id)
        SELECT left(trim(p_ack), 1600), 'centinela-gateway', s.channel, s.reply_address, alert
          FROM alert_senders s WHERE s.alert_id = alert;
        PERFORM pg_notify('centinela_outbound', '');
    END IF;
    RETURN result;
END
$$;

-- The station's wording for "on the way" (stations.settings -> replies.on_the_way, '%s' = minutes).
CREATE FUNCTION replies_on_the_way(p_eta_s int) RETURNS text LANGUAGE sql STABLE
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE WHEN p_eta_s IS NULL
                THEN coalesce((SELECT settings #>> '{replies,on_the_way_no_eta}' FROM stations ORDER BY id LIMIT 1),
                              'Una unidad policial va en camino a su reporte.')
                ELSE format(coalesce((SELECT settings #>> '{replies,on_the_way}' FROM stations ORDER BY id LIMIT 1),
                                     'Una unidad policial va en camino; llegará en unos %s minutos.'),
                            greatest(1, ceil(p_eta_s / 60.0)::int)) END;
$$;

CREATE FUNCTION assignment_take_eta() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.eta_s := coalesce(NEW.eta_s, nullif(current_setting('centinela.assign_eta_s', true), '')::int);
    RETURN NEW;
END
$$;
CREATE TRIGGER assignments_eta BEFORE INSERT ON assignments FOR EACH ROW EXECUTE FUNCTION assignment_take_eta();

-- The first live unit on an incident: every sender whose alert is linked to it hears it is coming.
CREATE FUNCTION assignment_notify_senders() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.assignments
                WHERE incident_id = NEW.incident_id AND cleared_at IS NULL AND id <> NEW.id) THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.outbound_messages (body, created_by, channel, reply_address, alert_id)
    SELECT public.replies_on_the_way(NEW.eta_s), 'centinela-gateway', s.channel, s.reply_address, a.id
      FROM public.alerts a JOIN public.alert_senders s ON s.alert_id = a.id
     WHERE a.incident_id = NEW.incident_id;
    IF FOUND THEN
        PERFORM pg_notify('centinela_outbound', '');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER assignments_notify AFTER INSERT ON assignments FOR EACH ROW EXECUTE FUNCTION assignment_notify_senders();

-- Assignment with the desk's ETA (seconds; NULL when unknown). The 4-argument form stays for old
-- callers and queued commands; both end in the same function and the same messages.
CREATE FUNCTION cmd_assign_unit(p_id uuid, p_incident bigint, p_unit int, p_reason text, p_eta_s int) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    result jsonb;
BEGIN
    PERFORM set_config('centinela.assign_eta_s', coalesce(greatest(p_eta_s, 0)::text, ''), true);
    result := cmd_assign_unit(p_id, p_incident, p_unit, p_reason);
    PERFORM set_config('centinela.assign_eta_s', '', true);
    RETURN result;
END
$$;

REVOKE ALL ON alert_senders FROM PUBLIC;
REVOKE ALL ON FUNCTION cmd_create_citizen_alert(uuid, jsonb, text, text, text), replies_on_the_way(int),
                       assignment_take_eta(), assignment_notify_senders(),
                       cmd_assign_unit(uuid, bigint, int, text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmd_create_citizen_alert(uuid, jsonb, text, text, text) TO centinela_gateway;
GRANT EXECUTE ON FUNCTION cmd_assign_unit(uuid, bigint, int, text, int) TO centinela_operator;
GRANT SELECT (alert_id) ON outbound_messages TO centinela_operator;
