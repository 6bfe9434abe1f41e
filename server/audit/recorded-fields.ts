// Which root GraphQL fields are audited, under which action. Plain reads (search, entity, expand, paths,
// analyses, listings) are not recorded: they would drown the log, and they change nothing.

/** Root query fields recorded as query runs (they run analyst-supplied Cypher or saved queries). */
const QUERY_RUNS = new Set(['runSavedQuery', 'runCypher']);
/** Reading the audit log is itself recorded: who looked at whom. */
const AUDIT_READS = new Set(['auditLog', 'verifyAuditLog']);

/**
 * Mutations whose resolver writes their entry itself, before answering (no record, no answer): unmaskEntity
 * records the purpose and the fields revealed as 'victim.unmask'. The plugin records only their failures, so a
 * reveal is one entry, not two.
 */
const RECORDED_BY_RESOLVER = new Set(['unmaskEntity']);

/** True when a successful call of this root field was already recorded by its resolver. */
export const recordedByResolver = (field: string): boolean => RECORDED_BY_RESOLVER.has(field);

/** The audit action for a root field, or null when the field is not recorded. */
export function auditActionOf(
  operationType: 'query' | 'mutation' | 'subscription',
  field: string,
): string | null {
  if (field.startsWith('__')) return null;
  // Exports are bulk reads leaving the system, whichever root type carries them.
  if (/^export[A-Z]/.test(field)) return 'export';
  if (operationType === 'mutation') return 'mutation';
  if (QUERY_RUNS.has(field)) return 'query-run';
  if (AUDIT_READS.has(field)) return 'audit-read';
  return null;
}
