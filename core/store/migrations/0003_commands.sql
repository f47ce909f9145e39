-- Commands: each is one transaction that checks its preconditions, changes state, appends events
-- and records its id (a replayed command returns the first result and changes nothing).
-- Every function changes all the state it needs *before* its first append_event, because the
-- event-ordering lock is then held to commit and must never be held while waiting for a row.

CREATE FUNCTION command_begin(p_id uuid, p_kind text) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_id IS NULL THEN
        RAISE EXCEPTION 'a command needs an id' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    INSERT INTO commands (id, kind, actor) VALUES (p_id, p_kind, session_user) ON CONFLICT (id) DO NOTHING;
    IF FOUND THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT coalesce(result, '{}'::jsonb) || '{"replayed": true}'::jsonb FROM commands WHERE id = p_id);
END
$$;

CREATE FUNCTION command_finish(p_id uuid, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE commands SET result = p_result WHERE id = p_id;
    IF (p_result ->> 'ok')::boolean THEN
        -- One tiny notification per transaction, delivered at commit.
        PERFORM pg_notify('centinela_events', '');
    END IF;
    RETURN p_result;
END
$$;

CREATE FUNCTION command_conflict(p_id uuid, p_message text, p_details jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE sql SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT command_finish(p_id, jsonb_build_object('ok', false, 'conflict', true, 'message', p_message) || p_details);
$$;

CREATE FUNCTION append_event(p_command uuid, p_kind text, p_entity_type text, p_entity_id bigint, p_payload jsonb)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    -- Held until commit: ids are drawn, and become visible, in order.
    PERFORM pg_advisory_xact_lock(4242001);
    INSERT INTO events (id, kind, entity_type, entity_id, payload, command_id, actor)
    VALUES (nextval('events_id_seq'), p_kind, p_entity_type, p_entity_id, p_payload, p_command, session_user)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;

CREATE FUNCTION unit_json(p_id int) RETURNS jsonb LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_jsonb(u) FROM units u WHERE u.id = p_id;
$$;
CREATE FUNCTION alert_json(p_id bigint) RETURNS jsonb LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_jsonb(a) FROM alerts a WHERE a.id = p_id;
$$;
CREATE FUNCTION incident_json(p_id bigint) RETURNS jsonb LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_jsonb(i) FROM incidents i WHERE i.id = p_id;
$$;
CREATE FUNCTION assignment_json(p_id bigint) RETURNS jsonb LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT to_jsonb(a) FROM assignments a WHERE a.id = p_id;
$$;

-- Alerts -------------------------------------------------------------------------------------------

CREATE FUNCTION cmd_create_alert(p_id uuid, p_alert jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'create_alert');
    new_id bigint;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    -- Channels that arrive through the gateway cannot be entered from a desk (nor used to shadow a
    -- real message's id); a desk takes phone calls, radio, the front desk and the hotline.
    IF coalesce(p_alert ->> 'channel', '') NOT IN ('phone', 'radio', 'front_desk', 'hotline')
       AND NOT pg_has_role(session_user, 'centinela_gateway', 'MEMBER')
       AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN command_conflict(p_id, format('channel %s is only for the gateway', p_alert ->> 'channel'));
    END IF;
    INSERT INTO alerts (station_id, channel, external_id, reporter_ref, body, lon, lat, location_text, attachments,
                        received_at, priority)
    VALUES ((SELECT min(id) FROM stations), p_alert ->> 'channel', p_alert ->> 'external_id',
            p_alert ->> 'reporter_ref', coalesce(p_alert ->> 'body', ''), (p_alert ->> 'lon')::float8,
            (p_alert ->> 'lat')::float8, p_alert ->> 'location_text', coalesce(p_alert -> 'attachments', '[]'),
            coalesce((p_alert ->> 'received_at')::timestamptz, now()), coalesce((p_alert ->> 'priority')::int, 3))
    ON CONFLICT (channel, external_id) DO NOTHING
    RETURNING id INTO new_id;
    IF new_id IS NULL THEN
        -- The channel retried a message we already hold: store it once.
        SELECT id INTO new_id FROM alerts WHERE channel = p_alert ->> 'channel' AND external_id = p_alert ->> 'external_id';
        RETURN command_finish(p_id, jsonb_build_object('ok', true, 'alert_id', new_id, 'duplicate', true));
    END IF;
    PERFORM append_event(p_id, 'alert.created', 'alert', new_id, alert_json(new_id));
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'alert_id', new_id));
END
$$;

CREATE FUNCTION cmd_acknowledge_alert(p_id uuid, p_alert bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'acknowledge_alert');
    a alerts;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    UPDATE alerts SET state = 'acknowledged', acknowledged_at = now(), acknowledged_by = session_user
     WHERE id = p_alert AND state = 'new' RETURNING * INTO a;
    IF a.id IS NULL THEN
        SELECT * INTO a FROM alerts WHERE id = p_alert;
        IF a.id IS NULL THEN
            RETURN command_conflict(p_id, format('alert %s does not exist', p_alert));
        END IF;
        RETURN command_conflict(p_id, format('alert %s was already acknowledged by %s', p_alert,
                                             coalesce(a.acknowledged_by, '?')), jsonb_build_object('winner', a.acknowledged_by));
    END IF;
    PERFORM append_event(p_id, 'alert.acknowledged', 'alert', a.id, to_jsonb(a));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- Incidents ----------------------------------------------------------------------------------------

-- Creates an incident, optionally from alerts (which are linked to it). The incident's received and
-- acknowledged times are those of its earliest alert, so processing time starts when the public
-- called, not when the operator got to it.
CREATE FUNCTION cmd_create_incident(p_id uuid, p_incident jsonb, p_alerts bigint[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'create_incident');
    new_id bigint;
    first_received timestamptz;
    first_ack timestamptz;
    busy bigint;
    alert_id bigint;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    p_alerts := coalesce(p_alerts, '{}');
    -- Lock every alert to be linked (in id order, so two desks cannot deadlock), then check them:
    -- of two desks linking the same alert, the second is told it is taken.
    PERFORM 1 FROM alerts WHERE id = ANY (p_alerts) ORDER BY id FOR UPDATE;
    IF (SELECT count(*) FROM alerts WHERE id = ANY (p_alerts)) <> cardinality(ARRAY(SELECT DISTINCT unnest(p_alerts))) THEN
        RETURN command_conflict(p_id, 'an alert to link does not exist');
    END IF;
    SELECT id INTO busy FROM alerts WHERE id = ANY (p_alerts) AND state IN ('linked', 'dismissed') ORDER BY id LIMIT 1;
    IF busy IS NOT NULL THEN
        RETURN command_conflict(p_id, format('alert %s is already linked to incident %s by another desk', busy,
                                             (SELECT incident_id FROM alerts WHERE id = busy)));
    END IF;
    SELECT min(received_at), min(coalesce(acknowledged_at, now())) INTO first_received, first_ack
      FROM alerts WHERE id = ANY (p_alerts);
    INSERT INTO incidents (station_id, type, priority, lon, lat, address, location_source, channel, received_at,
                           acknowledged_at)
    VALUES ((SELECT min(id) FROM stations), coalesce(p_incident ->> 'type', 'unknown'),
            coalesce((p_incident ->> 'priority')::int, 3), (p_incident ->> 'lon')::float8,
            (p_incident ->> 'lat')::float8, p_incident ->> 'address', p_incident ->> 'location_source',
            coalesce(p_incident ->> 'channel',
                     (SELECT channel FROM alerts WHERE id = ANY (p_alerts) ORDER BY received_at LIMIT 1)),
            coalesce(first_received, (p_incident ->> 'received_at')::timestamptz, now()),
            coalesce(first_ack, now()))
    RETURNING id INTO new_id;
    UPDATE alerts SET state = 'linked', incident_id = new_id,
                      acknowledged_at = coalesce(acknowledged_at, now()),
                      acknowledged_by = coalesce(acknowledged_by, session_user)
     WHERE id = ANY (p_alerts);
    PERFORM append_event(p_id, 'incident.created', 'incident', new_id, incident_json(new_id));
    FOREACH alert_id IN ARRAY p_alerts LOOP
        PERFORM append_event(p_id, 'alert.linked', 'alert', alert_id, alert_json(alert_id));
    END LOOP;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('incident.create', 'incident', new_id, jsonb_build_object('alerts', to_jsonb(p_alerts)));
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'incident_id', new_id));
END
$$;

