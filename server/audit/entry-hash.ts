// The hash chain: each entry's hash covers its canonical JSON (RFC 8785) and the previous entry's hash.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { AuditEntry } from './audit-types.js';

/** The hash of the first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export type UnhashedEntry = Omit<AuditEntry, 'hash'>;

/** sha256 hex over the canonical JSON of every field but `hash` (prevHash included, so entries chain). */
export function entryHash(entry: UnhashedEntry): string {
  const fields: UnhashedEntry = {
    seq: entry.seq,
    at: entry.at,
    principalId: entry.principalId,
    principalName: entry.principalName,
    principalRoles: [...entry.principalRoles],
    principalVia: entry.principalVia,
    action: entry.action,
    operation: entry.operation,
    targetIds: [...entry.targetIds],
    parameters: entry.parameters,
    resultSize: entry.resultSize,
    outcome: entry.outcome,
    errorCode: entry.errorCode,
    requestId: entry.requestId,
    prevHash: entry.prevHash,
  };
  return createHash('sha256')
    .update(canonicalize(fields) ?? '')
    .digest('hex');
}
