-- Station state: the tables desks mirror in memory. Every change to them goes through a command
-- function (0003) that appends to `events` in the same transaction.

CREATE TABLE stations (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    time_zone   text NOT NULL DEFAULT 'America/Guatemala',
    settings    jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO stations (name) VALUES ('Estación');

CREATE TABLE sectors (
    id          serial PRIMARY KEY,
    station_id  int NOT NULL REFERENCES stations,
    name        text NOT NULL,
    boundary    jsonb NOT NULL,          -- GeoJSON Polygon or MultiPolygon, lon/lat
    UNIQUE (station_id, name)
);

-- Allowed transitions, mirrored by core/domain/Status.cpp (a test keeps the two equal).
CREATE TABLE unit_status_transitions (
    from_status text NOT NULL,
    to_status   text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO unit_status_transitions VALUES
    ('off_duty', 'available'), ('off_duty', 'out_of_service'),
    ('available', 'dispatched'), ('available', 'en_route'), ('available', 'out_of_service'), ('available', 'off_duty'),
    ('dispatched', 'en_route'), ('dispatched', 'on_scene'), ('dispatched', 'available'), ('dispatched', 'out_of_service'),
    ('en_route', 'on_scene'), ('en_route', 'available'), ('en_route', 'out_of_service'),
    ('on_scene', 'available'), ('on_scene', 'en_route'), ('on_scene', 'out_of_service'),
    ('out_of_service', 'available'), ('out_of_service', 'off_duty');

CREATE TABLE incident_state_transitions (
    from_state  text NOT NULL,
    to_state    text NOT NULL,
    PRIMARY KEY (from_state, to_state)
);
INSERT INTO incident_state_transitions VALUES
    ('pending', 'dispatched'), ('pending', 'closed'),
    ('dispatched', 'on_scene'), ('dispatched', 'pending'), ('dispatched', 'closed'),
    ('on_scene', 'dispatched'), ('on_scene', 'closed');

CREATE TABLE units (
    id            serial PRIMARY KEY,
    call_sign     text NOT NULL UNIQUE,
    kind          text NOT NULL DEFAULT 'car'
                  CHECK (kind IN ('car', 'motorcycle', 'foot', 'bicycle', 'k9', 'other')),
    capabilities  text[] NOT NULL DEFAULT '{}',
    station_id    int REFERENCES stations,
    sector_id     int REFERENCES sectors,
    status        text NOT NULL DEFAULT 'off_duty'
                  CHECK (status IN ('available', 'dispatched', 'en_route', 'on_scene', 'out_of_service', 'off_duty')),
    status_since  timestamptz NOT NULL DEFAULT now(),
    incident_id   bigint
);

CREATE TABLE incidents (
    id               bigserial PRIMARY KEY,
    station_id       int REFERENCES stations,
    sector_id        int REFERENCES sectors,
    type             text NOT NULL DEFAULT 'unknown',
    priority         smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    state            text NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'dispatched', 'on_scene', 'closed')),
    lon              double precision CHECK (lon BETWEEN -180 AND 180),
    lat              double precision CHECK (lat BETWEEN -90 AND 90),
    address          text,
    location_source  text CHECK (location_source IN ('message', 'operator', 'map', 'address')),
    channel          text,
    received_at      timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    dispatched_at    timestamptz,
    en_route_at      timestamptz,
    on_scene_at      timestamptz,
    cleared_at       timestamptz,
    closed_at        timestamptz,
    disposition      text,
    created_by       text NOT NULL DEFAULT session_user
);
CREATE INDEX incidents_open ON incidents (state) WHERE state <> 'closed';

ALTER TABLE units ADD FOREIGN KEY (incident_id) REFERENCES incidents;

CREATE TABLE alerts (
    id               bigserial PRIMARY KEY,
    station_id       int REFERENCES stations,
    channel          text NOT NULL CHECK (channel IN ('vetted_group', 'unverified', 'sms', 'tipline', 'hotline',
                                                      'cap', 'bracelet', 'phone', 'radio', 'front_desk', 'business')),
    external_id      text,               -- the channel's own message id: retries are stored once
    reporter_ref     text,               -- a reference, never the reporter's identity
    body             text NOT NULL DEFAULT '',
    lon              double precision CHECK (lon BETWEEN -180 AND 180),
    lat              double precision CHECK (lat BETWEEN -90 AND 90),
    location_text    text,
    attachments      jsonb NOT NULL DEFAULT '[]',
    received_at      timestamptz NOT NULL,
    priority         smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    state            text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'acknowledged', 'linked', 'dismissed')),
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    incident_id      bigint REFERENCES incidents,
    UNIQUE (channel, external_id)
);
CREATE INDEX alerts_open ON alerts (state) WHERE state IN ('new', 'acknowledged');

