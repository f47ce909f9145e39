-- Record checks: local copies of the national systems' exports (persons, vehicles, warrants, fines,
-- restraining orders, border crossings), refreshed by `centinela-cli import-records`. Operators and
-- commanders never read these tables: they look up through records_lookup(), which writes who
-- looked up whom, when and why into the insert-only audit trail in the same transaction.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index or a
-- generated column. This wrapper names the dictionary explicitly and is declared IMMUTABLE: the
-- station promises not to edit unaccent.rules under a live index.
CREATE FUNCTION records_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary, $1))
$$;

-- Name words, folded: "José  PÉREZ-Núñez" → {jose, perez, nunez}.
CREATE FUNCTION records_tokens(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT pg_catalog.array_remove(pg_catalog.regexp_split_to_array(public.records_fold($1), '[^a-z0-9]+'), '')
$$;

-- Unordered pairs of a name's words ("jose perez", "nunez perez", …). Two common words (José,
-- García) each match a tenth of a population, but the pair only a hundredth: a query is narrowed
-- through the pairs index, so the rows to rank stay few even for the commonest names.
CREATE FUNCTION records_pairs(text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(pg_catalog.array_agg(DISTINCT a OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) b), '{}')
      FROM pg_catalog.unnest(public.records_tokens($1)) a, pg_catalog.unnest(public.records_tokens($1)) b
     WHERE a COLLATE "C" OPERATOR(pg_catalog.<) b
$$;

