-- The operator's workflow (issue 5): officer emergencies, welfare checks, incident and alert edits,
-- duplicate alerts linked into an existing incident, premise history.

-- An officer emergency is a state beside the duty status (a unit en route can call one); a welfare
-- check records the last time the desk heard from the unit.
ALTER TABLE units ADD COLUMN emergency_since timestamptz,
                  ADD COLUMN last_contact_at timestamptz;
ALTER TABLE alerts ADD COLUMN type text;
-- Where each location came from matters: an operator's location is never overwritten by a message's.
ALTER TABLE incidents DROP CONSTRAINT IF EXISTS incidents_location_source_check;
ALTER TABLE incidents ADD CONSTRAINT incidents_location_source_check
    CHECK (location_source IN ('message', 'operator', 'map', 'address', 'caller'));
CREATE INDEX incidents_place ON incidents (lat, lon) WHERE lat IS NOT NULL;

-- A status change is contact with the unit.
CREATE FUNCTION touch_unit_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        NEW.last_contact_at := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER units_contact BEFORE UPDATE OF status ON units FOR EACH ROW EXECUTE FUNCTION touch_unit_contact();

-- Emergencies: any desk declares one (a radio call, a panic button relayed by voice); it shows at
-- the top of every desk until an operator clears it.
CREATE FUNCTION cmd_unit_emergency(p_id uuid, p_unit int, p_on boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'unit_emergency');
    u units;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO u FROM units WHERE id = p_unit FOR UPDATE;
    IF u.id IS NULL THEN
        RETURN command_conflict(p_id, format('unit %s does not exist', p_unit));
    END IF;
    IF p_on AND u.emergency_since IS NOT NULL THEN
        RETURN command_conflict(p_id, format('unit %s already has an emergency since %s', u.call_sign,
                                             u.emergency_since));
    ELSIF NOT p_on AND u.emergency_since IS NULL THEN
        RETURN command_conflict(p_id, format('unit %s has no emergency to clear', u.call_sign));
    END IF;
    UPDATE units SET emergency_since = CASE WHEN p_on THEN now() END, last_contact_at = now() WHERE id = p_unit;
    PERFORM append_event(p_id, CASE WHEN p_on THEN 'unit.emergency' ELSE 'unit.emergency_cleared' END, 'unit',
                         p_unit, unit_json(p_unit));
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES (CASE WHEN p_on THEN 'unit.emergency' ELSE 'unit.emergency_cleared' END, 'unit', p_unit,
            jsonb_build_object('unit', u.call_sign));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- A welfare check: the operator reached the unit. Recorded on the unit and, when it works an
-- incident, as a note in that incident's timeline.
CREATE FUNCTION cmd_welfare_check(p_id uuid, p_unit int, p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'welfare_check');
    u units;
    n notes;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO u FROM units WHERE id = p_unit FOR UPDATE;
    IF u.id IS NULL THEN
        RETURN command_conflict(p_id, format('unit %s does not exist', p_unit));
    END IF;
    UPDATE units SET last_contact_at = now() WHERE id = p_unit;
    IF u.incident_id IS NOT NULL THEN
        INSERT INTO notes (incident_id, body)
        VALUES (u.incident_id, format('Welfare check %s: %s', u.call_sign, coalesce(nullif(p_note, ''), 'OK')))
        RETURNING * INTO n;
    END IF;
    PERFORM append_event(p_id, 'unit.welfare_check', 'unit', p_unit, unit_json(p_unit));
    IF n.id IS NOT NULL THEN
        PERFORM append_event(p_id, 'note.added', 'note', n.id, to_jsonb(n));
    END IF;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('unit.welfare_check', 'unit', p_unit, jsonb_build_object('unit', u.call_sign, 'note', p_note));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- Type, priority and location of an open incident. A location that comes from a message (source
-- 'message', e.g. a duplicate alert's pin) never replaces one an operator set (operator, map,
-- address, caller): it is kept and the answer says so.
CREATE FUNCTION cmd_update_incident(p_id uuid, p_incident bigint, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'update_incident');
    inc incidents;
    new_source text := p_changes ->> 'location_source';
    kept boolean := false;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO inc FROM incidents WHERE id = p_incident FOR UPDATE;
    IF inc.id IS NULL OR inc.state = 'closed' THEN
        RETURN command_conflict(p_id, format('incident %s is closed or does not exist', p_incident));
    END IF;
    IF p_changes ? 'lon' THEN
        IF coalesce(new_source, 'message') = 'message' AND inc.lon IS NOT NULL
           AND coalesce(inc.location_source, 'message') <> 'message' THEN
            kept := true;
        ELSE
            UPDATE incidents SET lon = (p_changes ->> 'lon')::float8, lat = (p_changes ->> 'lat')::float8,
                                 location_source = coalesce(new_source, 'message'),
                                 address = coalesce(p_changes ->> 'address', address)
             WHERE id = p_incident;
        END IF;
    ELSIF p_changes ? 'address' THEN
        UPDATE incidents SET address = p_changes ->> 'address' WHERE id = p_incident;
    END IF;
    UPDATE incidents SET type = coalesce(p_changes ->> 'type', type),
                         priority = coalesce((p_changes ->> 'priority')::int, priority)
     WHERE id = p_incident;
    PERFORM append_event(p_id, 'incident.updated', 'incident', p_incident, incident_json(p_incident));
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('incident.update', 'incident', p_incident, p_changes || jsonb_build_object('location_kept', kept));
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'location_kept', kept));
END
$$;

