-- Group roles are cluster-wide: several station databases may share one cluster, and two of them
-- may migrate at the same moment, so creation tolerates a role that already exists.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['centinela_operator', 'centinela_commander', 'centinela_admin', 'centinela_gateway'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

-- A commander can do what an operator does; an admin what a commander does.
DO $$
BEGIN
    IF NOT pg_has_role('centinela_commander', 'centinela_operator', 'MEMBER') THEN
        GRANT centinela_operator TO centinela_commander;
    END IF;
    IF NOT pg_has_role('centinela_admin', 'centinela_commander', 'MEMBER') THEN
        GRANT centinela_commander TO centinela_admin;
    END IF;
END
$$;
