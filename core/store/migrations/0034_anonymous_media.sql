-- Attachments of anonymous tips: the gateway must know which fetches belong to a tip, so that it
-- removes what could identify the sender (photo metadata) before storing them, and refuses what it
-- cannot clean. media_fetch_batch gains an `anonymous` column (the alert came in on the tipline).
DROP FUNCTION media_fetch_batch(int);
CREATE FUNCTION media_fetch_batch(p_limit int DEFAULT 10)
RETURNS TABLE (id bigint, alert_id bigint, media_id text, url text, mime_type text, sha256 text, attempts int,
               anonymous boolean)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT f.id, f.alert_id, f.media_id, f.url, f.mime_type, f.sha256, f.attempts,
           coalesce(a.channel = 'tipline', false)
      FROM media_fetches f
      LEFT JOIN alerts a ON a.id = f.alert_id
     WHERE f.done_at IS NULL AND f.next_attempt_at <= now()
     ORDER BY f.next_attempt_at, f.id LIMIT p_limit;
$$;
REVOKE ALL ON FUNCTION media_fetch_batch(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION media_fetch_batch(int) TO centinela_gateway;
