// The shapes of the audit log: what callers record and what is stored (contracts.md §5).
import type { Principal } from '../graphql/context.js';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
/** `started`: a mutation's intent, written before it runs (fail closed: no record, no change). */
export type StoredOutcome = AuditOutcome | 'started';

/**
 * What a caller records. `action` is a short verb: mutation, query-run, export, login, logout, unmask,
 * key-create, key-revoke, user-create, user-update... Parameters are redacted and truncated before storing.
 */
export interface AuditInput {
  action: string;
  principal: Principal;
  operation?: string;
  targetIds?: string[];
  parameters?: Record<string, unknown>;
  resultSize?: number;
  outcome: AuditOutcome;
  errorCode?: string;
}

/** What the GraphQL plugin records: also a mutation's `started` intent and the request it belongs to. */
export interface AuditRecordInput extends Omit<AuditInput, 'outcome'> {
  outcome: StoredOutcome;
  /** Links a mutation's intent and its outcome. */
  requestId?: string;
}

/** One stored entry, as read back. `hash` = sha256(canonical JSON of the other fields + `prevHash`). */
export interface AuditEntry {
  seq: number;
  at: string;
  principalId: string;
  principalName: string;
  principalRoles: string[];
  principalVia: string;
  action: string;
  operation: string | null;
  targetIds: string[];
  /** Redacted, truncated parameters as canonical JSON text. */
  parameters: string;
  resultSize: number | null;
  outcome: StoredOutcome;
  errorCode: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditFilter {
  principalId?: string;
  action?: string;
  /** ISO timestamps, inclusive. */
  from?: string;
  to?: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `after` for the next page (entries are newest first); null on the last page. */
  nextCursor: number | null;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  checked: number;
  /** The first entry whose hash, link or sequence is wrong; null when the chain is whole. */
  firstBrokenSeq: number | null;
  reason: string | null;
  headSeq: number;
}
