-- Field record checks by SMS: an officer whose number the station registered (a reporter of kind
-- 'officer', approved) texts "CHECK P123ABC" and gets a short answer back through the outbound
-- messages. Any other number gets nothing. The check is audited like a desk's (via 'sms', with the
-- officer's name).

-- Outbound messages that answer a number directly (not a tip) carry their own encrypted address.
ALTER TABLE outbound_messages ADD COLUMN channel text CHECK (channel IN ('sms', 'whatsapp'));
ALTER TABLE outbound_messages ADD COLUMN reply_address bytea;
ALTER TABLE outbound_messages ADD CONSTRAINT outbound_messages_addressed
    CHECK (tip_id IS NOT NULL OR (channel IS NOT NULL AND reply_address IS NOT NULL));

CREATE OR REPLACE FUNCTION outbound_batch(p_limit int DEFAULT 50)
RETURNS TABLE (id bigint, channel text, address text, body text)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT m.id, coalesce(t.channel, m.channel),
           pgp_sym_decrypt(coalesce(t.reply_address, m.reply_address), encode(tip_key('tip_reply_key'), 'hex')), m.body
      FROM outbound_messages m LEFT JOIN tips t ON t.id = m.tip_id
     WHERE m.sent_at IS NULL AND m.attempts < 20
     ORDER BY m.id LIMIT p_limit;
$$;

-- A card in a few words for a text message (Spanish, like every message the station sends).
CREATE FUNCTION records_sms_summary(p_card jsonb) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE WHEN p_card ->> 'type' = 'vehicle'
                THEN concat_ws(' ', p_card ->> 'plate', p_card ->> 'make', p_card ->> 'model', p_card ->> 'colour')
                ELSE concat_ws(' ', p_card ->> 'name', 'doc. ' || (p_card ->> 'document'),
                               'nac. ' || (p_card ->> 'birth_date')) END
        || ': '
        || coalesce(nullif(array_to_string(ARRAY(
               SELECT CASE f WHEN 'warrant' THEN 'ORDEN DE CAPTURA'
                             WHEN 'restraining_order' THEN 'ORDEN DE ALEJAMIENTO'
                             WHEN 'unpaid_fines' THEN format('MULTAS %s (Q%s)', p_card -> 'fines' ->> 'unpaid',
                                                             p_card -> 'fines' ->> 'amount')
                             WHEN 'stolen' THEN 'ROBADO'
                             WHEN 'owner_warrant' THEN 'PROPIETARIO CON ORDEN DE CAPTURA'
                             WHEN 'owner_restraining_order' THEN 'PROPIETARIO CON ORDEN DE ALEJAMIENTO'
                             ELSE upper(f) END
                 FROM jsonb_array_elements_text(p_card -> 'flags') f), '; '), ''), 'sin alertas');
$$;

-- The gateway hands over a CHECK from a number. Returns the reply queued, or NULL (and nothing is
-- sent, looked up or stored) when the number is not an approved officer's.
CREATE FUNCTION records_field_check(p_number text, p_query text, p_channel text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    officer reporters;
    result jsonb;
    reply text;
    n int;
BEGIN
    SELECT * INTO officer FROM reporters
     WHERE number_hash = reporter_number_hash(p_number) AND kind = 'officer' AND status = 'approved';
    IF officer.id IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM gateway_secrets WHERE name = 'tip_reply_key') THEN
        INSERT INTO gateway_secrets (name, value) VALUES ('tip_reply_key', gen_random_bytes(32)) ON CONFLICT DO NOTHING;
    END IF;
    result := records_lookup(p_query, 'any', NULL, 'consulta de campo por SMS', 'sms',
                             format('%s (reporter %s)', officer.display_name, officer.id), 3);
    n := jsonb_array_length(result -> 'results');
    reply := CASE WHEN n = 0 THEN format('CHECK %s: sin registros.', left(p_query, 40))
                  ELSE (SELECT string_agg(records_sms_summary(c), ' | ') FROM jsonb_array_elements(result -> 'results') c)
                       || CASE WHEN n >= 3 THEN ' (hay más: precise con documento)' ELSE '' END END;
    reply := left(reply, 600);
    INSERT INTO outbound_messages (body, created_by, channel, reply_address)
    VALUES (reply, 'centinela-gateway', p_channel, pgp_sym_encrypt(p_number, encode(tip_key('tip_reply_key'), 'hex')));
    PERFORM pg_notify('centinela_outbound', '');
    RETURN reply;
END
$$;

REVOKE ALL ON FUNCTION records_sms_summary(jsonb), records_field_check(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION records_field_check(text, text, text) TO centinela_gateway;
