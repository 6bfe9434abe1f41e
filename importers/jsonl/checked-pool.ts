// An ItemPool that validates each item as it arrives, so one bad record is reported with its line and
// skipped instead of failing a whole write batch later.
import { ThreadlineError } from '../../server/errors/threadline-error.js';
import { validateBatch } from '../../server/graph/validate-batch.js';
import type { IssueLog } from '../shared/issues.js';
import { ItemPool } from '../shared/item-pool.js';

export interface Ref {
  kind: string;
  id: string;
}

/** Where a record came from: the file name and its 1-based line. */
export interface At {
  file: string;
  line: number;
}

const firstDetail = (error: ThreadlineError): string => error.details[0]?.message ?? error.message;

export class CheckedPool {
  readonly pool = new ItemPool();

  constructor(readonly issues: IssueLog) {}

  /** The entity's ref, or undefined (and a MALFORMED_ROW issue) when the model refuses it. */
  entity(kind: string, properties: Record<string, unknown>, at: At): Ref | undefined {
    const props = Object.fromEntries(
      Object.entries(properties).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    );
    try {
      validateBatch({ entities: [{ kind, properties: props }] });
    } catch (error) {
      if (!(error instanceof ThreadlineError)) throw error;
      this.issues.add({ ...at, code: 'MALFORMED_ROW', message: `${kind}: ${firstDetail(error)}` });
      return undefined;
    }
    return { kind, id: this.pool.entity(kind, props, at.file) };
  }

  /** Adds a link; one the model does not allow is reported as NOT_ALLOWED, a bad value as MALFORMED_ROW. */
  relationship(type: string, from: Ref, to: Ref, properties: Record<string, unknown>, at: At): boolean {
    const props = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
    try {
      validateBatch({ relationships: [{ type, from, to, properties: props }] });
    } catch (error) {
      if (!(error instanceof ThreadlineError)) throw error;
      const message = `${type} ${from.kind} → ${to.kind}: ${firstDetail(error)}`;
      const code = message.includes('does not link') ? 'NOT_ALLOWED' : 'MALFORMED_ROW';
      this.issues.add({ ...at, code, message });
      return false;
    }
    this.pool.relationship(type, from, to, props, at.file);
    return true;
  }
}
