-- Record checks by name narrowed by birth: a radio call gives "José Pérez, born 1990" or "about 35
-- years old", and a common name matches dozens of people. records_find_persons and records_lookup
-- gain a birth-date range; persons born outside it are left out before the 2,000-candidate cap,
-- persons whose birth date the registry lacks are kept (after the others: a warrant must not hide
-- behind a missing date). The old signatures call the new ones, so every caller keeps working.
CREATE FUNCTION records_find_persons(p_name text, p_limit int, p_born_from date, p_born_to date)
RETURNS TABLE (person_id bigint, score real)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    words text[] := ARRAY(SELECT w FROM unnest(records_tokens(p_name)) WITH ORDINALITY AS t(w, n)
                           WHERE length(w) >= 2 ORDER BY n LIMIT 6);
    folded text := array_to_string(records_tokens(p_name), ' ');
    candidates text[];
    alternatives text[] := '{}';
    born text := '';
    unknown_last text := '';
    ranked constant text := 'SELECT c.id, similarity(c.name_folded, %L) FROM (SELECT p.id, p.name_folded, p.birth_date'
                            ' FROM persons p WHERE (%s)%s LIMIT 2000) c ORDER BY %s2 DESC, 1 LIMIT %s';
BEGIN
    IF cardinality(words) = 0 THEN
        RETURN;
    END IF;
    IF p_born_from IS NOT NULL OR p_born_to IS NOT NULL THEN
        born := format(' AND (p.birth_date IS NULL OR p.birth_date BETWEEN %L AND %L)',
                       coalesce(p_born_from, '-infinity'::date), coalesce(p_born_to, 'infinity'::date));
        unknown_last := 'c.birth_date IS NULL, ';
    END IF;
    candidates := ARRAY(SELECT records_token_candidates(w)::text FROM unnest(words) WITH ORDINALITY AS t(w, n) ORDER BY n);
    RETURN QUERY EXECUTE format(ranked, folded, records_name_condition(candidates), born, unknown_last, p_limit);
    IF FOUND OR cardinality(words) < 2 THEN
        RETURN;
    END IF;
    FOR i IN 1 .. cardinality(candidates) LOOP
        alternatives := alternatives || ('(' || records_name_condition(candidates[:i - 1] || candidates[i + 1:]) || ')');
    END LOOP;
    RETURN QUERY EXECUTE format(ranked, folded, array_to_string(alternatives, ' OR '), born, unknown_last, p_limit);
END
$$;

CREATE OR REPLACE FUNCTION records_find_persons(p_name text, p_limit int DEFAULT 10)
RETURNS TABLE (person_id bigint, score real)
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT * FROM records_find_persons(p_name, p_limit, NULL, NULL);
$$;

-- A birth written after a name of two words or more — a year ("Carlos Méndez 1987"), a day-first
-- date ("Carlos Méndez 15/06/1987") — is read as the birth: what an officer texts in a field check
-- ("CONSULTA Carlos Mendez Ruiz 1987") or types in one line.
CREATE FUNCTION records_split_birth(p_query text, OUT name text, OUT born_from date, OUT born_to date)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    m text[];
BEGIN
    m := regexp_match(p_query, '^\s*(.*?)[\s,]+(?:(?:n|nac|nacido|nacida)\.?\s*)?(?:(\d{1,2})[/.-](\d{1,2})[/.-])?(\d{4})\s*$', 'i');
    IF m IS NULL OR (SELECT count(*) FROM regexp_matches(m[1], '[[:alpha:]]{2,}', 'g')) < 2
       OR m[4]::int NOT BETWEEN 1900 AND extract(year FROM now())::int THEN
        RETURN;
    END IF;
    IF m[2] IS NULL THEN
        born_from := make_date(m[4]::int, 1, 1);
        born_to := make_date(m[4]::int, 12, 31);
    ELSE
        BEGIN
            born_from := make_date(m[4]::int, m[3]::int, m[2]::int);
        EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
            RETURN; -- not a date: leave the text as it is
        END;
        born_to := born_from;
    END IF;
    name := m[1];
END
$$;

CREATE FUNCTION records_lookup(p_query text, p_kind text, p_incident bigint, p_reason text, p_via text,
                               p_officer text, p_limit int, p_born_from date, p_born_to date)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    key text := records_key(coalesce(p_query, ''));
    cards jsonb := '[]';
    r record;
    split record;
    search text := p_query;
    kind text := p_kind;
    born_from date := p_born_from;
    born_to date := p_born_to;
BEGIN
    -- A birth written after the name ("Carlos Méndez 1987") when none was given apart.
    IF born_from IS NULL AND born_to IS NULL AND p_kind IN ('name', 'any') THEN
        split := records_split_birth(p_query);
        IF split.name IS NOT NULL THEN
            search := split.name;
            kind := 'name';
            born_from := split.born_from;
            born_to := split.born_to;
        END IF;
    END IF;
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
    IF born_from > born_to THEN
        RAISE EXCEPTION 'born from % is after born to %', born_from, born_to
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kind IN ('plate', 'any') AND (EXISTS (SELECT 1 FROM vehicles WHERE plate_key = key)
                                       OR EXISTS (SELECT 1 FROM fines WHERE plate_key = key)) THEN
        cards := cards || jsonb_build_array(records_vehicle_card(key));
    END IF;
    IF kind IN ('document', 'any') AND (EXISTS (SELECT 1 FROM persons WHERE document_key = key)
                                          OR EXISTS (SELECT 1 FROM warrants WHERE document_key = key)
                                          OR EXISTS (SELECT 1 FROM restraining_orders WHERE document_key = key)) THEN
        cards := cards || jsonb_build_array(records_person_card(key));
    END IF;
    IF kind = 'name' OR (kind = 'any' AND jsonb_array_length(cards) = 0 AND p_query ~ '[[:alpha:]]{2}') THEN
        FOR r IN SELECT p.document_key, f.score FROM records_find_persons(search, p_limit, born_from, born_to)
                        WITH ORDINALITY AS f(person_id, score, n)
                   JOIN persons p ON p.id = f.person_id ORDER BY f.n LOOP
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
                                           FROM jsonb_array_elements(cards) c))
            || CASE WHEN born_from IS NOT NULL OR born_to IS NOT NULL
                    THEN jsonb_build_object('born_from', born_from, 'born_to', born_to) ELSE '{}' END);
    RETURN jsonb_build_object('query', p_query, 'kind', p_kind, 'results', cards);
END
$$;

CREATE OR REPLACE FUNCTION records_lookup(p_query text, p_kind text, p_incident bigint, p_reason text,
                                          p_via text DEFAULT 'desk', p_officer text DEFAULT NULL, p_limit int DEFAULT 10)
RETURNS jsonb
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT records_lookup(p_query, p_kind, p_incident, p_reason, p_via, p_officer, p_limit, NULL::date, NULL::date);
$$;

REVOKE ALL ON FUNCTION records_find_persons(text, int, date, date), records_split_birth(text),
    records_lookup(text, text, bigint, text, text, text, int, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION records_find_persons(text, int, date, date) TO centinela_admin;
GRANT EXECUTE ON FUNCTION records_lookup(text, text, bigint, text, text, text, int, date, date)
    TO centinela_operator, centinela_gateway;
