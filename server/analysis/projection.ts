// Loads a bounded, undirected projection of the graph into graphology with one Cypher query.
import neo4j from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import { ThreadlineError } from '../errors/threadline-error.js';
import { visibleEdge, visibleNode } from '../read/fragments.js';
import { runRead } from '../read/run-read.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { type AbstractGraph, Graph } from './graphology.js';
import { ANALYSIS_LIMITS } from './limits.js';

/** Budget of one projection read, in milliseconds. Defaults to 30_000. */
export const PROJECTION_TIMEOUT_MS = 30_000;

export interface ProjectionOptions {
  /** Relationship types to project (validated against the model). */
  types: readonly string[];
  /** Kinds both ends must have; every kind when undefined. */
  kinds?: readonly string[];
  /** Defaults to ANALYSIS_LIMITS.maxProjectionRelationships. */
  maxRelationships?: number;
}

// Types are spliced from the model only; kinds and the cap are parameters.
const projectionQuery = (types: readonly string[], filterKinds: boolean) => `
MATCH (a:Entity)-[r:${types.map((t) => MODEL.relationship(t).name).join('|')}]->(b:Entity)
WHERE a <> b AND ${visibleEdge('r')} AND ${visibleNode('a')} AND ${visibleNode('b')}
  ${filterKinds ? 'AND a.kind IN $kinds AND b.kind IN $kinds' : ''}
RETURN a.id AS s, a.kind AS sk, b.id AS t, b.kind AS tk
LIMIT $cap`;

/**
 * Node attribute `kind`; edge attribute `weight` = the number of relationships between the two nodes.
 * Nodes and edges are inserted in id order, so algorithms that depend on order (Louvain) are repeatable.
 * Throws QUERY_REFUSED when the projection would exceed the bound: a partial graph gives wrong answers.
 */
export async function loadProjection(db: GraphDb, options: ProjectionOptions): Promise<AbstractGraph> {
  const max = options.maxRelationships ?? ANALYSIS_LIMITS.maxProjectionRelationships;
  const filterKinds = options.kinds !== undefined && options.kinds.length < MODEL.kinds.length;
  const { records } = await runRead(
    db,
    projectionQuery(options.types, filterKinds),
    { kinds: options.kinds ?? [], cap: neo4j.int(max + 1) },
    PROJECTION_TIMEOUT_MS,
  );
  if (records.length > max) {
    throw new ThreadlineError(
      'QUERY_REFUSED',
      `The analysis would load more than ${max.toLocaleString('en-US')} relationships; narrow it with kinds`,
      [{ path: 'kinds', message: `projection bound ${max}` }],
    );
  }
  const rows = records.map((r) => ({
    s: r.get('s') as string,
    sk: r.get('sk') as string,
    t: r.get('t') as string,
    tk: r.get('tk') as string,
  }));
  // Parallel links (two transfers between one pair) fold into one weighted edge, keyed "small\0large".
  const kindOf = new Map<string, string>();
  const weights = new Map<string, number>();
  for (const { s, sk, t, tk } of rows) {
    kindOf.set(s, sk);
    kindOf.set(t, tk);
    const key = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  const graph = new Graph({ type: 'undirected', allowSelfLoops: false });
  for (const id of [...kindOf.keys()].sort()) graph.addNode(id, { kind: kindOf.get(id) });
  for (const key of [...weights.keys()].sort()) {
    const [s, t] = key.split('\u0000') as [string, string];
    graph.addUndirectedEdge(s, t, { weight: weights.get(key) });
  }
  return graph;
}

/** Relationship types flagged `infrastructure` in the model: shared farms, phones, wallets, accounts. */
export const INFRASTRUCTURE_TYPES = MODEL.relationships.filter((r) => r.infrastructure).map((r) => r.name);

/** Every relationship type of the model. */
export const ALL_TYPES = MODEL.relationshipNames;
