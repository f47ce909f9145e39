-- Automatic record checks: a plate, a document number or a "Nombre: …" written into an incident's
-- note is checked at once (for that incident, audited with via 'incident'), and what the records
-- say comes back as a second note on the incident, so every desk following it sees the flags.

-- Plates (P-123ABC, M 456 DEF), 13-digit CUI document numbers (1234 56789 0101) and names after
-- "nombre:", "persona:" or "name:" in a text, at most three.
CREATE FUNCTION records_mentions(p_text text) RETURNS TABLE (query text, kind text)
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    (SELECT m[1], 'plate' FROM regexp_matches(p_text, '\m([A-Za-z]{1,2}[- ]?[0-9]{3}[- ]?[A-Za-z]{3})\M', 'g') m
     UNION ALL
     SELECT m[1], 'document' FROM regexp_matches(p_text, '\m([0-9]{4}[- ]?[0-9]{5}[- ]?[0-9]{4})\M', 'g') m
     UNION ALL
     SELECT trim(m[1]), 'name' FROM regexp_matches(p_text, '(?:nombre|persona|name)\s*:\s*([^\n,;.:]{3,60})', 'gi') m)
    LIMIT 3;
$$;

CREATE FUNCTION records_incident_checks(p_incident bigint, p_text text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    mention record;
    result jsonb;
    lines text[] := '{}';
BEGIN
    FOR mention IN SELECT * FROM records_mentions(p_text) LOOP
        result := records_lookup(mention.query, mention.kind, p_incident, 'consulta automática al anotar el incidente',
                                 'incident', NULL, 3);
        lines := lines || CASE WHEN jsonb_array_length(result -> 'results') = 0
                               THEN format('%s: sin registros', mention.query)
                               ELSE (SELECT string_agg(records_sms_summary(c), ' | ')
                                       FROM jsonb_array_elements(result -> 'results') c) END;
    END LOOP;
    IF cardinality(lines) = 0 THEN
        RETURN NULL;
    END IF;
    RETURN left('Consulta automática de antecedentes — ' || array_to_string(lines, ' || '), 2000);
END
$$;

-- cmd_add_note as in 0003, plus the automatic checks (all row changes before the first event).
CREATE OR REPLACE FUNCTION cmd_add_note(p_id uuid, p_incident bigint, p_body text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'add_note');
    n notes;
    checked notes;
    summary text;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    IF NOT EXISTS (SELECT 1 FROM incidents WHERE id = p_incident) THEN
        RETURN command_conflict(p_id, format('incident %s does not exist', p_incident));
    END IF;
    INSERT INTO notes (incident_id, body) VALUES (p_incident, p_body) RETURNING * INTO n;
    summary := records_incident_checks(p_incident, p_body);
    IF summary IS NOT NULL THEN
        INSERT INTO notes (incident_id, body, author) VALUES (p_incident, summary, 'consulta automática')
        RETURNING * INTO checked;
    END IF;
    PERFORM append_event(p_id, 'note.added', 'note', n.id, to_jsonb(n));
    IF checked.id IS NOT NULL THEN
        PERFORM append_event(p_id, 'note.added', 'note', checked.id, to_jsonb(checked));
    END IF;
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'note_id', n.id, 'check_note_id', checked.id));
END
$$;

REVOKE ALL ON FUNCTION records_mentions(text), records_incident_checks(bigint, text) FROM PUBLIC;
