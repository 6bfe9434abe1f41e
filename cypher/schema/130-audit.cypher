// The audit log (server/audit/): one :AuditEvent per entry, chained by hash; one :AuditHead holds the
// last seq and hash and is write-locked by every append. Hand-written; these nodes are not entities.
CREATE CONSTRAINT audit_event_seq IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.seq IS UNIQUE;
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
CREATE INDEX audit_event_principal IF NOT EXISTS FOR (e:AuditEvent) ON (e.principalId);
CREATE INDEX audit_event_action IF NOT EXISTS FOR (e:AuditEvent) ON (e.action);
