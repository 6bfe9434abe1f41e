// Labels and relationship types a restore may create: the model's, plus the application's own records.
import { MODEL } from '../../model/index.js';

/** Application records that are not entities (investigations, saved queries, merge history, audit). */
const APP_LABELS = [
  'Entity',
  'Merged',
  'Investigation',
  'SavedQuery',
  'SavedQueryVersion',
  'MergeRecord',
  'ImportState',
  'User',
  'ApiKey',
  'AuditEvent',
  // The audit chain's head (server/audit/append-entry.ts): a backup holds it, so a restore must accept it.
  'AuditHead',
] as const;

const APP_RELATIONSHIP_TYPES = ['HAS_VERSION', 'MERGED_FROM', 'PRECEDES'] as const;

export const KNOWN_LABELS: ReadonlySet<string> = new Set([...APP_LABELS, ...MODEL.kindNames]);
export const KNOWN_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([
  ...APP_RELATIONSHIP_TYPES,
  ...MODEL.relationshipNames,
]);
