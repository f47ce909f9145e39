-- Least privilege: desks read state and change it only through command functions; the gateway
-- writes alerts and positions; nobody updates or deletes the audit trail.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;

GRANT USAGE ON SCHEMA public TO centinela_operator, centinela_gateway;

GRANT SELECT ON stations, sectors, units, unit_positions, alerts, incidents, assignments, notes, events,
                unit_status_transitions, incident_state_transitions, schema_version
    TO centinela_operator;
GRANT SELECT, INSERT ON audit_log TO centinela_operator, centinela_gateway;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO centinela_operator, centinela_gateway;

GRANT EXECUTE ON FUNCTION cmd_create_alert(uuid, jsonb), cmd_acknowledge_alert(uuid, bigint),
                          cmd_create_incident(uuid, jsonb, bigint[]), cmd_assign_unit(uuid, bigint, int, text),
                          cmd_set_unit_status(uuid, int, text), cmd_add_note(uuid, bigint, text),
                          cmd_close_incident(uuid, bigint, text)
    TO centinela_operator;
GRANT EXECUTE ON FUNCTION cmd_upsert_unit(uuid, jsonb) TO centinela_admin;
GRANT INSERT, UPDATE ON stations, sectors TO centinela_admin;

GRANT SELECT ON units, unit_positions, schema_version TO centinela_gateway;
GRANT EXECUTE ON FUNCTION cmd_create_alert(uuid, jsonb), cmd_upsert_unit(uuid, jsonb),
                          ensure_positions_partition(date)
    TO centinela_gateway;
GRANT INSERT ON positions TO centinela_gateway;
GRANT INSERT, UPDATE ON unit_positions TO centinela_gateway;
GRANT USAGE ON SEQUENCE unit_positions_seq TO centinela_gateway;

-- Operators see the audit rows they caused; commanders and admins see all of them.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_insert ON audit_log FOR INSERT WITH CHECK (true);
CREATE POLICY audit_own ON audit_log FOR SELECT USING (actor = session_user
                                                       OR pg_has_role(session_user, 'centinela_commander', 'MEMBER'));