-- Conflict-safe assignment: the conditional update decides; exactly one desk wins and the others
-- are told who did.
CREATE FUNCTION cmd_assign_unit(p_id uuid, p_incident bigint, p_unit int, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'assign_unit');
    u units;
    inc incidents;
    winner assignments;
    new_assignment bigint;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO inc FROM incidents WHERE id = p_incident FOR UPDATE;
    IF inc.id IS NULL OR inc.state = 'closed' THEN
        RETURN command_conflict(p_id, format('incident %s is closed or does not exist', p_incident));
    END IF;
    UPDATE units SET status = 'dispatched', incident_id = p_incident
     WHERE id = p_unit AND status = 'available' RETURNING * INTO u;
    IF u.id IS NULL THEN
        SELECT * INTO u FROM units WHERE id = p_unit;
        IF u.id IS NULL THEN
            RETURN command_conflict(p_id, format('unit %s does not exist', p_unit));
        END IF;
        SELECT * INTO winner FROM assignments WHERE unit_id = p_unit AND cleared_at IS NULL;
        IF winner.id IS NOT NULL THEN
            RETURN command_conflict(p_id,
                format('unit %s was already assigned to incident %s by %s', u.call_sign, winner.incident_id,
                       winner.assigned_by),
                jsonb_build_object('winner', winner.assigned_by, 'incident_id', winner.incident_id));
        END IF;
        RETURN command_conflict(p_id, format('unit %s is not available (%s)', u.call_sign, u.status),
                                jsonb_build_object('status', u.status));
    END IF;
    INSERT INTO assignments (incident_id, unit_id, assigned_at, assigned_by, reason)
    VALUES (p_incident, p_unit, now(), session_user, p_reason) RETURNING id INTO new_assignment;
    UPDATE incidents SET state = CASE WHEN state = 'pending' THEN 'dispatched' ELSE state END,
                         dispatched_at = coalesce(dispatched_at, now())
     WHERE id = p_incident;
    PERFORM append_event(p_id, 'unit.status', 'unit', p_unit, unit_json(p_unit));
    PERFORM append_event(p_id, 'assignment.created', 'assignment', new_assignment, assignment_json(new_assignment));
    PERFORM append_event(p_id, 'incident.updated', 'incident', p_incident, incident_json(p_incident));
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('unit.assign', 'incident', p_incident, jsonb_build_object('unit', u.call_sign, 'reason', p_reason));
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'assignment_id', new_assignment));
END
$$;