-- Duplicates: more alerts about the same event join an open incident. The incident takes an
-- alert's location only when it has none.
CREATE FUNCTION cmd_link_alerts(p_id uuid, p_incident bigint, p_alerts bigint[]) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'link_alerts');
    inc incidents;
    busy bigint;
    alert_id bigint;
    pin alerts;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO inc FROM incidents WHERE id = p_incident FOR UPDATE;
    IF inc.id IS NULL OR inc.state = 'closed' THEN
        RETURN command_conflict(p_id, format('incident %s is closed or does not exist', p_incident));
    END IF;
    PERFORM 1 FROM alerts WHERE id = ANY (p_alerts) ORDER BY id FOR UPDATE;
    IF (SELECT count(*) FROM alerts WHERE id = ANY (p_alerts)) <> cardinality(ARRAY(SELECT DISTINCT unnest(p_alerts)))
       OR cardinality(p_alerts) = 0 THEN
        RETURN command_conflict(p_id, 'an alert to link does not exist');
    END IF;
    SELECT id INTO busy FROM alerts WHERE id = ANY (p_alerts) AND state IN ('linked', 'dismissed') ORDER BY id LIMIT 1;
    IF busy IS NOT NULL THEN
        RETURN command_conflict(p_id, format('alert %s is already linked to incident %s', busy,
                                             (SELECT incident_id FROM alerts WHERE id = busy)));
    END IF;
    UPDATE alerts SET state = 'linked', incident_id = p_incident,
                      acknowledged_at = coalesce(acknowledged_at, now()),
                      acknowledged_by = coalesce(acknowledged_by, session_user)
     WHERE id = ANY (p_alerts);
    IF inc.lon IS NULL THEN
        SELECT * INTO pin FROM alerts WHERE id = ANY (p_alerts) AND lon IS NOT NULL ORDER BY received_at LIMIT 1;
        IF pin.id IS NOT NULL THEN
            UPDATE incidents SET lon = pin.lon, lat = pin.lat, location_source = 'message',
                                 address = coalesce(address, pin.location_text)
             WHERE id = p_incident;
        END IF;
    END IF;
    -- The earliest report starts the clock.
    UPDATE incidents SET received_at = least(received_at, (SELECT min(received_at) FROM alerts WHERE id = ANY (p_alerts)))
     WHERE id = p_incident;
    FOREACH alert_id IN ARRAY p_alerts LOOP
        PERFORM append_event(p_id, 'alert.linked', 'alert', alert_id, alert_json(alert_id));
    END LOOP;
    PERFORM append_event(p_id, 'incident.updated', 'incident', p_incident, incident_json(p_incident));
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('incident.link_alerts', 'incident', p_incident, jsonb_build_object('alerts', to_jsonb(p_alerts)));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- Triage of an alert before it becomes an incident: its type and priority.
CREATE FUNCTION cmd_update_alert(p_id uuid, p_alert bigint, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'update_alert');
    a alerts;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    SELECT * INTO a FROM alerts WHERE id = p_alert FOR UPDATE;
    IF a.id IS NULL OR a.state NOT IN ('new', 'acknowledged') THEN
        RETURN command_conflict(p_id, format('alert %s is not open', p_alert));
    END IF;
    UPDATE alerts SET type = coalesce(p_changes ->> 'type', type),
                      priority = coalesce((p_changes ->> 'priority')::int, priority)
     WHERE id = p_alert;
    PERFORM append_event(p_id, 'alert.updated', 'alert', p_alert, alert_json(p_alert));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- Earlier incidents within `p_radius_m` of a place (premise history), newest first.
