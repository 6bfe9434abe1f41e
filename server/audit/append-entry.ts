// Appends entries: a write lock on the single :AuditHead serialises appends across processes, in the same
// transaction that creates the entries, so seq has no gaps and every prevHash is the entry before it.
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

const WRITE_ENTRIES = `
MATCH (h:AuditHead {id: 'audit'})
SET h.seq = $last.seq, h.hash = $last.hash
WITH h
UNWIND $entries AS entry
CREATE (e:AuditEvent)
SET e = entry`;

export type EntryFields = Omit<UnhashedEntry, 'seq' | 'at' | 'prevHash'>;

/** Appends `batch` in order, as consecutive entries of the chain, in one transaction: all or none. */
export async function appendEntries(db: GraphDb, batch: readonly EntryFields[]): Promise<AuditEntry[]> {
  const session = db.session('WRITE');
  try {
    return await session.executeWrite(
      async (tx) => {
        await tx.run(LOCK_HEAD, { now: Date.now() });
        const head = (await tx.run(READ_HEAD, { genesis: GENESIS_HASH })).records[0];
        let seq = num(head?.get('seq') ?? 0);
        let prevHash = String(head?.get('hash') ?? GENESIS_HASH);
        // Taken under the lock, so `at` never goes backwards along the chain within one clock.
        const at = new Date().toISOString();
        const entries = batch.map((fields) => {
          seq += 1;
          const unhashed: UnhashedEntry = { ...fields, seq, at, prevHash };
          const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
          prevHash = entry.hash;
          return entry;
        });
        const stored = entries.map((entry) => ({
          ...entry,
          seq: neo4j.int(entry.seq),
          resultSize: sizeParam(entry),
        }));
        await tx.run(WRITE_ENTRIES, { entries: stored, last: stored[stored.length - 1] });
        return entries;
      },
      { timeout: APPEND_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

const sizeParam = (entry: AuditEntry) => (entry.resultSize === null ? null : neo4j.int(entry.resultSize));
