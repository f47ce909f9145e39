-- Attachments: photos, videos, voice notes and documents arrive as references (a WhatsApp media id,
-- a Twilio MediaUrl) in an alert's `attachments`. The gateway fetches each one off the request path,
-- checks its size and real type, and stores it here content-addressed (SHA-256): the same photo
-- sent to two alerts is kept once. The alert's attachment entry then says `stored` (with `sha256`,
-- `size`, `mime_type`) or carries an `error`, through an `alert.updated` event the desks see.

CREATE TABLE media_blobs (
    sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    mime_type   text NOT NULL,
    size        int NOT NULL CHECK (size > 0),
    content     bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- What the gateway still has to fetch, one row per attachment entry of an alert.
CREATE TABLE media_fetches (
    id               bigserial PRIMARY KEY,
    alert_id         bigint NOT NULL REFERENCES alerts ON DELETE CASCADE,
    idx              int NOT NULL,
    media_id         text NOT NULL DEFAULT '',
    url              text NOT NULL DEFAULT '',
    mime_type        text NOT NULL DEFAULT '',
    sha256           text NOT NULL DEFAULT '',
    attempts         int NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    done_at          timestamptz,
    last_error       text,
    UNIQUE (alert_id, idx)
);
CREATE INDEX media_fetches_due ON media_fetches (next_attempt_at) WHERE done_at IS NULL;

-- Every new alert's media references are queued (any channel: only the gateway's carry them).
CREATE FUNCTION media_queue_alert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF jsonb_typeof(NEW.attachments) = 'array' THEN
        INSERT INTO public.media_fetches (alert_id, idx, media_id, url, mime_type, sha256)
        SELECT NEW.id, (e.i - 1)::int, coalesce(e.a ->> 'media_id', ''), coalesce(e.a ->> 'url', ''),
               coalesce(e.a ->> 'mime_type', ''), coalesce(e.a ->> 'sha256', '')
          FROM jsonb_array_elements(NEW.attachments) WITH ORDINALITY AS e(a, i)
         WHERE coalesce(e.a ->> 'media_id', '') <> '' OR coalesce(e.a ->> 'url', '') <> '';
        IF FOUND THEN
            PERFORM pg_notify('centinela_media', '');
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER alerts_media AFTER INSERT ON alerts FOR EACH ROW EXECUTE FUNCTION media_queue_alert();

-- The gateway takes what is due.
CREATE FUNCTION media_fetch_batch(p_limit int DEFAULT 10)
RETURNS TABLE (id bigint, alert_id bigint, media_id text, url text, mime_type text, sha256 text, attempts int)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT f.id, f.alert_id, f.media_id, f.url, f.mime_type, f.sha256, f.attempts
      FROM media_fetches f
     WHERE f.done_at IS NULL AND f.next_attempt_at <= now()
     ORDER BY f.next_attempt_at, f.id LIMIT p_limit;
$$;

-- Patches one attachment entry of an alert and tells the desks (all row changes first; see 0003).
CREATE FUNCTION media_patch_alert(p_fetch media_fetches, p_patch jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    cmd uuid := gen_random_uuid();
BEGIN
    UPDATE public.alerts
       SET attachments = jsonb_set(attachments, ARRAY[p_fetch.idx::text],
                                   coalesce(attachments -> p_fetch.idx, '{}') - 'error' || p_patch)
     WHERE id = p_fetch.alert_id AND jsonb_array_length(attachments) > p_fetch.idx;
    PERFORM command_begin(cmd, 'media_fetched');
    PERFORM append_event(cmd, 'alert.updated', 'alert', p_fetch.alert_id, alert_json(p_fetch.alert_id));
    PERFORM command_finish(cmd, jsonb_build_object('ok', true));
END
$$;

-- A fetched, checked attachment: stored once by its hash, and the alert's entry updated.
CREATE FUNCTION media_store(p_fetch bigint, p_sha256 text, p_mime text, p_content bytea) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    f media_fetches;
    fresh boolean;
BEGIN
    IF encode(sha256(p_content), 'hex') <> p_sha256 THEN
        RAISE EXCEPTION 'media_store: the content does not hash to %', p_sha256 USING ERRCODE = 'data_exception';
    END IF;
    UPDATE media_fetches SET done_at = now(), attempts = attempts + 1, last_error = NULL
     WHERE id = p_fetch AND done_at IS NULL RETURNING * INTO f;
    IF f.id IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO media_blobs (sha256, mime_type, size, content)
    VALUES (p_sha256, p_mime, length(p_content), p_content) ON CONFLICT (sha256) DO NOTHING;
    fresh := FOUND;
    PERFORM media_patch_alert(f, jsonb_build_object('stored', true, 'sha256', p_sha256, 'size', length(p_content),
                                                    'mime_type', p_mime));
    RETURN fresh;
END
$$;

-- A fetch that failed. Permanent (too large, wrong type, hash mismatch, gone): the entry carries
-- the reason. Otherwise it is tried again after p_retry_s seconds (doubling), up to 10 attempts.
CREATE FUNCTION media_failed(p_fetch bigint, p_error text, p_permanent boolean, p_retry_s int DEFAULT 60)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    f media_fetches;
BEGIN
    UPDATE media_fetches
       SET attempts = attempts + 1, last_error = p_error,
           done_at = CASE WHEN p_permanent OR attempts + 1 >= 10 THEN now() END,
           next_attempt_at = now() + make_interval(secs => least(p_retry_s * power(2, least(attempts, 10)), 21600))
     WHERE id = p_fetch AND done_at IS NULL RETURNING * INTO f;
    IF f.id IS NOT NULL AND f.done_at IS NOT NULL THEN
        PERFORM media_patch_alert(f, jsonb_build_object('stored', false, 'error', p_error));
    END IF;
END
$$;

REVOKE ALL ON media_blobs, media_fetches FROM PUBLIC;
REVOKE ALL ON FUNCTION media_queue_alert(), media_fetch_batch(int), media_patch_alert(media_fetches, jsonb),
                       media_store(bigint, text, text, bytea), media_failed(bigint, text, boolean, int) FROM PUBLIC;
-- Desks show and open attachments; only the gateway writes them.
GRANT SELECT ON media_blobs TO centinela_operator;
GRANT SELECT (id, alert_id, idx, attempts, next_attempt_at, done_at, last_error) ON media_fetches TO centinela_operator;
GRANT EXECUTE ON FUNCTION media_fetch_batch(int), media_store(bigint, text, text, bytea),
                          media_failed(bigint, text, boolean, int) TO centinela_gateway;