CREATE TABLE assignments (
    id           bigserial PRIMARY KEY,
    incident_id  bigint NOT NULL REFERENCES incidents,
    unit_id      int NOT NULL REFERENCES units,
    assigned_at  timestamptz NOT NULL,
    assigned_by  text NOT NULL,
    reason       text,
    en_route_at  timestamptz,
    on_scene_at  timestamptz,
    cleared_at   timestamptz
);
-- A unit has at most one live assignment: the database, not the desk, guarantees it.
CREATE UNIQUE INDEX assignments_one_live_per_unit ON assignments (unit_id) WHERE cleared_at IS NULL;
CREATE INDEX assignments_incident ON assignments (incident_id);

CREATE TABLE notes (
    id           bigserial PRIMARY KEY,
    incident_id  bigint NOT NULL REFERENCES incidents,
    at           timestamptz NOT NULL DEFAULT now(),
    author       text NOT NULL DEFAULT session_user,
    body         text NOT NULL CHECK (length(body) > 0)
);
CREATE INDEX notes_incident ON notes (incident_id);

-- Transitions are enforced here as well as in core, so no client can skip them.
CREATE FUNCTION enforce_unit_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF NOT EXISTS (SELECT 1 FROM unit_status_transitions WHERE from_status = OLD.status AND to_status = NEW.status) THEN
            RAISE EXCEPTION 'unit % cannot go from % to %', OLD.call_sign, OLD.status, NEW.status
                USING ERRCODE = 'CN001';
        END IF;
        NEW.status_since := now();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER units_transition BEFORE UPDATE OF status ON units FOR EACH ROW EXECUTE FUNCTION enforce_unit_transition();

CREATE FUNCTION enforce_incident_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state IS DISTINCT FROM OLD.state
       AND NOT EXISTS (SELECT 1 FROM incident_state_transitions WHERE from_state = OLD.state AND to_state = NEW.state) THEN
        RAISE EXCEPTION 'incident % cannot go from % to %', OLD.id, OLD.state, NEW.state USING ERRCODE = 'CN001';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER incidents_transition BEFORE UPDATE OF state ON incidents FOR EACH ROW EXECUTE FUNCTION enforce_incident_transition();

-- Positions: fixes are not events. They arrive in batches (COPY) into an append-only table
-- partitioned by day, plus one upserted row per unit that desks follow through `seq`.
CREATE TABLE positions (
    unit_id      int NOT NULL,
    lon          double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat          double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    heading      real,
    speed        real,
    fix_time     timestamptz NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
) PARTITION BY RANGE (fix_time);
CREATE TABLE positions_default PARTITION OF positions DEFAULT;

CREATE FUNCTION ensure_positions_partition(p_day date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    name text := 'positions_' || to_char(p_day, 'YYYYMMDD');
BEGIN
    IF to_regclass('public.' || name) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(4242003);
    IF to_regclass('public.' || name) IS NULL THEN
        EXECUTE format('CREATE TABLE public.%I PARTITION OF public.positions FOR VALUES FROM (%L) TO (%L)',
                       name, p_day::timestamp AT TIME ZONE 'UTC', (p_day + 1)::timestamp AT TIME ZONE 'UTC');
    END IF;
END
$$;

CREATE SEQUENCE unit_positions_seq;
CREATE TABLE unit_positions (
    unit_id      int PRIMARY KEY REFERENCES units ON DELETE CASCADE,
    lon          double precision NOT NULL,
    lat          double precision NOT NULL,
    heading      real,
    speed        real,
    fix_time     timestamptz NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    seq          bigint NOT NULL
);
CREATE INDEX unit_positions_seq_idx ON unit_positions (seq);

-- The event log. Ids are drawn under a transaction-level advisory lock (see append_event), so they
-- become visible in id order and a reader's watermark never skips a slow transaction's event.
CREATE SEQUENCE events_id_seq;
CREATE TABLE events (
    id           bigint PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL DEFAULT session_user,
    kind         text NOT NULL,
    entity_type  text NOT NULL,
    entity_id    bigint NOT NULL,
    payload      jsonb NOT NULL,
    command_id   uuid
);

CREATE TABLE commands (
    id      uuid PRIMARY KEY,
    kind    text NOT NULL,
    actor   text NOT NULL DEFAULT session_user,
    at      timestamptz NOT NULL DEFAULT now(),
    result  jsonb
);

-- The audit trail: insert-only for everyone; the database fills in who and when.
CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL DEFAULT session_user,
    action       text NOT NULL,
    entity_type  text,
    entity_id    bigint,
    details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_actor ON audit_log (actor, at);

CREATE FUNCTION audit_fill_in() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.at := now();
    NEW.actor := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_fill BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_fill_in();

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
