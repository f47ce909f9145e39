-- Protective orders and electronic bracelets. An order links an offender's bracelet to the zones
-- of the person it protects (home, work, school: a polygon, or a point with a radius) and a warning
-- distance. The gateway checks every bracelet fix as it arrives (core/orders/BraceletMonitor) and
-- raises top-priority alerts on the `bracelet` channel through the functions below; the alert's
-- `details` carry both positions, the order and the nearest available unit.
ALTER TABLE alerts ADD COLUMN details jsonb;

CREATE TABLE protection_orders (
    id                 serial PRIMARY KEY,
    order_number       text NOT NULL UNIQUE,
    restraining_order  text,             -- the court order in restraining_orders, when imported
    device_id          text NOT NULL UNIQUE CHECK (length(device_id) BETWEEN 1 AND 64),
    offender_name      text NOT NULL,
    offender_document  text,
    protected_name     text NOT NULL,
    warning_m          double precision NOT NULL DEFAULT 500 CHECK (warning_m > 0 AND warning_m <= 50000),
    active             boolean NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text NOT NULL DEFAULT session_user,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- The monitor's episodes, kept here so a gateway restart neither repeats nor forgets an alert.
    proximity_alert    bigint REFERENCES alerts,
    signal_alert       bigint REFERENCES alerts,
    tamper_alert       bigint REFERENCES alerts
);

CREATE TABLE protection_zones (
    id        serial PRIMARY KEY,
    order_id  int NOT NULL REFERENCES protection_orders ON DELETE CASCADE,
    name      text NOT NULL,
    area      jsonb NOT NULL,            -- GeoJSON Polygon (outer ring, lon/lat) or Point
    radius_m  double precision CHECK (radius_m > 0),
    CHECK ((area ->> 'type' = 'Polygon' AND radius_m IS NULL) OR (area ->> 'type' = 'Point' AND radius_m IS NOT NULL))
);
CREATE INDEX protection_zones_order ON protection_zones (order_id);

-- The offenders' tracks (written in batches by the gateway).
CREATE TABLE bracelet_fixes (
    order_id     int NOT NULL REFERENCES protection_orders ON DELETE CASCADE,
    lon          double precision NOT NULL,
    lat          double precision NOT NULL,
    fix_time     timestamptz NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    distance_m   real,                    -- to the nearest zone's edge (0 inside)
    tamper       boolean NOT NULL DEFAULT false
);
CREATE INDEX bracelet_fixes_order_time ON bracelet_fixes (order_id, fix_time);

-- Admin (or commander): create or replace an order and its zones.
-- p_order: {order_number, device_id, offender_name, offender_document, protected_name, warning_m,
--           restraining_order, active, zones: [{name, area: GeoJSON Polygon|Point, radius_m}]}
CREATE FUNCTION cmd_upsert_protection_order(p_id uuid, p_order jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'upsert_protection_order');
    o int;
    z jsonb;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    IF jsonb_array_length(coalesce(p_order -> 'zones', '[]')) = 0 THEN
        RETURN command_conflict(p_id, 'an order needs at least one protected zone');
    END IF;
    INSERT INTO protection_orders (order_number, restraining_order, device_id, offender_name, offender_document,
                                   protected_name, warning_m, active)
    VALUES (p_order ->> 'order_number', p_order ->> 'restraining_order', p_order ->> 'device_id',
            p_order ->> 'offender_name', p_order ->> 'offender_document', p_order ->> 'protected_name',
            coalesce((p_order ->> 'warning_m')::float8, 500), coalesce((p_order ->> 'active')::boolean, true))
    ON CONFLICT (order_number) DO UPDATE SET restraining_order = EXCLUDED.restraining_order,
        device_id = EXCLUDED.device_id, offender_name = EXCLUDED.offender_name,
        offender_document = EXCLUDED.offender_document, protected_name = EXCLUDED.protected_name,
        warning_m = EXCLUDED.warning_m, active = EXCLUDED.active, updated_at = now()
    RETURNING id INTO o;
    DELETE FROM protection_zones WHERE order_id = o;
    FOR z IN SELECT * FROM jsonb_array_elements(p_order -> 'zones') LOOP
        INSERT INTO protection_zones (order_id, name, area, radius_m)
        VALUES (o, coalesce(z ->> 'name', 'zona'), z -> 'area', (z ->> 'radius_m')::float8);
    END LOOP;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('protection_order.upsert', 'protection_order', o, p_order);
    PERFORM pg_notify('centinela_orders', '');
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'order_id', o));
END
$$;

