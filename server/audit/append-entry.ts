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

/** The chain's head as this process last wrote or read it. */
export interface KnownHead {
  seq: number;
  hash: string;
}

// The common case, one process appending: its last entry is still the head, so one statement locks the head,
// checks it and appends (measured: ~20 ms for lock, read and write as three statements). SET takes the lock
// before the WHERE reads seq and hash, so the check sees the last committed head (Neo4j's documented
// lost-update pattern). No row written: another writer appended since; the lock is held, so read and retry.
const APPEND_ON_KNOWN_HEAD = `
MATCH (h:AuditHead {id: 'audit'})
SET h.lockedAt = $now
WITH h WHERE h.seq = $seq AND h.hash = $hash
SET h.seq = $last.seq, h.hash = $last.hash
WITH h
UNWIND $entries AS entry
CREATE (e:AuditEvent)
SET e = entry
RETURN count(e) AS written`;

/** `batch` as consecutive entries after the head, stamped `at`. */
function chain(batch: readonly EntryFields[], head: KnownHead, at: string): AuditEntry[] {
  let seq = head.seq;
  let prevHash = head.hash;
  return batch.map((fields) => {
    seq += 1;
    const unhashed: UnhashedEntry = { ...fields, seq, at, prevHash };
    const entry: AuditEntry = { ...unhashed, hash: entryHash(unhashed) };
    prevHash = entry.hash;
    return entry;
  });
}

const asParams = (entries: readonly AuditEntry[]) => {
  const stored = entries.map((entry) => ({
    ...entry,
    seq: neo4j.int(entry.seq),
    resultSize: sizeParam(entry),
  }));
  return { entries: stored, last: stored[stored.length - 1] };
};

/**
 * Appends `batch` in order, as consecutive entries of the chain, in one transaction: all or none. With `known`
 * (the head this process last wrote), the append is one statement when nobody else appended since.
 */
export async function appendEntries(
  db: GraphDb,
  batch: readonly EntryFields[],
  known?: KnownHead,
): Promise<AuditEntry[]> {
  const session = db.session('WRITE');
  try {
    return await session.executeWrite(
      async (tx) => {
        if (known) {
          // One process appends one batch at a time (append-queue.ts), so `at` still never goes backwards
          // along the chain when the check passes: the entry before is this process's own, stamped earlier.
          const entries = chain(batch, known, new Date().toISOString());
          const result = await tx.run(APPEND_ON_KNOWN_HEAD, {
            now: Date.now(),
            seq: neo4j.int(known.seq),
            hash: known.hash,
            ...asParams(entries),
          });
          if (num(result.records[0]?.get('written') ?? 0) === entries.length) return entries;
        }
        await tx.run(LOCK_HEAD, { now: Date.now() });
        const head = (await tx.run(READ_HEAD, { genesis: GENESIS_HASH })).records[0];
        // Taken under the lock, so `at` never goes backwards along the chain within one clock.
        const entries = chain(
          batch,
          { seq: num(head?.get('seq') ?? 0), hash: String(head?.get('hash') ?? GENESIS_HASH) },
          new Date().toISOString(),
        );
        await tx.run(WRITE_ENTRIES, asParams(entries));
        return entries;
      },
      { timeout: APPEND_TIMEOUT_MS },
    );
  } finally {
    await session.close();
  }
}

const sizeParam = (entry: AuditEntry) => (entry.resultSize === null ? null : neo4j.int(entry.resultSize));
