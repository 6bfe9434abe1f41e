// Reads the log newest first, filtered by principal, action and time, paged by seq.
import neo4j from 'neo4j-driver';
import { runRead } from '../read/run-read.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { AuditFilter, AuditPage } from './audit-types.js';
import { ENTRY_PROJECTION, toEntry } from './entry-row.js';

/** Largest page. */
export const MAX_PAGE = 500;

const LIST = `
MATCH (e:AuditEvent)
WHERE ($after IS NULL OR e.seq < $after)
  AND ($principalId IS NULL OR e.principalId = $principalId)
  AND ($action IS NULL OR e.action = $action)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at <= $to)
RETURN ${ENTRY_PROJECTION}
ORDER BY e.seq DESC
LIMIT $limit`;

export async function listEntries(
  db: GraphDb,
  filter: AuditFilter,
  first: number,
  after: number | null,
): Promise<AuditPage> {
  const size = Math.max(1, Math.min(MAX_PAGE, Math.trunc(first)));
  const result = await runRead(db, LIST, {
    after: after === null ? null : neo4j.int(after),
    principalId: filter.principalId ?? null,
    action: filter.action ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    // One more than asked tells whether another page exists.
    limit: neo4j.int(size + 1),
  });
  const entries = result.records.map((r) => toEntry(r.get('entry') as Record<string, unknown>));
  const more = entries.length > size;
  const page = entries.slice(0, size);
  return { entries: page, nextCursor: more ? (page.at(-1)?.seq ?? null) : null };
}