CREATE FUNCTION premise_history(p_lon float8, p_lat float8, p_radius_m float8, p_exclude bigint, p_limit int)
RETURNS TABLE (id bigint, type text, priority smallint, received_at timestamptz, address text, disposition text,
               distance_m float8)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT * FROM (
        SELECT i.id, i.type, i.priority::smallint, i.received_at, i.address, i.disposition,
               2 * 6371008.8 * asin(sqrt(power(sin(radians(i.lat - p_lat) / 2), 2) +
                   cos(radians(p_lat)) * cos(radians(i.lat)) * power(sin(radians(i.lon - p_lon) / 2), 2))) AS distance_m
          FROM incidents i
         WHERE i.lat BETWEEN p_lat - p_radius_m / 111000.0 AND p_lat + p_radius_m / 111000.0
           AND i.lon BETWEEN p_lon - p_radius_m / (111000.0 * greatest(cos(radians(p_lat)), 0.01))
                         AND p_lon + p_radius_m / (111000.0 * greatest(cos(radians(p_lat)), 0.01))
           AND i.id IS DISTINCT FROM p_exclude) near
     WHERE distance_m <= p_radius_m
     ORDER BY received_at DESC
     LIMIT p_limit;
$$;

-- An incident's timeline: every event about it, its alerts, units, assignments and notes, in order.
CREATE INDEX events_by_incident ON events
    ((coalesce(CASE WHEN entity_type = 'incident' THEN entity_id END, (payload ->> 'incident_id')::bigint)));
CREATE FUNCTION incident_timeline(p_incident bigint)
RETURNS TABLE (at timestamptz, actor text, kind text, entity_type text, entity_id bigint, payload jsonb)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT e.at, e.actor, e.kind, e.entity_type, e.entity_id, e.payload
      FROM events e
     WHERE coalesce(CASE WHEN e.entity_type = 'incident' THEN e.entity_id END,
                    (e.payload ->> 'incident_id')::bigint) = p_incident
     ORDER BY e.id;
$$;

-- Where incidents happened, for the maps' hot-spot layers: live incidents and imported history
-- received in [p_since, p_until) (places only: no text, no people).
CREATE FUNCTION incident_places(p_since timestamptz, p_until timestamptz)
RETURNS TABLE (lon float8, lat float8, priority int, type text, received_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT i.lon, i.lat, i.priority::int, i.type, i.received_at FROM incidents i
     WHERE i.lon IS NOT NULL AND i.received_at >= p_since AND i.received_at < p_until
    UNION ALL
    SELECT h.lon, h.lat, CASE WHEN h.priority ~ '^[1-5]$' THEN h.priority::int ELSE 3 END, h.type, h.received_at
      FROM history_incidents h
     WHERE h.lon IS NOT NULL AND h.received_at >= p_since AND h.received_at < p_until;
$$;

REVOKE ALL ON FUNCTION cmd_unit_emergency(uuid, int, boolean), cmd_welfare_check(uuid, int, text),
                       cmd_update_incident(uuid, bigint, jsonb), cmd_link_alerts(uuid, bigint, bigint[]),
                       cmd_update_alert(uuid, bigint, jsonb),
                       premise_history(float8, float8, float8, bigint, int), incident_timeline(bigint),
                       incident_places(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmd_unit_emergency(uuid, int, boolean), cmd_welfare_check(uuid, int, text),
                          cmd_update_incident(uuid, bigint, jsonb), cmd_link_alerts(uuid, bigint, bigint[]),
                          cmd_update_alert(uuid, bigint, jsonb),
                          premise_history(float8, float8, float8, bigint, int), incident_timeline(bigint),
                          incident_places(timestamptz, timestamptz)
    TO centinela_operator;