-- The gateway raises a bracelet alert (kind: proximity, signal_loss, tamper) and records it as the
-- order's current episode of that kind.
CREATE FUNCTION bracelet_raise(p_order int, p_kind text, p_body text, p_lon float8, p_lat float8, p_details jsonb)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    cmd uuid := gen_random_uuid();
    a bigint;
BEGIN
    IF p_kind NOT IN ('proximity', 'signal_loss', 'tamper') THEN
        RAISE EXCEPTION 'unknown bracelet alert kind %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM command_begin(cmd, 'bracelet_alert');
    INSERT INTO alerts (station_id, channel, external_id, reporter_ref, body, lon, lat, received_at, priority, details)
    VALUES ((SELECT min(id) FROM stations), 'bracelet', format('order-%s/%s/%s', p_order, p_kind, cmd),
            'order:' || (SELECT order_number FROM protection_orders WHERE id = p_order), p_body, p_lon, p_lat, now(), 1,
            p_details || jsonb_build_object('kind', p_kind, 'order_id', p_order))
    RETURNING id INTO a;
    UPDATE protection_orders
       SET proximity_alert = CASE WHEN p_kind = 'proximity' THEN a ELSE proximity_alert END,
           signal_alert = CASE WHEN p_kind = 'signal_loss' THEN a ELSE signal_alert END,
           tamper_alert = CASE WHEN p_kind = 'tamper' THEN a ELSE tamper_alert END
     WHERE id = p_order;
    PERFORM append_event(cmd, 'alert.created', 'alert', a, alert_json(a));
    PERFORM command_finish(cmd, jsonb_build_object('ok', true, 'alert_id', a));
    RETURN a;
END
$$;

-- The offender moved during an episode: the same alert follows them (no new alert per fix). Returns
-- the alert's state; a cleared alert (linked or dismissed) is left as the operator left it.
CREATE FUNCTION bracelet_update(p_alert bigint, p_body text, p_lon float8, p_lat float8, p_details jsonb)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    s text;
    cmd uuid := gen_random_uuid();
BEGIN
    UPDATE alerts SET body = p_body, lon = p_lon, lat = p_lat, details = details || p_details
     WHERE id = p_alert AND channel = 'bracelet' AND state IN ('new', 'acknowledged')
    RETURNING state INTO s;
    IF s IS NULL THEN
        RETURN coalesce((SELECT state FROM alerts WHERE id = p_alert), 'missing');
    END IF;
    PERFORM command_begin(cmd, 'bracelet_update');
    PERFORM append_event(cmd, 'alert.updated', 'alert', p_alert, alert_json(p_alert));
    PERFORM command_finish(cmd, jsonb_build_object('ok', true));
    RETURN s;
END
$$;