-- Unit status changes, with the lifecycle times they cause (each recorded once).
CREATE FUNCTION cmd_set_unit_status(p_id uuid, p_unit int, p_status text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'set_unit_status');
    u units;
    a assignments;
    live_left int;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO u FROM units WHERE id = p_unit FOR UPDATE;
    IF u.id IS NULL THEN
        RETURN command_conflict(p_id, format('unit %s does not exist', p_unit));
    END IF;
    IF u.status = p_status THEN
        RETURN command_conflict(p_id, format('unit %s is already %s', u.call_sign, p_status));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM unit_status_transitions WHERE from_status = u.status AND to_status = p_status) THEN
        RETURN command_conflict(p_id, format('unit %s cannot go from %s to %s', u.call_sign, u.status, p_status),
                                jsonb_build_object('status', u.status));
    END IF;
    SELECT * INTO a FROM assignments WHERE unit_id = p_unit AND cleared_at IS NULL FOR UPDATE;
    IF a.id IS NOT NULL THEN
        IF p_status = 'en_route' THEN
            UPDATE assignments SET en_route_at = coalesce(en_route_at, now()) WHERE id = a.id;
            UPDATE incidents SET en_route_at = coalesce(en_route_at, now()) WHERE id = a.incident_id;
        ELSIF p_status = 'on_scene' THEN
            UPDATE assignments SET on_scene_at = coalesce(on_scene_at, now()) WHERE id = a.id;
            UPDATE incidents SET on_scene_at = coalesce(on_scene_at, now()),
                                 state = CASE WHEN state = 'dispatched' THEN 'on_scene' ELSE state END
             WHERE id = a.incident_id;
        ELSIF p_status IN ('available', 'out_of_service', 'off_duty') THEN
            UPDATE assignments SET cleared_at = now() WHERE id = a.id;
            SELECT count(*) INTO live_left FROM assignments WHERE incident_id = a.incident_id AND cleared_at IS NULL;
            IF live_left = 0 THEN
                -- The last unit to clear closes the incident's field work.
                UPDATE incidents SET cleared_at = now(),
                                     state = CASE WHEN on_scene_at IS NULL AND state = 'dispatched'
                                                  THEN 'pending' ELSE state END
                 WHERE id = a.incident_id;
            END IF;
        END IF;
    END IF;
    UPDATE units SET status = p_status,
                     incident_id = CASE WHEN p_status IN ('available', 'out_of_service', 'off_duty') THEN NULL
                                        ELSE incident_id END
     WHERE id = p_unit;
    PERFORM append_event(p_id, 'unit.status', 'unit', p_unit, unit_json(p_unit));
    IF a.id IS NOT NULL THEN
        PERFORM append_event(p_id, 'assignment.updated', 'assignment', a.id, assignment_json(a.id));
        PERFORM append_event(p_id, 'incident.updated', 'incident', a.incident_id, incident_json(a.incident_id));
    END IF;
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

