// Appends one entry: a write lock on the single :AuditHead serialises appends across processes, in the same
// transaction that creates the entry, so seq has no gaps and every prevHash is the entry before it.
import neo4j from 'neo4j-driver';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import type { AuditEntry } from './audit-types.js';
import { entryHash, GENESIS_HASH, type UnhashedEntry } from './entry-hash.js';

/** An append waits at most this long for the head lock and its own writes. */
export const APPEND_TIMEOUT_MS = 15_000;

// MERGE on the constrained id is race-free; SET then takes the head's write lock until commit.
const LOCK_HEAD = `
MERGE (h:AuditHead {id: 'audit'})
SET h.lockedAt = $now`;

// Read after the lock is held, so the values are the last committed ones. A missing head seq (a fresh head,
// e.g. after a restore of entries only) is recovered from the highest stored entry.
const READ_HEAD = `
MATCH (h:AuditHead {id: 'audit'})
OPTIONAL MATCH (last:AuditEvent) WHERE h.seq IS NULL
WITH h, last ORDER BY last.seq DESC LIMIT 1
RETURN coalesce(h.seq, last.seq, 0) AS seq, coalesce(h.hash, last.hash, $genesis) AS hash`;

const WRITE_ENTRY = `
MATCH (h:AuditHead {id: 'audit'})
CREATE (e:AuditEvent)
SET e = $entry
SET h.seq = $entry.seq, h.hash = $entry.hash`;

export type EntryFields = Omit<UnhashedEntry, 'seq' | 'at' | 'prevHash'>;

export async function appendEntry(db: GraphDb, fields: EntryFields): Promise<AuditEntry> {
  const session = db.session('WRITE');
  try {
    return await session.executeWrite(
      async (tx) => {
        await tx.run(LOCK_HEAD, { now: Date.now() });
        const head = (await tx.run(READ_HEAD, { genesis: GENESIS_HASH })).records[0];
        const unhashed: UnhashedEntry = {
          ...fields,
          seq: num(head?.get('seq') ?? 0) + 1,
          // Taken under the lock, so `at` never goes backwards along the chain within one clock.
          at: new Date().toISOString(),
          prevHash: String(head?.get('hash') ?? GENESIS_HASH),
        };
        const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
        await tx.run(WRITE_ENTRY, {
          entry: { ...entry, seq: neo4j.int(entry.seq), resultSize: sizeParam(entry) },
        });
        return entry;
      },
      { timeout: APPEND_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

const sizeParam = (entry: AuditEntry) => (entry.resultSize === null ? null : neo4j.int(entry.resultSize));
