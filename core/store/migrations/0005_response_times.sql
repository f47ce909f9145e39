-- Response-time review: imported history from legacy CAD exports, and the one report function that
-- the CLI, the desk's commander view and the public export all call, so they show the same figures.
--
-- Imported history lives in its own tables rather than in `incidents`/`assignments`/`units`: desks
-- load every unit and every assignment without a clear time into their live state, and legacy unit
-- names or a legacy call that never recorded "available" would otherwise show up on the unit board
-- or block a live unit. History never changes through commands, so it needs no events either.

-- The six intervals of one incident packed for the report engine: big-endian float8 seconds in
-- report order (processing, queue, turnout, travel, response, on scene), NaN for a missing one.
-- Streaming one 48-byte value per incident costs PostgreSQL about half of six separate columns,
-- which is what keeps a report over a million incidents under a second (see ReportEngine).
CREATE FUNCTION report_pack(processing double precision, queue double precision, turnout double precision,
                            travel double precision, response double precision, on_scene double precision)
RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT float8send(coalesce(processing, 'NaN')) || float8send(coalesce(queue, 'NaN'))
        || float8send(coalesce(turnout, 'NaN')) || float8send(coalesce(travel, 'NaN'))
        || float8send(coalesce(response, 'NaN')) || float8send(coalesce(on_scene, 'NaN'))
$$;

CREATE TABLE history_incidents (
    id               bigserial PRIMARY KEY,
    source           text COLLATE "C" NOT NULL,  -- the mapping's source name: importing it again updates, never doubles
    source_ref       text COLLATE "C" NOT NULL,  -- the legacy incident number
    type             text,
    priority         text,
    channel          text,
    sector           text,
    lon              double precision CHECK (lon BETWEEN -180 AND 180),
    lat              double precision CHECK (lat BETWEEN -90 AND 90),
    received_at      timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    dispatched_at    timestamptz,
    en_route_at      timestamptz,
    on_scene_at      timestamptz,
    cleared_at       timestamptz,
    imported_at      timestamptz NOT NULL DEFAULT now(),
    -- Intervals in seconds, stored: history is written once and read by every report. Taking the
    -- epoch of the interval (not the difference of two epochs) keeps them exact to the microsecond.
    processing_s     double precision GENERATED ALWAYS AS (date_part('epoch', dispatched_at - received_at)) STORED,
    queue_s          double precision GENERATED ALWAYS AS (date_part('epoch', acknowledged_at - received_at)) STORED,
    turnout_s        double precision GENERATED ALWAYS AS (date_part('epoch', en_route_at - dispatched_at)) STORED,
    travel_s         double precision GENERATED ALWAYS AS (date_part('epoch', on_scene_at - en_route_at)) STORED,
    response_s       double precision GENERATED ALWAYS AS (date_part('epoch', on_scene_at - received_at)) STORED,
    on_scene_s       double precision GENERATED ALWAYS AS (date_part('epoch', cleared_at - on_scene_at)) STORED,
    facts            bytea GENERATED ALWAYS AS (report_pack(date_part('epoch', dispatched_at - received_at),
                                                            date_part('epoch', acknowledged_at - received_at),
                                                            date_part('epoch', en_route_at - dispatched_at),
                                                            date_part('epoch', on_scene_at - en_route_at),
                                                            date_part('epoch', on_scene_at - received_at),
                                                            date_part('epoch', cleared_at - on_scene_at))) STORED,
    UNIQUE (source, source_ref)
);
CREATE INDEX history_incidents_received ON history_incidents (received_at);

-- One row per unit per incident as the export had it, with that unit's own times.
CREATE TABLE history_responses (
    incident_id      bigint NOT NULL REFERENCES history_incidents ON DELETE CASCADE,
    row_key          text COLLATE "C" NOT NULL,  -- the export's row id, or the row's identifying values
    unit             text,
    received_at      timestamptz,
    acknowledged_at  timestamptz,
    dispatched_at    timestamptz,
    en_route_at      timestamptz,
    on_scene_at      timestamptz,
    cleared_at       timestamptz,
    PRIMARY KEY (incident_id, row_key)
);

-- The facts every report reads: live incidents and imported history, one row per incident.
-- `id` only serves to split a report's scan between connections.
CREATE VIEW report_live_incidents AS
SELECT i.id, 'live'::text AS source, i.received_at, s.name AS sector, i.priority::text AS priority, i.channel, i.type,
       NULL::text AS unit, i.lon, i.lat, t.processing_s, t.queue_s, t.turnout_s, t.travel_s, t.response_s, t.on_scene_s,
       report_pack(t.processing_s, t.queue_s, t.turnout_s, t.travel_s, t.response_s, t.on_scene_s) AS facts
