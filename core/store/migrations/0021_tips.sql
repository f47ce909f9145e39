-- Anonymous tips (the Juárez model): anyone may send; the sender's number is kept only as a keyed
-- hash (to link tips from one sender) and as an encrypted reply address. Operators see a tip id
-- and reply through it; only an admin can reveal a sender, and every reveal is audited.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE tips (
    id             text PRIMARY KEY,
    alert_id       bigint NOT NULL UNIQUE REFERENCES alerts,
    channel        text NOT NULL CHECK (channel IN ('sms', 'whatsapp')),
    number_hash    text NOT NULL,
    reply_address  bytea NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tips_sender ON tips (number_hash);

-- Messages to send: replies to tips, acknowledgements, refusals. The gateway sends them.
CREATE TABLE outbound_messages (
    id          bigserial PRIMARY KEY,
    tip_id      text REFERENCES tips,
    body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 1600),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT session_user,
    sent_at     timestamptz,
    attempts    int NOT NULL DEFAULT 0,
    last_error  text
);
CREATE INDEX outbound_unsent ON outbound_messages (id) WHERE sent_at IS NULL;

CREATE FUNCTION tip_key(p_name text) RETURNS bytea LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT value FROM gateway_secrets WHERE name = p_name;
$$;

-- Called by the gateway for a message to the tipline: the alert and the tip in one transaction.
CREATE FUNCTION cmd_create_tip(p_id uuid, p_alert jsonb, p_number text, p_channel text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    tip text := 'T-' || upper(substr(encode(gen_random_bytes(6), 'hex'), 1, 8));
    result jsonb;
    alert bigint;
BEGIN
    IF tip_key('tip_hash_key') IS NULL THEN
        RAISE EXCEPTION 'the tipline key has not been made yet (start the gateway once)';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM gateway_secrets WHERE name = 'tip_reply_key') THEN
        INSERT INTO gateway_secrets (name, value) VALUES ('tip_reply_key', gen_random_bytes(32)) ON CONFLICT DO NOTHING;
    END IF;
    result := cmd_create_alert(p_id, p_alert || jsonb_build_object('channel', 'tipline', 'reporter_ref', tip));
    alert := (result ->> 'alert_id')::bigint;
    IF (result ->> 'duplicate')::boolean OR (result ->> 'replayed')::boolean THEN
        RETURN result || jsonb_build_object('tip_id', (SELECT id FROM tips WHERE alert_id = alert));
    END IF;
    INSERT INTO tips (id, alert_id, channel, number_hash, reply_address)
    VALUES (tip, alert, p_channel, encode(hmac(convert_to(p_number, 'UTF8'), tip_key('tip_hash_key'), 'sha256'), 'hex'),
            pgp_sym_encrypt(p_number, encode(tip_key('tip_reply_key'), 'hex')));
    -- The sender learns the tip's number, to follow up without ever giving a name.
    INSERT INTO outbound_messages (tip_id, body, created_by)
    VALUES (tip, 'Recibimos su denuncia anónima. Su número de seguimiento es ' || tip || '.', 'centinela-gateway');
    PERFORM pg_notify('centinela_outbound', '');
    RETURN result || jsonb_build_object('tip_id', tip);
END
$$;

-- An operator answers a tip without learning who sent it.
CREATE FUNCTION cmd_reply_tip(p_id uuid, p_tip text, p_body text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'reply_tip');
    message bigint;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    IF NOT EXISTS (SELECT 1 FROM tips WHERE id = p_tip) THEN
        RETURN command_conflict(p_id, format('tip %s does not exist', p_tip));
    END IF;
    INSERT INTO outbound_messages (tip_id, body) VALUES (p_tip, p_body) RETURNING id INTO message;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('tip.reply', 'alert', (SELECT alert_id FROM tips WHERE id = p_tip), jsonb_build_object('tip', p_tip));
    PERFORM pg_notify('centinela_outbound', '');
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'message_id', message));
END
$$;

-- The gateway takes what is to be sent, with the decrypted reply addresses.
CREATE FUNCTION outbound_batch(p_limit int DEFAULT 50)
RETURNS TABLE (id bigint, channel text, address text, body text)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT m.id, t.channel, pgp_sym_decrypt(t.reply_address, encode(tip_key('tip_reply_key'), 'hex')), m.body
      FROM outbound_messages m JOIN tips t ON t.id = m.tip_id
     WHERE m.sent_at IS NULL AND m.attempts < 20
     ORDER BY m.id LIMIT p_limit;
$$;

CREATE FUNCTION outbound_done(p_message bigint, p_error text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    UPDATE outbound_messages SET sent_at = CASE WHEN p_error IS NULL THEN now() END,
                                 attempts = attempts + 1, last_error = p_error
     WHERE id = p_message;
$$;

-- Only an admin may learn who sent a tip, with a stated reason; the audit trail records it.
CREATE FUNCTION reveal_tip_sender(p_tip text, p_reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    t tips;
BEGIN
    IF p_reason IS NULL OR length(trim(p_reason)) < 10 THEN
        RAISE EXCEPTION 'revealing a tip''s sender needs a stated reason (10 characters or more)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO t FROM tips WHERE id = p_tip;
    IF t.id IS NULL THEN
        RAISE EXCEPTION 'tip % does not exist', p_tip USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('tip.reveal', 'alert', t.alert_id, jsonb_build_object('tip', p_tip, 'reason', p_reason));
    RETURN pgp_sym_decrypt(t.reply_address, encode(tip_key('tip_reply_key'), 'hex'));
END
$$;

REVOKE ALL ON tips, outbound_messages FROM PUBLIC;
REVOKE ALL ON FUNCTION tip_key(text), cmd_create_tip(uuid, jsonb, text, text), cmd_reply_tip(uuid, text, text),
                       outbound_batch(int), outbound_done(bigint, text), reveal_tip_sender(text, text) FROM PUBLIC;
-- Operators see that a tip exists and what was sent back, never the address or the hash.
GRANT SELECT (id, alert_id, channel, created_at) ON tips TO centinela_operator;
GRANT SELECT (id, tip_id, body, created_at, created_by, sent_at, attempts, last_error) ON outbound_messages
    TO centinela_operator;
GRANT EXECUTE ON FUNCTION cmd_reply_tip(uuid, text, text) TO centinela_operator;
GRANT EXECUTE ON FUNCTION reveal_tip_sender(text, text) TO centinela_admin;
GRANT EXECUTE ON FUNCTION cmd_create_tip(uuid, jsonb, text, text), outbound_batch(int), outbound_done(bigint, text)
    TO centinela_gateway;