-- An episode is over (the offender left after the operator cleared the alert; fixes resumed; the
-- tamper flag went away): the next one raises a new alert.
CREATE FUNCTION bracelet_end_episode(p_order int, p_kind text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    UPDATE protection_orders
       SET proximity_alert = CASE WHEN p_kind = 'proximity' THEN NULL ELSE proximity_alert END,
           signal_alert = CASE WHEN p_kind = 'signal_loss' THEN NULL ELSE signal_alert END,
           tamper_alert = CASE WHEN p_kind = 'tamper' THEN NULL ELSE tamper_alert END
     WHERE id = p_order;
$$;

-- Only an operator clears a bracelet alert, with a note; it is audited.
CREATE FUNCTION cmd_clear_bracelet_alert(p_id uuid, p_alert bigint, p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'clear_bracelet_alert');
    a alerts;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    UPDATE alerts SET state = 'dismissed', acknowledged_at = coalesce(acknowledged_at, now()),
                      acknowledged_by = coalesce(acknowledged_by, session_user)
     WHERE id = p_alert AND channel = 'bracelet' AND state IN ('new', 'acknowledged') RETURNING * INTO a;
    IF a.id IS NULL THEN
        RETURN command_conflict(p_id, format('alert %s is not an open bracelet alert', p_alert));
    END IF;
    PERFORM append_event(p_id, 'alert.cleared', 'alert', a.id, to_jsonb(a));
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('bracelet.clear', 'alert', a.id, jsonb_build_object('note', p_note, 'order', a.details -> 'order_id'));
    RETURN command_finish(p_id, jsonb_build_object('ok', true));
END
$$;

-- For the map: the zones of active orders (all, or one order's) as a GeoJSON FeatureCollection; a
-- circle is a Point with a `radius_m` property.
CREATE FUNCTION protection_zones_geojson(p_order int DEFAULT NULL) RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT jsonb_build_object('type', 'FeatureCollection', 'features', coalesce(jsonb_agg(jsonb_build_object(
        'type', 'Feature', 'id', z.id, 'geometry', z.area,
        'properties', jsonb_build_object('zone', z.name, 'radius_m', z.radius_m, 'order_id', o.id,
                                         'order_number', o.order_number, 'protected_name', o.protected_name,
                                         'warning_m', o.warning_m, 'alerting', o.proximity_alert IS NOT NULL))
        ORDER BY z.id), '[]'))
      FROM protection_zones z JOIN protection_orders o ON o.id = z.order_id
     WHERE o.active AND (p_order IS NULL OR o.id = p_order);
$$;

-- For the map: an offender's recent track as a GeoJSON LineString Feature (oldest first).
CREATE FUNCTION bracelet_track_geojson(p_order int, p_since interval DEFAULT '1 hour') RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT jsonb_build_object('type', 'Feature',
        'geometry', jsonb_build_object('type', 'LineString',
                                       'coordinates', coalesce(jsonb_agg(jsonb_build_array(lon, lat) ORDER BY fix_time), '[]')),
        'properties', jsonb_build_object('order_id', p_order,
                                         'times', coalesce(jsonb_agg(fix_time ORDER BY fix_time), '[]')))
      FROM bracelet_fixes WHERE order_id = p_order AND fix_time >= now() - p_since;
$$;

REVOKE ALL ON protection_orders, protection_zones, bracelet_fixes FROM PUBLIC;
REVOKE ALL ON FUNCTION cmd_upsert_protection_order(uuid, jsonb),
    bracelet_raise(int, text, text, float8, float8, jsonb), bracelet_update(bigint, text, float8, float8, jsonb),
    bracelet_end_episode(int, text), cmd_clear_bracelet_alert(uuid, bigint, text), protection_zones_geojson(int),
    bracelet_track_geojson(int, interval) FROM PUBLIC;
GRANT SELECT ON protection_orders, protection_zones TO centinela_operator, centinela_gateway;
GRANT SELECT ON bracelet_fixes TO centinela_operator, centinela_gateway;
GRANT INSERT ON bracelet_fixes TO centinela_gateway;
GRANT SELECT ON stations TO centinela_gateway;
GRANT EXECUTE ON FUNCTION cmd_upsert_protection_order(uuid, jsonb) TO centinela_commander;
GRANT EXECUTE ON FUNCTION bracelet_raise(int, text, text, float8, float8, jsonb),
    bracelet_update(bigint, text, float8, float8, jsonb), bracelet_end_episode(int, text) TO centinela_gateway;
GRANT EXECUTE ON FUNCTION cmd_clear_bracelet_alert(uuid, bigint, text), protection_zones_geojson(int),
    bracelet_track_geojson(int, interval) TO centinela_operator;
