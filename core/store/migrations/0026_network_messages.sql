-- The vetted network by text message (the Guatemala City model): an approved member invites a
-- neighbour ("INVITAR +502 5555 1234 Ana López") or vouches for a pending one ("AVALAR 17"), exactly
-- as the desk's reporter_invite / reporter_approve do, and gets a short reply. Any other number gets
-- nothing (NULL): no reply, no alert.
CREATE FUNCTION reporter_message(p_number text, p_text text, p_channel text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    member reporters;
    parts text[];
    verb text;
    reply text;
    new_id int;
    digits text;
    target int;
    outcome text;
BEGIN
    SELECT * INTO member FROM reporters WHERE number_hash = reporter_number_hash(p_number) AND status = 'approved';
    IF member.id IS NULL THEN
        RETURN NULL;
    END IF;
    parts := regexp_match(p_text, '^\s*(\S+)\s*(.*?)\s*$');
    verb := upper(coalesce(parts[1], ''));
    BEGIN
        IF verb IN ('INVITAR', 'INVITE') THEN
            -- The number (digits, spaces, dashes, a leading +), then an optional name.
            parts := regexp_match(parts[2], '^(\+?[0-9][0-9 ()-]{6,}[0-9])\s*(.*)$');
            IF parts IS NULL THEN
                reply := 'INVITAR: escriba el número y el nombre, p. ej. INVITAR +50255551234 Ana López';
            ELSE
                digits := regexp_replace(parts[1], '[^0-9+]', '', 'g');
                IF EXISTS (SELECT 1 FROM reporters WHERE number_hash = reporter_number_hash(digits)) THEN
                    reply := 'Ese número ya está en la red.';
                ELSE
                    new_id := reporter_invite(member.id, digits, coalesce(nullif(parts[2], ''), 'invitado por ' || member.id),
                                              CASE WHEN member.kind = 'officer' THEN 'resident' ELSE member.kind END);
                    reply := format('Invitación %s registrada. Necesita %s avales de miembros y la verificación policial.',
                                    new_id, vetting_setting('required_approvals', 2));
                END IF;
            END IF;
        ELSIF verb IN ('AVALAR', 'VOUCH') THEN
            target := substring(parts[2] FROM '^#?([0-9]+)$')::int;
            IF target IS NULL OR NOT EXISTS (SELECT 1 FROM reporters WHERE id = target) THEN
                reply := 'AVALAR: escriba el número de invitación, p. ej. AVALAR 17';
            ELSIF target = member.id THEN
                reply := 'No puede avalarse a sí mismo.';
            ELSE
                outcome := reporter_approve(target, member.id);
                reply := format('Aval registrado para %s (%s avales; estado: %s).', target,
                                (SELECT count(*) FROM reporter_approvals WHERE reporter_id = target), outcome);
            END IF;
        ELSE
            RETURN NULL;
        END IF;
    EXCEPTION WHEN OTHERS THEN
        reply := 'No se pudo: ' || left(SQLERRM, 120);
    END;
    IF NOT EXISTS (SELECT 1 FROM gateway_secrets WHERE name = 'tip_reply_key') THEN
        INSERT INTO gateway_secrets (name, value) VALUES ('tip_reply_key', gen_random_bytes(32)) ON CONFLICT DO NOTHING;
    END IF;
    INSERT INTO outbound_messages (body, created_by, channel, reply_address)
    VALUES (reply, 'centinela-gateway', p_channel, pgp_sym_encrypt(p_number, encode(tip_key('tip_reply_key'), 'hex')));
    PERFORM pg_notify('centinela_outbound', '');
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES ('reporter.message', 'reporter', member.id, jsonb_build_object('verb', verb, 'reply', reply));
    RETURN reply;
END
$$;

REVOKE ALL ON FUNCTION reporter_message(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporter_message(text, text, text) TO centinela_gateway;
