// The append-only audit log (contracts.md §5): record, list and verify. Nothing updates or deletes entries.
import type { GraphDb } from '../runtime/graph-db.js';
import { appendEntry, auditSettled } from './append-queue.js';
import type {
  AuditEntry,
  AuditFilter,
  AuditInput,
  AuditPage,
  AuditRecordInput,
  AuditVerification,
} from './audit-types.js';
import { listEntries } from './list-entries.js';
import { redactString } from './redact.js';
import { storedParameters } from './stored-parameters.js';
import { verifyChain } from './verify-chain.js';

export type {
  AuditEntry,
  AuditFilter,
  AuditInput,
  AuditOutcome,
  AuditPage,
  AuditRecordInput,
  AuditVerification,
} from './audit-types.js';

/** Target ids kept per entry: a full upsert batch (10,000 items) fits. */
export const MAX_TARGET_IDS = 10_000;

// The principal's `via` (session, apiKey, oidc, local) arrives with authentication; read it structurally.
const viaOf = (principal: AuditInput['principal']): string =>
  (principal as { via?: unknown }).via === undefined ? 'local' : String((principal as { via?: unknown }).via);

export class AuditLog {
  constructor(readonly db: GraphDb) {}

  /**
   * Appends one entry to the hash chain (parameters redacted and truncated first). Rejects when the write
   * fails: the caller decides whether that fails its operation (see docs/audit.md).
   */
  async record(input: AuditInput | AuditRecordInput): Promise<AuditEntry> {
    const targetIds = (input.targetIds ?? []).slice(0, MAX_TARGET_IDS).map(redactString);
    return appendEntry(this.db, {
      principalId: input.principal.id,
      principalName: input.principal.name,
      principalRoles: [...input.principal.roles].map(String),
      principalVia: viaOf(input.principal),
      action: input.action,
      operation: input.operation ?? null,
      targetIds,
      parameters: storedParameters(input.parameters),
      resultSize: input.resultSize ?? null,
      outcome: input.outcome,
      errorCode: input.errorCode ?? null,
      requestId: 'requestId' in input ? (input.requestId ?? null) : null,
    });
  }

  /** Entries newest first; `after` is the `nextCursor` of the previous page. */
  async list(filter: AuditFilter = {}, first = 50, after: number | null = null): Promise<AuditPage> {
    // Outcome entries are written after the answer (audit-plugin.ts): this process's own come first.
    await auditSettled(this.db);
    return listEntries(this.db, filter, first, after);
  }

  /** Walks the whole chain and reports the first broken entry. */
  async verify(): Promise<AuditVerification> {
    await auditSettled(this.db);
    return verifyChain(this.db);
  }
}

/** Verifies the audit chain of `db` (the CLI and the GraphQL query call this). */
export const verifyAuditLog = async (db: GraphDb): Promise<AuditVerification> => {
  await auditSettled(db);
  return verifyChain(db);
};
