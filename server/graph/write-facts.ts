// Writes one side of a batch (its entities, or its relationships) in at most two statements: create-or-lock,
// then update what existed and changed. The merge itself is mergeProperties, folded in input order.
import type { ManagedTransaction } from 'neo4j-driver';
import type { PropertySpec } from '../../model/index.js';
import type { Properties, WriteContext, WriteStatus } from './batch-types.js';
import { mergeProperties } from './merge-properties.js';

export interface Fact {
  id: string;
  properties: Properties;
}

export interface FactWriter<F extends Fact> {
  /** The kind or type: one CALL per group in each statement. */
  groupOf: (fact: F) => string;
  specsOf: (fact: F) => Readonly<Record<string, PropertySpec>>;
  /** The row a statement gets for a fact with its final properties (`props`: what the fact is stored with). */
  row: (fact: F, props: Properties) => Record<string, unknown> & { props: Properties };
  createOrLock: (groups: readonly string[]) => string;
  update: (groups: readonly string[]) => string;
  /** Called when the first statement found fewer facts than it was sent (a relationship's end is missing). */
  onShort?: () => Promise<never>;
}

/**
 * Folds facts onto what is stored, in order, as if sent one after the other: the final properties and status of
 * each id. With nothing stored, it gives what each fact is created with.
 */
function fold<F extends Fact>(
  facts: readonly F[],
  specsOf: FactWriter<F>['specsOf'],
  ctx: Required<WriteContext>,
  stored: ReadonlyMap<string, Properties>,
) {
  const current = new Map<string, Properties>(stored);
  const status = new Map<string, WriteStatus>();
  for (const fact of facts) {
    const merged = mergeProperties({
      existing: current.get(fact.id),
      incoming: fact.properties,
      specs: specsOf(fact),
      origin: ctx.origin,
      now: ctx.now,
      defaultSourceIds: ctx.defaultSourceIds,
    });
    current.set(fact.id, merged.properties);
    const previous = status.get(fact.id);
    status.set(
      fact.id,
      !stored.has(fact.id) ? 'created' : previous === 'updated' ? 'updated' : merged.status,
    );
  }
  return { properties: current, status };
}

type Row = Record<string, unknown> & { props: Properties };

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]));

/**
 * Moves the properties every row of a group has with the same value (kind, grade, origins, the batch's
 * timestamps, …) out of the rows into one map. Each value the driver packs costs CPU on both sides of Bolt
 * (profiled: packing was the largest single cost of an ingest batch), and in a batch of one kind about half
 * of a row's values are shared.
 */
function splitShared(rows: Row[]): { rows: Row[]; shared: Properties } {
  const [first, ...rest] = rows;
  if (!first || rest.length === 0) return { rows, shared: {} };
  const shared: Properties = {};
  for (const [name, value] of Object.entries(first.props))
    if (rest.every((row) => name in row.props && sameValue(row.props[name], value))) shared[name] = value;
  const names = Object.keys(shared);
  if (names.length === 0) return { rows, shared };
  const strip = (props: Properties): Properties => {
    const own = { ...props };
    for (const name of names) delete own[name];
    return own;
  };
  return { rows: rows.map((row) => ({ ...row, props: strip(row.props) })), shared };
}

/** `$rows<i>` and `$shared<i>` per group, in one order for the statement and its parameters. */
function grouped<F extends Fact>(writer: FactWriter<F>, entries: readonly (readonly [F, Properties])[]) {
  const groups = new Map<string, Row[]>();
  for (const [fact, props] of entries) {
    const key = writer.groupOf(fact);
    const rows = groups.get(key) ?? [];
    rows.push(writer.row(fact, props));
    groups.set(key, rows);
  }
  const names = [...groups.keys()];
  const params: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const { rows, shared } = splitShared(groups.get(name) ?? []);
    params[`rows${i}`] = rows;
    params[`shared${i}`] = shared;
  });
  return { names, params };
}

/** Writes the facts; returns each id's status, in input order. */
export async function writeFacts<F extends Fact>(
  tx: ManagedTransaction,
  facts: readonly F[],
  writer: FactWriter<F>,
  ctx: Required<WriteContext>,
): Promise<Map<string, WriteStatus>> {
  if (facts.length === 0) return new Map();
  const last = new Map(facts.map((f) => [f.id, f]));
  const asNew = fold(facts, writer.specsOf, ctx, new Map());
  const first = grouped(
    writer,
    [...asNew.properties].map(([id, props]) => [last.get(id) as F, props] as const),
  );
  const result = await tx.run(writer.createOrLock(first.names), first.params);
  const found = (result.records[0]?.get('found') ?? []) as { id: string; props: Properties | null }[];
  if (found.length < asNew.properties.size && writer.onShort) await writer.onShort();
  const stored = new Map(found.flatMap((f) => (f.props === null ? [] : [[f.id, f.props] as const])));
  if (stored.size === 0) return asNew.status;
  const onStored = fold(
    facts.filter((f) => stored.has(f.id)),
    writer.specsOf,
    ctx,
    stored,
  );
  const changed = [...onStored.status].filter(([, status]) => status === 'updated').map(([id]) => id);
  if (changed.length > 0) {
    const second = grouped(
      writer,
      changed.map((id) => [last.get(id) as F, onStored.properties.get(id) as Properties] as const),
    );
    await tx.run(writer.update(second.names), second.params);
  }
  return new Map([...asNew.status.keys()].map((id) => [id, onStored.status.get(id) ?? 'created']));
}
