// The small fixture worlds integration tests write once: entities and links made with `add`/`link` (or named up
// front with `namedEntities`), written in one batch by `writeFixture`. Unique per run through `fixtureTag()`,
// since tests share one database and isolate by data.
import { randomUUID } from 'node:crypto';
import { entityId } from '../../model/keys.js';
import type { ThreadlineError } from '../../server/errors/threadline-error.js';
import { upsertBatch } from '../../server/graph/upsert.js';
import {
  type RawBatch,
  type RawEntity,
  type RawEntityRef,
  type RawRelationship,
  validateBatch,
} from '../../server/graph/validate-batch.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';

/** An entity as a link end: its kind and its content-derived id. */
export type Ref = { kind: string; id: string };

/** Eight hex characters, new per call: put it into every name so the fixture is this run's alone. */
export const fixtureTag = (): string => randomUUID().slice(0, 8);

/** A world built step by step: `add` returns the entity's ref, `link` joins two refs. */
export function fixtureWorld() {
  const entities: RawEntity[] = [];
  const relationships: RawRelationship[] = [];
  const add = (kind: string, properties: Record<string, unknown>): Ref => {
    entities.push({ kind, properties });
    return { kind, id: entityId(kind, properties) };
  };
  const link = (type: string, from: Ref, to: Ref, properties: Record<string, unknown> = {}): void => {
    relationships.push({ type, from, to, properties });
  };
  return { entities, relationships, add, link };
}

/** A world whose entities are named up front (`{ company: { kind, properties }, … }`), linked by those names. */
export function namedEntities<
  E extends Record<string, { kind: string; properties: Record<string, unknown> }>,
>(named: E) {
  type Key = keyof E & string;
  const id = (k: Key): string => entityId(named[k].kind, named[k].properties);
  const ref = (k: Key): RawEntityRef => ({ kind: named[k].kind, id: id(k) });
  const link = (
    type: string,
    from: Key,
    to: Key,
    properties: Record<string, unknown> = {},
  ): RawRelationship => ({ type, from: ref(from), to: ref(to), properties });
  const entities: RawEntity[] = Object.values(named);
  return { entities, id, ref, link };
}

/** Validates and writes the world in one batch, as an import would (`origin` names the test). */
export async function writeFixture(db: GraphDb, world: RawBatch, origin: string): Promise<void> {
  const session = db.session();
  try {
    await upsertBatch(session, validateBatch(world), { origin });
  } finally {
    await session.close();
  }
}

/** The ThreadlineError code a call fails with, or 'none' when it succeeds. */
export const errorCode = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'none',
    (e: ThreadlineError) => e.code,
  );