-- Document numbers and plates compare without case, spaces, dashes or dots: "p-123 abc" = "P123ABC".
CREATE FUNCTION records_key(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT pg_catalog.upper(pg_catalog.regexp_replace(public.records_fold($1), '[^a-z0-9]+', '', 'g'))
$$;

CREATE TABLE persons (
    id               bigserial PRIMARY KEY,
    document_number  text NOT NULL,
    document_key     text GENERATED ALWAYS AS (public.records_key(document_number)) STORED UNIQUE,
    full_name        text NOT NULL,
    name_folded      text GENERATED ALWAYS AS (public.records_fold(full_name)) STORED,
    name_tokens      text[] GENERATED ALWAYS AS (public.records_tokens(full_name)) STORED,
    name_pairs       text[] GENERATED ALWAYS AS (public.records_pairs(full_name)) STORED,
    birth_date       date,
    nationality      text,
    address          text,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_tokens ON persons USING gin (name_tokens);
CREATE INDEX persons_pairs ON persons USING gin (name_pairs);

-- The distinct name words of all persons (a few thousand to a few hundred thousand, against a
-- million full names): a fuzzy query word is first matched here, then persons are found through the
-- GIN index on their words, and only that narrow set is ranked by trigram similarity.
CREATE TABLE record_name_tokens (
    token  text PRIMARY KEY
);
CREATE INDEX record_name_tokens_trgm ON record_name_tokens USING gin (token gin_trgm_ops);
CREATE INDEX record_name_tokens_initial ON record_name_tokens (left(token, 1));

CREATE TABLE vehicles (
    id               bigserial PRIMARY KEY,
    plate            text NOT NULL,
    plate_key        text GENERATED ALWAYS AS (public.records_key(plate)) STORED UNIQUE,
    make             text,
    model            text,
    colour           text,
    year             int,
    owner_document   text,
    owner_key        text GENERATED ALWAYS AS (public.records_key(owner_document)) STORED,
    reported_stolen  boolean NOT NULL DEFAULT false,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vehicles_owner ON vehicles (owner_key);

CREATE TABLE warrants (
    id               bigserial PRIMARY KEY,
    warrant_number   text NOT NULL UNIQUE,
    document_number  text NOT NULL,
    document_key     text GENERATED ALWAYS AS (public.records_key(document_number)) STORED,
    person_name      text,
    offence          text,
    court            text,
    issued_on        date,
    status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'served', 'cancelled')),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX warrants_document ON warrants (document_key);

CREATE TABLE fines (
    id               bigserial PRIMARY KEY,
    fine_number      text NOT NULL UNIQUE,
    document_number  text,
    document_key     text GENERATED ALWAYS AS (public.records_key(document_number)) STORED,
    plate            text,
    plate_key        text GENERATED ALWAYS AS (public.records_key(plate)) STORED,
    amount           numeric(12, 2) NOT NULL CHECK (amount >= 0),
    reason           text,
    issued_on        date,
    paid_on          date,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (document_number IS NOT NULL OR plate IS NOT NULL)
);
CREATE INDEX fines_document ON fines (document_key) WHERE paid_on IS NULL;
CREATE INDEX fines_plate ON fines (plate_key) WHERE paid_on IS NULL;

CREATE TABLE restraining_orders (
    id               bigserial PRIMARY KEY,
    order_number     text NOT NULL UNIQUE,
    document_number  text NOT NULL,      -- the restrained person
    document_key     text GENERATED ALWAYS AS (public.records_key(document_number)) STORED,
    person_name      text,
    protected_name   text,
    court            text,
    issued_on        date,
    valid_until      date,
    conditions       text,
    status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lifted')),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX restraining_orders_document ON restraining_orders (document_key);

CREATE TABLE border_crossings (
    id               bigserial PRIMARY KEY,
    document_number  text NOT NULL,
    document_key     text GENERATED ALWAYS AS (public.records_key(document_number)) STORED,
    crossed_at       timestamptz NOT NULL,
    post             text NOT NULL,
    direction        text NOT NULL CHECK (direction IN ('in', 'out')),
    UNIQUE (document_key, crossed_at, post, direction)
);

-- Merging an import: the importer COPYs checked rows into pg_temp.records_staging (text columns,
-- plus `line`) and calls the kind's merge. A record seen again is updated, never doubled; within
-- one file the last row of a key wins.
CREATE FUNCTION records_merge(p_kind text) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    IF p_kind = 'persons' THEN
        INSERT INTO persons (document_number, full_name, birth_date, nationality, address)
        SELECT DISTINCT ON (records_key(document_number)) document_number, full_name, birth_date::date,
               nullif(nationality, ''), nullif(address, '')
          FROM pg_temp.records_staging ORDER BY records_key(document_number), line DESC
        ON CONFLICT (document_key) DO UPDATE SET document_number = EXCLUDED.document_number,
            full_name = EXCLUDED.full_name, birth_date = EXCLUDED.birth_date, nationality = EXCLUDED.nationality,
            address = EXCLUDED.address, updated_at = now();
        GET DIAGNOSTICS n = ROW_COUNT;
        INSERT INTO record_name_tokens (token)
        SELECT DISTINCT unnest(records_tokens(full_name)) FROM pg_temp.records_staging
        ON CONFLICT DO NOTHING;
    ELSIF p_kind = 'vehicles' THEN
        INSERT INTO vehicles (plate, make, model, colour, year, owner_document, reported_stolen)
        SELECT DISTINCT ON (records_key(plate)) plate, nullif(make, ''), nullif(model, ''), nullif(colour, ''),
               nullif(year, '')::int, nullif(owner_document, ''), coalesce(nullif(reported_stolen, '')::boolean, false)
          FROM pg_temp.records_staging ORDER BY records_key(plate), line DESC
        ON CONFLICT (plate_key) DO UPDATE SET plate = EXCLUDED.plate, make = EXCLUDED.make, model = EXCLUDED.model,
            colour = EXCLUDED.colour, year = EXCLUDED.year, owner_document = EXCLUDED.owner_document,
            reported_stolen = EXCLUDED.reported_stolen, updated_at = now();
        GET DIAGNOSTICS n = ROW_COUNT;
    ELSIF p_kind = 'warrants' THEN
        INSERT INTO warrants (warrant_number, document_number, person_name, offence, court, issued_on, status)
        SELECT DISTINCT ON (warrant_number) warrant_number, document_number, nullif(person_name, ''),
               nullif(offence, ''), nullif(court, ''), nullif(issued_on, '')::date, coalesce(nullif(status, ''), 'active')
          FROM pg_temp.records_staging ORDER BY warrant_number, line DESC
        ON CONFLICT (warrant_number) DO UPDATE SET document_number = EXCLUDED.document_number,
            person_name = EXCLUDED.person_name, offence = EXCLUDED.offence, court = EXCLUDED.court,
            issued_on = EXCLUDED.issued_on, status = EXCLUDED.status, updated_at = now();
        GET DIAGNOSTICS n = ROW_COUNT;
    ELSIF p_kind = 'fines' THEN
        INSERT INTO fines (fine_number, document_number, plate, amount, reason, issued_on, paid_on)
        SELECT DISTINCT ON (fine_number) fine_number, nullif(document_number, ''), nullif(plate, ''), amount::numeric,
               nullif(reason, ''), nullif(issued_on, '')::date, nullif(paid_on, '')::date
          FROM pg_temp.records_staging ORDER BY fine_number, line DESC
        ON CONFLICT (fine_number) DO UPDATE SET document_number = EXCLUDED.document_number, plate = EXCLUDED.plate,
            amount = EXCLUDED.amount, reason = EXCLUDED.reason, issued_on = EXCLUDED.issued_on,
            paid_on = EXCLUDED.paid_on, updated_at = now();
        GET DIAGNOSTICS n = ROW_COUNT;
    ELSIF p_kind = 'orders' THEN
        INSERT INTO restraining_orders (order_number, document_number, person_name, protected_name, court, issued_on,
                                        valid_until, conditions, status)
        SELECT DISTINCT ON (order_number) order_number, document_number, nullif(person_name, ''),
               nullif(protected_name, ''), nullif(court, ''), nullif(issued_on, '')::date,
               nullif(valid_until, '')::date, nullif(conditions, ''), coalesce(nullif(status, ''), 'active')
          FROM pg_temp.records_staging ORDER BY order_number, line DESC
        ON CONFLICT (order_number) DO UPDATE SET document_number = EXCLUDED.document_number,
            person_name = EXCLUDED.person_name, protected_name = EXCLUDED.protected_name, court = EXCLUDED.court,
            issued_on = EXCLUDED.issued_on, valid_until = EXCLUDED.valid_until, conditions = EXCLUDED.conditions,
            status = EXCLUDED.status, updated_at = now();
        GET DIAGNOSTICS n = ROW_COUNT;
    ELSIF p_kind = 'crossings' THEN
        INSERT INTO border_crossings (document_number, crossed_at, post, direction)
        SELECT document_number, crossed_at::timestamptz, post, direction FROM pg_temp.records_staging
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
    ELSE
        RAISE EXCEPTION 'unknown record kind %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN n;
END
$$;

-- After a large import: GIN indexes take new rows into a pending list that every search scans
-- linearly until it is merged (a 1M-row import leaves megabytes there); merge it now and refresh the
-- planner's statistics. Runs as the owner, who alone may do both.
CREATE FUNCTION records_settle(p_kind text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF p_kind = 'persons' THEN
        PERFORM gin_clean_pending_list('public.persons_tokens'::regclass);
        PERFORM gin_clean_pending_list('public.persons_pairs'::regclass);
        ANALYZE public.persons;
        ANALYZE public.record_name_tokens;
    ELSIF p_kind = 'vehicles' THEN
        ANALYZE public.vehicles;
    ELSIF p_kind = 'warrants' THEN
        ANALYZE public.warrants;
    ELSIF p_kind = 'fines' THEN
        ANALYZE public.fines;
    ELSIF p_kind = 'orders' THEN
        ANALYZE public.restraining_orders;
    ELSIF p_kind = 'crossings' THEN
        ANALYZE public.border_crossings;
    END IF;
END
$$;

-- Candidate words for one query word: the word itself, words one edit away (same initial), and
-- words with a trigram similarity of 0.45 or more ("hernandes" → "hernandez").
CREATE FUNCTION records_token_candidates(p_token text) RETURNS text[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    -- plpgsql, not sql: the statement's plan is kept for the session instead of made per call.
    RETURN (SELECT coalesce(array_agg(token), '{}') FROM (
        SELECT token FROM record_name_tokens WHERE token = p_token
        UNION
        SELECT token FROM record_name_tokens WHERE token % p_token AND similarity(token, p_token) >= 0.45
        UNION
        SELECT token FROM record_name_tokens
         WHERE length(p_token) >= 4 AND left(token, 1) = left(p_token, 1)
           AND abs(length(token) - length(p_token)) <= 1 AND levenshtein_less_equal(token, p_token, 1) <= 1) c);
END
$$;

-- The WHERE condition for query words given as their candidate lists (array literals): each two
-- neighbouring words through the pairs index (which implies both words), a lone word through the
-- words index.
CREATE FUNCTION records_name_condition(p_candidates text[]) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    conds text[] := '{}';
    pairs text[];
BEGIN
    IF cardinality(p_candidates) = 1 THEN
        RETURN format('p.name_tokens && %L::text[]', p_candidates[1]);
    END IF;
    FOR i IN 1 .. cardinality(p_candidates) - 1 LOOP
        pairs := ARRAY(SELECT DISTINCT CASE WHEN x COLLATE "C" < y THEN x || ' ' || y ELSE y || ' ' || x END
                         FROM unnest(p_candidates[i]::text[]) x, unnest(p_candidates[i + 1]::text[]) y WHERE x <> y);
        IF cardinality(pairs) = 0 THEN
            conds := conds || format('p.name_tokens && %L::text[]', p_candidates[i]); -- the same word twice
        ELSE
            conds := conds || format('p.name_pairs && %L::text[]', pairs);
        END IF;
    END LOOP;
    RETURN array_to_string(conds, ' AND ');
END
$$;

-- Persons by name, best first: every query word (of two letters or more) must match a word of the
-- name through its candidates; when that finds nobody, one word may be missing or misspelt beyond
-- recognition. Word order does not matter ("Pérez José" finds "José Pérez"). At most 2,000 matching
-- persons are ranked: a name that common needs another word or the document number.
CREATE FUNCTION records_find_persons(p_name text, p_limit int DEFAULT 10)
RETURNS TABLE (person_id bigint, score real)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    words text[] := ARRAY(SELECT w FROM unnest(records_tokens(p_name)) WITH ORDINALITY AS t(w, n)
                           WHERE length(w) >= 2 ORDER BY n LIMIT 6);
    folded text := array_to_string(records_tokens(p_name), ' ');
    candidates text[];
    alternatives text[] := '{}';
    ranked constant text := 'SELECT c.id, similarity(c.name_folded, %L) FROM (SELECT p.id, p.name_folded FROM persons p'
                            ' WHERE %s LIMIT 2000) c ORDER BY 2 DESC, 1 LIMIT %s';
BEGIN
    IF cardinality(words) = 0 THEN
        RETURN;
    END IF;
    candidates := ARRAY(SELECT records_token_candidates(w)::text FROM unnest(words) WITH ORDINALITY AS t(w, n) ORDER BY n);
    RETURN QUERY EXECUTE format(ranked, folded, records_name_condition(candidates), p_limit);
    IF FOUND OR cardinality(words) < 2 THEN
        RETURN;
    END IF;
    FOR i IN 1 .. cardinality(candidates) LOOP
        alternatives := alternatives || ('(' || records_name_condition(candidates[:i - 1] || candidates[i + 1:]) || ')');
    END LOOP;
    RETURN QUERY EXECUTE format(ranked, folded, array_to_string(alternatives, ' OR '), p_limit);
END
$$;

-- What a person's card shows, flags first. `p_key` is the normalised document number; the person
-- row may be missing (a warrant for someone the persons export does not list).
CREATE FUNCTION records_person_card(p_key text, p_score real DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    p persons;
    w jsonb;
    o jsonb;
    v jsonb;
    c jsonb;
    unpaid bigint;
    total numeric;
BEGIN
    SELECT * INTO p FROM persons WHERE document_key = p_key;
    SELECT coalesce(jsonb_agg(jsonb_build_object('number', warrant_number, 'offence', offence, 'court', court,
                                                 'issued_on', issued_on) ORDER BY issued_on DESC), '[]') INTO w
      FROM warrants WHERE document_key = p_key AND status = 'active';
    SELECT coalesce(jsonb_agg(jsonb_build_object('number', order_number, 'protected_name', protected_name,
                                                 'court', court, 'valid_until', valid_until,
                                                 'conditions', conditions) ORDER BY issued_on DESC), '[]') INTO o
      FROM restraining_orders
     WHERE document_key = p_key AND status = 'active' AND (valid_until IS NULL OR valid_until >= current_date);
    SELECT count(*), coalesce(sum(amount), 0) INTO unpaid, total FROM fines WHERE document_key = p_key AND paid_on IS NULL;
    SELECT coalesce(jsonb_agg(jsonb_build_object('plate', plate, 'make', make, 'model', model, 'colour', colour,
                                                 'reported_stolen', reported_stolen) ORDER BY plate), '[]') INTO v
      FROM vehicles WHERE owner_key = p_key;
    SELECT coalesce(jsonb_agg(jsonb_build_object('at', crossed_at, 'post', post, 'direction', direction)
                              ORDER BY crossed_at DESC), '[]') INTO c
      FROM (SELECT * FROM border_crossings WHERE document_key = p_key ORDER BY crossed_at DESC LIMIT 5) x;
    RETURN jsonb_build_object(
        'type', 'person',
        'flags', to_jsonb(array_remove(ARRAY[CASE WHEN jsonb_array_length(w) > 0 THEN 'warrant' END,
                                             CASE WHEN jsonb_array_length(o) > 0 THEN 'restraining_order' END,
                                             CASE WHEN unpaid > 0 THEN 'unpaid_fines' END], NULL)),
        'document', coalesce(p.document_number,
                             (SELECT document_number FROM warrants WHERE document_key = p_key LIMIT 1),
                             (SELECT document_number FROM restraining_orders WHERE document_key = p_key LIMIT 1), p_key),
        'name', coalesce(p.full_name,
                         (SELECT person_name FROM warrants WHERE document_key = p_key AND person_name IS NOT NULL LIMIT 1),
                         (SELECT person_name FROM restraining_orders WHERE document_key = p_key
                             AND person_name IS NOT NULL LIMIT 1)),
        'person_id', p.id, 'birth_date', p.birth_date, 'nationality', p.nationality, 'address', p.address,
        'score', p_score, 'warrants', w, 'restraining_orders', o,
        'fines', jsonb_build_object('unpaid', unpaid, 'amount', total), 'vehicles', v, 'crossings', c);
END
$$;

CREATE FUNCTION records_vehicle_card(p_key text) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v vehicles;
    owner jsonb;
    unpaid bigint;
    total numeric;
BEGIN
    SELECT * INTO v FROM vehicles WHERE plate_key = p_key;
    SELECT count(*), coalesce(sum(amount), 0) INTO unpaid, total FROM fines WHERE plate_key = p_key AND paid_on IS NULL;
    IF v.owner_key IS NOT NULL THEN
        owner := records_person_card(v.owner_key);
    END IF;
    RETURN jsonb_build_object(
        'type', 'vehicle',
        'flags', to_jsonb(array_remove(ARRAY[
            CASE WHEN v.reported_stolen THEN 'stolen' END,
            CASE WHEN owner -> 'flags' ? 'warrant' THEN 'owner_warrant' END,
            CASE WHEN owner -> 'flags' ? 'restraining_order' THEN 'owner_restraining_order' END,
            CASE WHEN unpaid > 0 THEN 'unpaid_fines' END], NULL)),
        'plate', coalesce(v.plate, (SELECT plate FROM fines WHERE plate_key = p_key LIMIT 1), p_key),
        'vehicle_id', v.id, 'make', v.make, 'model', v.model, 'colour', v.colour, 'year', v.year,
        'reported_stolen', coalesce(v.reported_stolen, false),
        'fines', jsonb_build_object('unpaid', unpaid, 'amount', total), 'owner', owner);
END
$$;

-- The one way to look records up. `p_kind`: name, document, plate, or any (a plate or document
-- number first, then a name). Needs a reason: an incident, or a stated purpose. Writes the audit
-- row (who — the database fills in the login —, whom, when, why) in the same transaction.
CREATE FUNCTION records_lookup(p_query text, p_kind text, p_incident bigint, p_reason text,
                               p_via text DEFAULT 'desk', p_officer text DEFAULT NULL, p_limit int DEFAULT 10)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    key text := records_key(coalesce(p_query, ''));
    cards jsonb := '[]';
    r record;
BEGIN
    IF coalesce(p_kind, '') NOT IN ('name', 'document', 'plate', 'any') THEN
        RAISE EXCEPTION 'lookup kind must be name, document, plate or any' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_incident IS NULL AND length(trim(coalesce(p_reason, ''))) < 3 THEN
        RAISE EXCEPTION 'a record check needs an incident or a stated reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_incident IS NOT NULL AND NOT EXISTS (SELECT 1 FROM incidents WHERE id = p_incident) THEN
        RAISE EXCEPTION 'incident % does not exist', p_incident USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(key) = 0 THEN
        RAISE EXCEPTION 'nothing to look up' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_kind IN ('plate', 'any') AND (EXISTS (SELECT 1 FROM vehicles WHERE plate_key = key)
                                       OR EXISTS (SELECT 1 FROM fines WHERE plate_key = key)) THEN
        cards := cards || jsonb_build_array(records_vehicle_card(key));
    END IF;
    IF p_kind IN ('document', 'any') AND (EXISTS (SELECT 1 FROM persons WHERE document_key = key)
                                          OR EXISTS (SELECT 1 FROM warrants WHERE document_key = key)
                                          OR EXISTS (SELECT 1 FROM restraining_orders WHERE document_key = key)) THEN
        cards := cards || jsonb_build_array(records_person_card(key));
    END IF;
    IF p_kind = 'name' OR (p_kind = 'any' AND jsonb_array_length(cards) = 0 AND p_query ~ '[[:alpha:]]{2}') THEN
        FOR r IN SELECT p.document_key, f.score FROM records_find_persons(p_query, p_limit) f
                   JOIN persons p ON p.id = f.person_id ORDER BY f.score DESC, p.id LOOP
            cards := cards || jsonb_build_array(records_person_card(r.document_key, r.score));
        END LOOP;
    END IF;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('records.lookup', CASE WHEN p_incident IS NOT NULL THEN 'incident' END, p_incident,
            jsonb_build_object('query', p_query, 'kind', p_kind, 'via', coalesce(p_via, 'desk'), 'reason', p_reason,
                               'officer', p_officer, 'incident', p_incident,
                               'found', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                                             'type', c ->> 'type', 'document', c ->> 'document', 'name', c ->> 'name',
                                             'plate', c ->> 'plate'))), '[]')
                                           FROM jsonb_array_elements(cards) c)));
    RETURN jsonb_build_object('query', p_query, 'kind', p_kind, 'results', cards);
END
$$;

REVOKE ALL ON persons, record_name_tokens, vehicles, warrants, fines, restraining_orders, border_crossings FROM PUBLIC;
REVOKE ALL ON FUNCTION records_merge(text), records_settle(text), records_token_candidates(text), records_name_condition(text[]),
    records_find_persons(text, int),
    records_person_card(text, real), records_vehicle_card(text),
    records_lookup(text, text, bigint, text, text, text, int) FROM PUBLIC;
-- Admins refresh the records from the national exports; everyone else only looks up, audited.
GRANT SELECT, INSERT, UPDATE, DELETE ON persons, record_name_tokens, vehicles, warrants, fines, restraining_orders,
    border_crossings TO centinela_admin;
GRANT USAGE ON SEQUENCE persons_id_seq, vehicles_id_seq, warrants_id_seq, fines_id_seq, restraining_orders_id_seq,
    border_crossings_id_seq TO centinela_admin;
GRANT EXECUTE ON FUNCTION records_merge(text), records_settle(text), records_token_candidates(text), records_name_condition(text[]),
    records_find_persons(text, int),
    records_person_card(text, real), records_vehicle_card(text) TO centinela_admin;
GRANT EXECUTE ON FUNCTION records_lookup(text, text, bigint, text, text, text, int)
    TO centinela_operator, centinela_gateway;
