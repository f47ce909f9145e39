-- A citizen whose report is linked to an incident after a unit was already sent hears it too
-- (0025 told only the senders linked when the first unit was assigned): "on the way" with the time
-- the unit still needs by the desk's estimate, or "already there" once a unit is on scene
-- (stations.settings -> replies.on_scene). Only the first link of an alert counts; tips, CAP and
-- bracelet alerts have no sender to tell.
CREATE FUNCTION alert_linked_notify_sender() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    live record;
    message text;
BEGIN
    SELECT a.eta_s, a.assigned_at, a.on_scene_at INTO live
      FROM public.assignments a
     WHERE a.incident_id = NEW.incident_id AND a.cleared_at IS NULL
     ORDER BY a.on_scene_at IS NULL, a.eta_s - extract(epoch FROM now() - a.assigned_at) NULLS LAST, a.assigned_at
     LIMIT 1; -- a unit on scene, else the one due first by the desk's estimates
    IF NOT FOUND THEN
        RETURN NULL; -- no unit yet: the first assignment will tell everyone linked by then
    END IF;
    IF live.on_scene_at IS NOT NULL THEN
        message := coalesce((SELECT settings #>> '{replies,on_scene}' FROM public.stations ORDER BY id LIMIT 1),
                            'Una unidad policial ya está en el lugar de su reporte.');
    ELSE
        message := public.replies_on_the_way(
            CASE WHEN live.eta_s IS NOT NULL
                 THEN greatest(live.eta_s - extract(epoch FROM now() - live.assigned_at)::int, 60) END);
    END IF;
    INSERT INTO public.outbound_messages (body, created_by, channel, reply_address, alert_id)
    SELECT message, 'centinela-gateway', s.channel, s.reply_address, NEW.id
      FROM public.alert_senders s
     WHERE s.alert_id = NEW.id;
    IF FOUND THEN
        PERFORM pg_notify('centinela_outbound', '');
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER alerts_linked_notify AFTER UPDATE OF incident_id ON alerts FOR EACH ROW
    WHEN (OLD.incident_id IS NULL AND NEW.incident_id IS NOT NULL)
    EXECUTE FUNCTION alert_linked_notify_sender();
REVOKE ALL ON FUNCTION alert_linked_notify_sender() FROM PUBLIC;
