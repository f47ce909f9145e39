-- Lifting (or restoring) a protective order without re-entering its zones: a court lifts an order,
-- or a bracelet is taken off. Audited; the gateway reloads its orders on the notification.
CREATE FUNCTION cmd_set_protection_order_active(p_id uuid, p_order_number text, p_active boolean, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    prior jsonb := command_begin(p_id, 'set_protection_order_active');
    o protection_orders;
BEGIN
    IF prior IS NOT NULL THEN RETURN prior; END IF;
    IF length(trim(coalesce(p_reason, ''))) < 3 THEN
        RETURN command_conflict(p_id, 'lifting or restoring an order needs a reason');
    END IF;
    SELECT * INTO o FROM protection_orders WHERE order_number = p_order_number FOR UPDATE;
    IF o.id IS NULL THEN
        RETURN command_conflict(p_id, format('no protective order %s', p_order_number));
    END IF;
    IF o.active = p_active THEN
        RETURN command_conflict(p_id, format('order %s is already %s', p_order_number,
                                             CASE WHEN p_active THEN 'in force' ELSE 'lifted' END));
    END IF;
    -- The monitor's episodes end with the order: restored, it starts afresh (the alerts themselves
    -- stay in the queue for the operators to close).
    UPDATE protection_orders SET active = p_active, updated_at = now(),
                                 proximity_alert = NULL, signal_alert = NULL, tamper_alert = NULL
     WHERE id = o.id;
    INSERT INTO audit_log (action, entity_type, entity_id, details)
    VALUES (CASE WHEN p_active THEN 'protection_order.restore' ELSE 'protection_order.lift' END,
            'protection_order', o.id, jsonb_build_object('order_number', p_order_number, 'reason', p_reason));
    PERFORM pg_notify('centinela_orders', '');
    RETURN command_finish(p_id, jsonb_build_object('ok', true, 'order_id', o.id, 'active', p_active));
END
$$;
REVOKE ALL ON FUNCTION cmd_set_protection_order_active(uuid, text, boolean, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION cmd_set_protection_order_active(uuid, text, boolean, text) TO centinela_commander;