CREATE FUNCTION cmd_add_note(p_id uuid, p_incident bigint, p_body text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'add_note');
    n notes;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    IF NOT EXISTS (SELECT 1 FROM incidents WHERE id = p_incident) THEN
        RETURN command_conflict(p_id, format('incident %s does not exist', p_incident));
    END IF;
    INSERT INTO notes (incident_id, body) VALUES (p_incident, p_body) RETURNING * INTO n;
    PERFORM append_event(p_id, 'note.added', 'note', n.id, to_jsonb(n));
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'note_id', n.id));
END
$$;

CREATE FUNCTION cmd_close_incident(p_id uuid, p_incident bigint, p_disposition text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'close_incident');
    inc incidents;
    live int;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO inc FROM incidents WHERE id = p_incident FOR UPDATE;
    IF inc.id IS NULL OR inc.state = 'closed' THEN
        RETURN command_conflict(p_id, format('incident %s is already closed or does not exist', p_incident));
    END IF;
    SELECT count(*) INTO live FROM assignments WHERE incident_id = p_incident AND cleared_at IS NULL;
    IF live > 0 THEN
        RETURN command_conflict(p_id, format('incident %s still has %s unit(s) assigned', p_incident, live));
    END IF;
    UPDATE incidents SET state = 'closed', closed_at = now(), disposition = p_disposition WHERE id = p_incident;
    PERFORM append_event(p_id, 'incident.closed', 'incident', p_incident, incident_json(p_incident));
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('incident.close', 'incident', p_incident, jsonb_build_object('disposition', p_disposition));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- Admin: create a unit or change its call sign, kind and capabilities.
CREATE FUNCTION cmd_upsert_unit(p_id uuid, p_unit jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'upsert_unit');
    unit_id int;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    INSERT INTO units (call_sign, kind, capabilities, station_id, status)
    VALUES (p_unit ->> 'call_sign', coalesce(p_unit ->> 'kind', 'car'),
            coalesce(ARRAY(SELECT jsonb_array_elements_text(p_unit -> 'capabilities')), '{}'),
            (SELECT min(id) FROM stations), coalesce(p_unit ->> 'status', 'off_duty'))
    ON CONFLICT (call_sign) DO UPDATE SET kind = EXCLUDED.kind, capabilities = EXCLUDED.capabilities
    RETURNING id INTO unit_id;
    PERFORM append_event(p_id, 'unit.upserted', 'unit', unit_id, unit_json(unit_id));
    INSERT INTO audit_log (action, entity_type, entity_id, details) VALUES ('unit.upsert', 'unit', unit_id, p_unit);
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'unit_id', unit_id));
END
$$;
