// Stored :AuditEvent properties to AuditEntry and back; Neo4j drops null properties, so absent means null.
import { num } from '../read/shape.js';
import type { AuditEntry, StoredOutcome } from './audit-types.js';

/** The RETURN projection that reads one entry (`e` is the :AuditEvent). */
export const ENTRY_PROJECTION = 'e {.*} AS entry';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function toEntry(props: Record<string, unknown>): AuditEntry {
  return {
    seq: num(props.seq),
    at: text(props.at) ?? '',
    principalId: text(props.principalId) ?? '',
    principalName: text(props.principalName) ?? '',
    principalRoles: texts(props.principalRoles),
    principalVia: text(props.principalVia) ?? '',
    action: text(props.action) ?? '',
    operation: text(props.operation),
    targetIds: texts(props.targetIds),
    parameters: text(props.parameters) ?? '{}',
    resultSize: props.resultSize === null || props.resultSize === undefined ? null : num(props.resultSize),
    outcome: (text(props.outcome) ?? '') as StoredOutcome,
    errorCode: text(props.errorCode),
    requestId: text(props.requestId),
    prevHash: text(props.prevHash) ?? '',
    hash: text(props.hash) ?? '',
  };
}
