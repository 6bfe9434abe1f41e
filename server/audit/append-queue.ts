// Group commit for audit appends. Every append takes the one :AuditHead lock, so concurrent appends queue on
// it one transaction each; here the entries that arrive while a transaction is in flight go together in the
// next one. Each caller still resolves only once its own entry is committed (mutations stay fail-closed),
// and a failed transaction rejects exactly the entries it carried.
import type { GraphDb } from '../runtime/graph-db.js';
import { appendEntries, type EntryFields, type KnownHead } from './append-entry.js';
import type { AuditEntry } from './audit-types.js';

/** Entries per transaction at most: keeps one transaction well inside its timeout. */
export const MAX_ENTRIES_PER_APPEND = 200;

interface Waiting {
  fields: EntryFields;
  resolve: (entry: AuditEntry) => void;
  reject: (error: unknown) => void;
}

class AppendQueue {
  private waiting: Waiting[] = [];
  private flushing = false;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};
  /** The head this process last wrote: the next append checks it instead of reading it first. */
  private head: KnownHead | null = null;

  constructor(private readonly db: GraphDb) {}

  append(fields: EntryFields): Promise<AuditEntry> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ fields, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Resolves once every entry appended so far is committed or has failed. */
  settled(): Promise<void> {
    return this.idle;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    this.idle = new Promise((resolve) => {
      this.markIdle = resolve;
    });
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, MAX_ENTRIES_PER_APPEND);
        try {
          const entries = await appendEntries(
            this.db,
            batch.map((w) => w.fields),
            this.head ?? undefined,
          );
          const last = entries[entries.length - 1];
          this.head = last ? { seq: last.seq, hash: last.hash } : this.head;
          for (const [i, w] of batch.entries()) w.resolve(entries[i] as AuditEntry);
        } catch (error) {
          // Committed or not, the head is unknown now: the next append reads it.
          this.head = null;
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.flushing = false;
      this.markIdle();
    }
  }
}

// One queue per database handle: contexts create an AuditLog per request, the queue must outlive them.
const queues = new WeakMap<GraphDb, AppendQueue>();

/** Appends one entry, sharing a transaction with the entries appended at the same time. */
export function appendEntry(db: GraphDb, fields: EntryFields): Promise<AuditEntry> {
  let queue = queues.get(db);
  if (!queue) {
    queue = new AppendQueue(db);
    queues.set(db, queue);
  }
  return queue.append(fields);
}

/**
 * Resolves once every entry this process has appended to `db` so far is committed or has failed: reads of the
 * log see this process's own entries, and a shutdown does not close the driver under them.
 */
export function auditSettled(db: GraphDb): Promise<void> {
  return queues.get(db)?.settled() ?? Promise.resolve();
}
