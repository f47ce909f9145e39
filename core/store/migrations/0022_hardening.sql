-- Hardening after review.
-- Nobody but the owner creates objects in public (PostgreSQL 15 does this by default; databases
-- upgraded from older releases do not), so no login can plant a function a definer would call.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- A session left open inside a transaction must not hold the event-ordering lock for ever.
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout = %L', current_database(), '60s');
END
$$;

-- Last positions are written only through this function, under the position-ordering lock: no
-- client can write a seq of its own (one far ahead would hide every later fix from the desks).
CREATE FUNCTION upsert_last_positions(p_units int[], p_lon float8[], p_lat float8[], p_heading real[],
                                      p_speed real[], p_time timestamptz[])
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    last_seq bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(4242002);
    WITH written AS (
        INSERT INTO unit_positions AS up (unit_id, lon, lat, heading, speed, fix_time, seq)
        SELECT f.unit_id, f.lon, f.lat, f.heading, f.speed, f.fix_time, nextval('unit_positions_seq')
          FROM unnest(p_units, p_lon, p_lat, p_heading, p_speed, p_time) AS f(unit_id, lon, lat, heading, speed, fix_time)
        ON CONFLICT (unit_id) DO UPDATE SET lon = EXCLUDED.lon, lat = EXCLUDED.lat, heading = EXCLUDED.heading,
            speed = EXCLUDED.speed, fix_time = EXCLUDED.fix_time, received_at = now(), seq = EXCLUDED.seq
         WHERE up.fix_time <= EXCLUDED.fix_time
        RETURNING seq)
    SELECT max(seq) INTO last_seq FROM written;
    PERFORM pg_notify('centinela_positions', '');
    RETURN coalesce(last_seq, 0);
END
$$;
REVOKE ALL ON FUNCTION upsert_last_positions(int[], float8[], float8[], real[], real[], timestamptz[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION upsert_last_positions(int[], float8[], float8[], real[], real[], timestamptz[])
    TO centinela_gateway;
REVOKE INSERT, UPDATE ON unit_positions FROM centinela_gateway;
REVOKE USAGE ON SEQUENCE unit_positions_seq FROM centinela_gateway;
-- Units come from the admin (or a configured tracker through register_device), not from the gateway.
REVOKE EXECUTE ON FUNCTION cmd_upsert_unit(uuid, jsonb) FROM centinela_gateway;

GRANT USAGE ON SEQUENCE stations_id_seq, sectors_id_seq TO centinela_admin;
