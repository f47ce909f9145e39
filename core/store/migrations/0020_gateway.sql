-- The gateway: device registry (tracker id → unit), reporters known to the station, and the
-- gateway's own secrets (the tipline's hash key), readable by the gateway role only.

CREATE TABLE devices (
    device_id   text PRIMARY KEY CHECK (length(device_id) BETWEEN 1 AND 64),
    unit_id     int NOT NULL REFERENCES units ON DELETE CASCADE,
    kind        text NOT NULL DEFAULT 'vehicle' CHECK (kind IN ('vehicle', 'phone', 'bracelet')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX devices_unit ON devices (unit_id);

-- Vetted reporters (residents, business owners). Numbers are kept as a keyed hash only.
CREATE TABLE reporters (
    id           serial PRIMARY KEY,
    number_hash  text NOT NULL UNIQUE,
    display_name text NOT NULL DEFAULT '',
    kind         text NOT NULL DEFAULT 'resident' CHECK (kind IN ('resident', 'business', 'officer')),
    status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'suspended')),
    strikes      int NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gateway_secrets (
    name   text PRIMARY KEY,
    value  bytea NOT NULL
);

-- Registers a tracker for a unit, creating the unit when it does not exist yet (the config's
-- [devices] section seeds the registry at gateway start).
CREATE FUNCTION register_device(p_device text, p_call_sign text, p_kind text DEFAULT 'vehicle') RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    u int;
    cmd uuid := gen_random_uuid();
BEGIN
    SELECT id INTO u FROM units WHERE call_sign = p_call_sign;
    IF u IS NULL THEN
        PERFORM command_begin(cmd, 'register_device');
        INSERT INTO units (call_sign, station_id) VALUES (p_call_sign, (SELECT min(id) FROM stations))
        ON CONFLICT (call_sign) DO NOTHING RETURNING id INTO u;
        IF u IS NULL THEN
            SELECT id INTO u FROM units WHERE call_sign = p_call_sign;
        ELSE
            -- Every row change first; the ordering lock comes last (see 0003).
            INSERT INTO devices (device_id, unit_id, kind) VALUES (p_device, u, p_kind)
            ON CONFLICT (device_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, kind = EXCLUDED.kind;
            PERFORM append_event(cmd, 'unit.upserted', 'unit', u, unit_json(u));
            PERFORM command_finish(cmd, jsonb_build_object('ok', true, 'unit_id', u));
            RETURN u;
        END IF;
    END IF;
    INSERT INTO devices (device_id, unit_id, kind) VALUES (p_device, u, p_kind)
    ON CONFLICT (device_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, kind = EXCLUDED.kind;
    RETURN u;
END
$$;

REVOKE ALL ON devices, reporters, gateway_secrets FROM PUBLIC;
REVOKE ALL ON FUNCTION register_device(text, text, text) FROM PUBLIC;
GRANT SELECT ON devices TO centinela_gateway, centinela_operator;
GRANT SELECT ON reporters TO centinela_gateway, centinela_operator;
GRANT SELECT, INSERT ON gateway_secrets TO centinela_gateway;
GRANT EXECUTE ON FUNCTION register_device(text, text, text) TO centinela_gateway, centinela_admin;
GRANT INSERT, UPDATE, DELETE ON devices, reporters TO centinela_admin;
GRANT USAGE ON SEQUENCE reporters_id_seq TO centinela_admin;