FROM incidents i
LEFT JOIN sectors s ON s.id = i.sector_id
CROSS JOIN LATERAL (SELECT date_part('epoch', i.dispatched_at - i.received_at) AS processing_s,
                           date_part('epoch', i.acknowledged_at - i.received_at) AS queue_s,
                           date_part('epoch', i.en_route_at - i.dispatched_at) AS turnout_s,
                           date_part('epoch', i.on_scene_at - i.en_route_at) AS travel_s,
                           date_part('epoch', i.on_scene_at - i.received_at) AS response_s,
                           date_part('epoch', i.cleared_at - i.on_scene_at) AS on_scene_s) t;

CREATE VIEW report_incidents AS
SELECT * FROM report_live_incidents
UNION ALL
SELECT h.id, h.source, h.received_at, h.sector, h.priority, h.channel, h.type, NULL::text, h.lon, h.lat,
       h.processing_s, h.queue_s, h.turnout_s, h.travel_s, h.response_s, h.on_scene_s, h.facts
FROM history_incidents h;

-- Imported history again, packed by source and UTC day for the report engine: per pack the
-- incidents' received times (big-endian int8 microseconds since 2000-01-01, as PostgreSQL's binary
-- timestamptz), their packed intervals (report_pack) and their sector, priority, channel and type
-- joined by U+001F (U+001E for none), all in the same order. A report over a million incidents
-- then streams a few hundred rows instead of a million; the per-row COPY overhead of PostgreSQL was
-- most of the report's time. Statement triggers keep the packs current whoever writes the history.
CREATE TABLE history_packs (
    source      text COLLATE "C" NOT NULL,
    day         date NOT NULL,
    n           int NOT NULL,
    first_at    timestamptz NOT NULL,
    last_at     timestamptz NOT NULL,
    received    bytea NOT NULL,
    facts       bytea NOT NULL,
    sectors     text NOT NULL,
    priorities  text NOT NULL,
    channels    text NOT NULL,
    types       text NOT NULL,
    PRIMARY KEY (source, day)
);
-- Uncompressed: the packs are read whole by every report and pglz would only cost time.
ALTER TABLE history_packs ALTER received SET STORAGE EXTERNAL, ALTER facts SET STORAGE EXTERNAL,
    ALTER sectors SET STORAGE EXTERNAL, ALTER priorities SET STORAGE EXTERNAL, ALTER channels SET STORAGE EXTERNAL,
    ALTER types SET STORAGE EXTERNAL;

