// Walks the chain from seq 1: each seq follows the last, each prevHash is the last hash, each hash is right,
// and the head names the last entry (a deleted tail shows there). Reports the first entry that is wrong.
// Only entries up to the head read first are walked: appends running meanwhile are left for the next check.
import neo4j from 'neo4j-driver';
import { runRead } from '../read/run-read.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { AuditVerification } from './audit-types.js';
import { entryHash, GENESIS_HASH } from './entry-hash.js';
import { ENTRY_PROJECTION, toEntry } from './entry-row.js';

const PAGE = 2000;

const PAGE_OF_ENTRIES = `
MATCH (e:AuditEvent) WHERE e.seq > $after AND e.seq <= $headSeq
RETURN ${ENTRY_PROJECTION}
ORDER BY e.seq LIMIT $limit`;

const HEAD = `OPTIONAL MATCH (h:AuditHead {id: 'audit'}) RETURN h.seq AS seq, h.hash AS hash`;

const LAST = 'MATCH (e:AuditEvent) RETURN e.seq AS seq, e.hash AS hash ORDER BY e.seq DESC LIMIT 1';

const broken = (checked: number, seq: number, reason: string, headSeq: number): AuditVerification => ({
  ok: false,
  checked,
  firstBrokenSeq: seq,
  reason,
  headSeq,
});

export async function verifyChain(db: GraphDb): Promise<AuditVerification> {
  const headRow = (await runRead(db, HEAD, {})).records[0];
  const headless = headRow?.get('seq') == null;
  // No head (a restore of the entries alone): walk to the highest entry; the next append recreates the head.
  const last = headless ? (await runRead(db, LAST, {})).records[0] : undefined;
  const headSeq = headless ? (last ? num(last.get('seq')) : 0) : num(headRow?.get('seq'));
  const headHash = headless
    ? ((last?.get('hash') as string | undefined) ?? GENESIS_HASH)
    : String(headRow?.get('hash'));
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await runRead(db, PAGE_OF_ENTRIES, {
      after: neo4j.int(expectedSeq - 1),
      headSeq: neo4j.int(headSeq),
      limit: neo4j.int(PAGE),
    });
    if (rows.records.length === 0) break;
    for (const record of rows.records) {
      const entry = toEntry(record.get('entry') as Record<string, unknown>);
      if (entry.seq !== expectedSeq)
        return broken(checked, expectedSeq, `entry ${expectedSeq} is missing`, headSeq);
      if (entry.prevHash !== prevHash)
        return broken(checked, entry.seq, 'prevHash does not match the entry before', headSeq);
      const { hash, ...rest } = entry;
      if (entryHash(rest) !== hash)
        return broken(checked, entry.seq, 'the entry was changed after it was written', headSeq);
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
  }
  const lastSeq = expectedSeq - 1;
  if (headSeq !== lastSeq || headHash !== prevHash) {
    const at = Math.min(headSeq, lastSeq) + 1;
    return broken(checked, at, `the head names entry ${headSeq}, the chain ends at ${lastSeq}`, headSeq);
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null, headSeq };
}
