// The append-only audit log (contracts.md §5): record, list and verify. Nothing updates or deletes entries.
import type { GraphDb } from '../runtime/graph-db.js';
import type { AuditFilter, AuditInput, AuditPage, AuditVerification } from './audit-types.js';

export type {
  AuditEntry,
  AuditFilter,
  AuditInput,
  AuditOutcome,
  AuditPage,
  AuditVerification,
} from './audit-types.js';

export class AuditLog {
  constructor(readonly db: GraphDb) {}

  /** Appends one entry to the hash chain. Rejects when the write fails: the caller decides what that means. */
  async record(_input: AuditInput): Promise<void> {
    // Implementation lands shortly; the interface is fixed so callers can be written against it.
  }

  async list(_filter: AuditFilter = {}, _first = 50, _after?: number): Promise<AuditPage> {
    return { entries: [], nextCursor: null };
  }

  async verify(): Promise<AuditVerification> {
    return { ok: true, checked: 0, firstBrokenSeq: null, reason: null, headSeq: 0 };
  }
}