CREATE FUNCTION history_pack_text(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(translate(value, E'\x1e\x1f', '  '), E'\x1e')
$$;

CREATE FUNCTION history_repack(p_sources text[], p_days date[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    DELETE FROM history_packs p USING unnest(p_sources, p_days) k(source, day)
    WHERE p.source = k.source AND p.day = k.day;
    INSERT INTO history_packs (source, day, n, first_at, last_at, received, facts, sectors, priorities, channels, types)
    SELECT h.source, k.day, count(*), min(h.received_at), max(h.received_at),
           string_agg(int8send((extract(epoch FROM h.received_at - timestamptz '2000-01-01 00:00Z') * 1000000)::bigint),
                      ''::bytea ORDER BY h.received_at, h.id),
           string_agg(h.facts, ''::bytea ORDER BY h.received_at, h.id),
           string_agg(history_pack_text(h.sector), E'\x1f' ORDER BY h.received_at, h.id),
           string_agg(history_pack_text(h.priority), E'\x1f' ORDER BY h.received_at, h.id),
           string_agg(history_pack_text(h.channel), E'\x1f' ORDER BY h.received_at, h.id),
           string_agg(history_pack_text(h.type), E'\x1f' ORDER BY h.received_at, h.id)
    FROM (SELECT DISTINCT source, day FROM unnest(p_sources, p_days) u(source, day)) k
    JOIN history_incidents h ON h.source = k.source AND h.received_at >= (k.day::timestamp AT TIME ZONE 'UTC')
                             AND h.received_at < ((k.day + 1)::timestamp AT TIME ZONE 'UTC')
    GROUP BY h.source, k.day;
$$;

CREATE FUNCTION history_packs_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM history_repack(array_agg(source), array_agg(day))
    FROM (SELECT DISTINCT source, (received_at AT TIME ZONE 'UTC')::date AS day FROM new_rows) k;
    RETURN NULL;
END
$$;
CREATE FUNCTION history_packs_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM history_repack(array_agg(source), array_agg(day))
    FROM (SELECT source, (received_at AT TIME ZONE 'UTC')::date AS day FROM new_rows
          UNION SELECT source, (received_at AT TIME ZONE 'UTC')::date FROM old_rows) k;
    RETURN NULL;
END
$$;
CREATE FUNCTION history_packs_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM history_repack(array_agg(source), array_agg(day))
    FROM (SELECT DISTINCT source, (received_at AT TIME ZONE 'UTC')::date AS day FROM old_rows) k;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_packs_insert AFTER INSERT ON history_incidents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION history_packs_inserted();
CREATE TRIGGER history_packs_update AFTER UPDATE ON history_incidents REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION history_packs_updated();
CREATE TRIGGER history_packs_delete AFTER DELETE ON history_incidents REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION history_packs_deleted();

-- Per-unit facts, one row per unit response: each unit's own dispatch, en route, on scene and clear
-- times; the call's received and acknowledged times (the unit's own row's where the export has them).
-- Grouping and period filters use the incident's received time.
CREATE VIEW report_unit_responses AS
SELECT f.*, report_pack(f.processing_s, f.queue_s, f.turnout_s, f.travel_s, f.response_s, f.on_scene_s) AS facts
FROM (
    SELECT a.id, 'live'::text AS source, i.received_at, s.name AS sector, i.priority::text AS priority, i.channel,
           i.type, u.call_sign AS unit, i.lon, i.lat,
           date_part('epoch', a.assigned_at - i.received_at) AS processing_s,
           date_part('epoch', i.acknowledged_at - i.received_at) AS queue_s,
           date_part('epoch', a.en_route_at - a.assigned_at) AS turnout_s,
           date_part('epoch', a.on_scene_at - a.en_route_at) AS travel_s,
           date_part('epoch', a.on_scene_at - i.received_at) AS response_s,
           date_part('epoch', a.cleared_at - a.on_scene_at) AS on_scene_s
    FROM assignments a
    JOIN incidents i ON i.id = a.incident_id
    JOIN units u ON u.id = a.unit_id
    LEFT JOIN sectors s ON s.id = i.sector_id
    UNION ALL
    SELECT r.incident_id, h.source, h.received_at, h.sector, h.priority, h.channel, h.type, r.unit, h.lon, h.lat,
           date_part('epoch', r.dispatched_at - coalesce(r.received_at, h.received_at)),
           date_part('epoch', coalesce(r.acknowledged_at, h.acknowledged_at) - coalesce(r.received_at, h.received_at)),
           date_part('epoch', r.en_route_at - r.dispatched_at),
           date_part('epoch', r.on_scene_at - r.en_route_at),
           date_part('epoch', r.on_scene_at - coalesce(r.received_at, h.received_at)),
           date_part('epoch', r.cleared_at - r.on_scene_at)
    FROM history_responses r JOIN history_incidents h ON h.id = r.incident_id
) f;

-- The grouping expression of one report field, typed so that groups sort naturally (days by date,
-- hours by number); report_label turns it into the text the report shows. The station's time zone
-- applies to days, weeks, months, hours and shifts; everything stored stays UTC.
CREATE FUNCTION report_group_expression(p_field text, p_shifts jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    local_time constant text := '(received_at AT TIME ZONE $3)';
    shift_case text := 'CASE';
    shift record;
    last_name text;
    n int;
BEGIN
    CASE p_field
    WHEN 'day' THEN RETURN local_time || '::date';
    WHEN 'week' THEN RETURN 'date_trunc(''week'', ' || local_time || ')::date';
    WHEN 'month' THEN RETURN 'date_trunc(''month'', ' || local_time || ')::date';
    WHEN 'hour' THEN RETURN 'extract(hour FROM ' || local_time || ')::int';
    WHEN 'weekday' THEN RETURN 'extract(isodow FROM ' || local_time || ')::int';
    WHEN 'sector', 'priority', 'channel', 'type', 'unit', 'source' THEN RETURN quote_ident(p_field);
    WHEN 'shift' THEN
        -- Shifts are [{"name": "A", "start": "06:00"}, ...] in order of the day; the last one wraps
        -- past midnight into the first. A time belongs to the shift whose start is the latest not after it.
        n := jsonb_array_length(p_shifts);
        IF n IS NULL OR n = 0 THEN
            RAISE EXCEPTION 'the shift schedule is empty' USING ERRCODE = '22023';
        END IF;
        FOR shift IN SELECT value ->> 'name' AS name, (value ->> 'start')::time AS start
                     FROM jsonb_array_elements(p_shifts) ORDER BY 2 DESC
        LOOP
            last_name := coalesce(last_name, shift.name);
            shift_case := shift_case || format(' WHEN %s::time >= %L THEN %L', local_time, shift.start, shift.name);
        END LOOP;
        RETURN shift_case || format(' ELSE %L END', last_name);
    ELSE
        RAISE EXCEPTION 'unknown report field "%" (day, week, month, hour, weekday, shift, sector, priority, channel, type, unit, source)',
            p_field USING ERRCODE = '22023';
    END CASE;
END
$$;

CREATE FUNCTION report_label(p_field text, p_expression text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_field
        WHEN 'day' THEN format('to_char(%s, ''YYYY-MM-DD'')', p_expression)
        WHEN 'week' THEN format('to_char(%s, ''IYYY-"W"IW'')', p_expression)
        WHEN 'month' THEN format('to_char(%s, ''YYYY-MM'')', p_expression)
        WHEN 'hour' THEN format('lpad(%s::text, 2, ''0'')', p_expression)
        ELSE format('%s::text', p_expression)
    END
$$;

-- Response-time statistics for one period, grouped by any of the report fields, one row per group
-- and interval. Exact: percentiles are PostgreSQL's percentile_cont (linear interpolation between
-- closest ranks). A missing stage is missing, never zero; zero and negative intervals (data errors
-- of real exports) stay in the statistics and are counted apart. `within` counts the intervals at
-- or under each target of p_targets ({"processing": [60], "response": [480, 600]}), in that order.
--
-- This is the report written directly in SQL, the definition the C++ ReportEngine is tested against
-- (test_report) and a way to get the figures from psql or a BI tool. The engine does not call it:
-- ordered-set aggregates run in one backend and cost seconds over a million incidents.
CREATE FUNCTION report_response_times(p_from date, p_to date, p_group_by text[], p_time_zone text,
                                      p_shifts jsonb, p_targets jsonb DEFAULT '{}')
RETURNS TABLE (group_values text[], interval_name text, n bigint, missing bigint, mean_s double precision,
               p50_s double precision, p90_s double precision, zero bigint, negative bigint, within bigint[])
LANGUAGE plpgsql STABLE
SET work_mem = '512MB'   -- a million intervals per sort stay in memory
AS $$
DECLARE
    intervals constant text[] := ARRAY['processing', 'queue', 'turnout', 'travel', 'response', 'on_scene'];
    keys text[] := '{}';
    labels text[] := '{}';
    field text;
    expr text;
    iv text;
    aggregates text[] := '{}';
    rows_out text[] := '{}';
    within_expr text;
    target jsonb;
    k int := 0;
    src text := 'report_incidents';
    sql text;
BEGIN
    IF p_group_by IS NOT NULL AND 'unit' = ANY (p_group_by) THEN
        src := 'report_unit_responses';
    END IF;
    FOREACH field IN ARRAY coalesce(p_group_by, '{}') LOOP
        k := k + 1;
        expr := report_group_expression(field, p_shifts);
        keys := keys || format('%s AS k%s', expr, k);
        labels := labels || report_label(field, 'k' || k);
    END LOOP;
    FOREACH iv IN ARRAY intervals LOOP
        within_expr := 'ARRAY[]::bigint[]';
        IF p_targets ? iv THEN
            within_expr := 'ARRAY[';
            FOR target IN SELECT value FROM jsonb_array_elements(p_targets -> iv) LOOP
                within_expr := within_expr || format('count(*) FILTER (WHERE %I <= %s),', iv || '_s', (target #>> '{}')::double precision);
            END LOOP;
            within_expr := rtrim(within_expr, ',') || ']::bigint[]';
        END IF;
        aggregates := aggregates || format(
            'count(%1$I) AS %2$s_n, count(*) - count(%1$I) AS %2$s_missing, avg(%1$I) AS %2$s_mean,'
            ' percentile_cont(''{0.5,0.9}''::float8[]) WITHIN GROUP (ORDER BY %1$I) AS %2$s_p,'
            ' count(*) FILTER (WHERE %1$I = 0) AS %2$s_zero, count(*) FILTER (WHERE %1$I < 0) AS %2$s_negative,'
            ' %3$s AS %2$s_within', iv || '_s', iv, within_expr);
        rows_out := rows_out || format('(%2$s, %1$L, %1$s_n, %1$s_missing, %1$s_mean, %1$s_p[1], %1$s_p[2], %1$s_zero,'
                                       ' %1$s_negative, %1$s_within)', iv, array_position(intervals, iv));
    END LOOP;

    sql := format(
        'WITH g AS (SELECT %s%s FROM (SELECT %s, processing_s, queue_s, turnout_s, travel_s, response_s, on_scene_s'
        ' FROM %I WHERE ($1 IS NULL OR received_at >= ($1::timestamp AT TIME ZONE $3))'
        ' AND ($2 IS NULL OR received_at < (($2 + 1)::timestamp AT TIME ZONE $3))) f %s)'
        ' SELECT ARRAY[%s]::text[], v.name, v.n, v.missing, v.mean, v.p50, v.p90, v.zero, v.negative, v.within'
        ' FROM g CROSS JOIN LATERAL (VALUES %s) v(ord, name, n, missing, mean, p50, p90, zero, negative, within)'
        ' ORDER BY %sv.ord',
        CASE WHEN k > 0 THEN array_to_string(ARRAY(SELECT 'k' || i FROM generate_series(1, k) i), ', ') || ', ' ELSE '' END,
        array_to_string(aggregates, ', '),
        CASE WHEN k > 0 THEN array_to_string(keys, ', ') ELSE 'NULL AS k0' END,
        src,
        CASE WHEN k > 0 THEN 'GROUP BY ' || array_to_string(ARRAY(SELECT 'k' || i FROM generate_series(1, k) i), ', ') ELSE '' END,
        array_to_string(labels, ', '),
        array_to_string(rows_out, ', '),
        CASE WHEN k > 0 THEN array_to_string(ARRAY(SELECT 'g.k' || i || ' NULLS LAST' FROM generate_series(1, k) i), ', ') || ', ' ELSE '' END);
    RETURN QUERY EXECUTE sql USING p_from, p_to, p_time_zone;
END
$$;

-- Importing history: the client creates the staging table, COPYs the rows it could read into it,
-- then merges them in the same transaction. Idempotent: incidents are keyed by (source, legacy
-- number) and their rows by (incident, row key), so importing a file twice, or two overlapping
-- exports, stores each once; an incident seen again gets its times recomputed from all its rows.
CREATE FUNCTION history_import_prepare() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CREATE TEMP TABLE import_rows (
        line bigint NOT NULL, incident_ref text COLLATE "C" NOT NULL, row_key text COLLATE "C" NOT NULL,
        unit text, received_at timestamptz NOT NULL, acknowledged_at timestamptz, dispatched_at timestamptz,
        en_route_at timestamptz, on_scene_at timestamptz, cleared_at timestamptz,
        type text, priority text, channel text, sector text, lon double precision, lat double precision
    ) ON COMMIT DROP;
END
$$;

CREATE FUNCTION history_import_merge(p_source text)
RETURNS TABLE (incidents bigint, new_incidents bigint, updated_incidents bigint, stored_rows bigint,
               duplicate_rows bigint)
LANGUAGE plpgsql SET work_mem = '256MB' AS $$
DECLARE
    v_incidents bigint;
    v_existing bigint;
    v_rows bigint;
    v_read bigint;
BEGIN
    -- Two imports of one source wait for each other instead of racing on the same incidents.
    PERFORM pg_advisory_xact_lock(4242005, hashtext(p_source));
    ANALYZE import_rows; -- temporary tables have no statistics otherwise
    SELECT count(*) INTO v_read FROM import_rows;
    -- A row repeated in the file counts once: the last one read wins.
    CREATE TEMP TABLE import_unique ON COMMIT DROP AS
        SELECT DISTINCT ON (incident_ref, row_key) * FROM import_rows ORDER BY incident_ref, row_key, line DESC;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    ANALYZE import_unique;
    CREATE TEMP TABLE import_existing ON COMMIT DROP AS
        SELECT h.id FROM history_incidents h
        WHERE h.source = p_source AND h.source_ref IN (SELECT incident_ref FROM import_unique);
    GET DIAGNOSTICS v_existing = ROW_COUNT;

    -- Per incident: the earliest received, acknowledged, dispatched, en route and on scene times and
    -- the latest cleared one; type, priority, channel, sector and place from its first row.
    INSERT INTO history_incidents AS h (source, source_ref, type, priority, channel, sector, lon, lat, received_at,
                                        acknowledged_at, dispatched_at, en_route_at, on_scene_at, cleared_at)
    SELECT p_source, t.incident_ref, f.type, f.priority, f.channel, f.sector, f.lon, f.lat, t.r, t.a, t.d, t.e, t.o, t.c
    FROM (SELECT incident_ref, min(received_at) AS r, min(acknowledged_at) AS a, min(dispatched_at) AS d,
                 min(en_route_at) AS e, min(on_scene_at) AS o, max(cleared_at) AS c
          FROM import_unique GROUP BY incident_ref) t
    JOIN (SELECT DISTINCT ON (incident_ref) incident_ref, type, priority, channel, sector, lon, lat
          FROM import_unique ORDER BY incident_ref, received_at, line) f USING (incident_ref)
    ON CONFLICT (source, source_ref) DO UPDATE
        SET type = EXCLUDED.type, priority = EXCLUDED.priority, channel = EXCLUDED.channel, sector = EXCLUDED.sector,
            lon = EXCLUDED.lon, lat = EXCLUDED.lat, imported_at = now();
    GET DIAGNOSTICS v_incidents = ROW_COUNT;

    INSERT INTO history_responses AS r (incident_id, row_key, unit, received_at, acknowledged_at, dispatched_at,
                                        en_route_at, on_scene_at, cleared_at)
    SELECT h.id, u.row_key, u.unit, u.received_at, u.acknowledged_at, u.dispatched_at, u.en_route_at,
           u.on_scene_at, u.cleared_at
    FROM import_unique u JOIN history_incidents h ON h.source = p_source AND h.source_ref = u.incident_ref
    ON CONFLICT (incident_id, row_key) DO UPDATE
        SET unit = EXCLUDED.unit, received_at = EXCLUDED.received_at, acknowledged_at = EXCLUDED.acknowledged_at,
            dispatched_at = EXCLUDED.dispatched_at, en_route_at = EXCLUDED.en_route_at,
            on_scene_at = EXCLUDED.on_scene_at, cleared_at = EXCLUDED.cleared_at;

    IF v_existing > 0 THEN
        UPDATE history_incidents h
        SET received_at = a.r, acknowledged_at = a.a, dispatched_at = a.d, en_route_at = a.e, on_scene_at = a.o,
            cleared_at = a.c
        FROM (SELECT incident_id, min(received_at) AS r, min(acknowledged_at) AS a, min(dispatched_at) AS d,
                     min(en_route_at) AS e, min(on_scene_at) AS o, max(cleared_at) AS c
              FROM history_responses WHERE incident_id IN (SELECT id FROM import_existing) GROUP BY incident_id) a
        WHERE h.id = a.incident_id
          AND (h.received_at, h.acknowledged_at, h.dispatched_at, h.en_route_at, h.on_scene_at, h.cleared_at)
              IS DISTINCT FROM (a.r, a.a, a.d, a.e, a.o, a.c);
    END IF;
    RETURN QUERY SELECT v_incidents, v_incidents - v_existing, v_existing, v_rows, v_read - v_rows;
END
$$;

-- Least privilege: commanders (and admins) read the review; only admins import history. Operators
-- see neither. The views read live tables with their owner's rights, so granting them is enough.
REVOKE ALL ON history_incidents, history_responses, history_packs, report_incidents, report_live_incidents,
              report_unit_responses FROM PUBLIC;
REVOKE ALL ON FUNCTION history_repack(text[], date[]), history_pack_text(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION report_pack(double precision, double precision, double precision, double precision,
                                   double precision, double precision),
                       report_group_expression(text, jsonb), report_label(text, text),
                       report_response_times(date, date, text[], text, jsonb, jsonb) FROM PUBLIC;
GRANT SELECT ON report_incidents, report_live_incidents, report_unit_responses, history_packs TO centinela_commander;
GRANT EXECUTE ON FUNCTION history_repack(text[], date[]), history_pack_text(text) TO centinela_admin;
GRANT EXECUTE ON FUNCTION report_pack(double precision, double precision, double precision, double precision,
                                      double precision, double precision),
                          report_group_expression(text, jsonb), report_label(text, text),
                          report_response_times(date, date, text[], text, jsonb, jsonb) TO centinela_commander;
REVOKE ALL ON FUNCTION history_import_prepare(), history_import_merge(text) FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON history_incidents, history_responses TO centinela_admin;
GRANT EXECUTE ON FUNCTION history_import_prepare(), history_import_merge(text) TO centinela_admin;
GRANT USAGE ON SEQUENCE history_incidents_id_seq TO centinela_admin;
