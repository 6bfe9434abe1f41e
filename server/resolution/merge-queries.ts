// The Cypher of merge and unmerge: labels and types spliced from the model only, every value a parameter.
import type { ManagedTransaction } from 'neo4j-driver';
import { MODEL } from '../../model/index.js';
import { badInput, notFound, ThreadlineError } from '../errors/threadline-error.js';
import type { StoredNode, StoredRelationship } from './merge-plan.js';
import { fromStored, storedProjection } from './stored-properties.js';

/** Most records one merge takes. */
export const MAX_MERGE_IDS = 100;

export function checkMergeInput(ids: readonly string[], reason: string) {
  const unique = [...new Set(ids)];
  if (unique.length < 2 || unique.length > MAX_MERGE_IDS || unique.length !== ids.length) {
    throw badInput(`ids must name 2 to ${MAX_MERGE_IDS} different entities`, [
      { path: 'ids', message: `got ${ids.length} ids, ${unique.length} different` },
    ]);
  }
  const text = reason.trim();
  if (text.length === 0 || text.length > 2_000) {
    throw badInput('reason must say why, in 1 to 2,000 characters', [
      { path: 'reason', message: 'empty or too long' },
    ]);
  }
  return { ids: unique, reason: text };
}

// SET then REMOVE takes the write lock, so two merges touching one entity run one after the other.
const LOCK_NODES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.__lock = true
REMOVE n.__lock
RETURN n.id AS id, n.kind AS kind, labels(n) AS labels, ${storedProjection('n')} AS stored`;

export async function lockNodes(tx: ManagedTransaction, ids: readonly string[]) {
  const { records } = await tx.run(LOCK_NODES, { ids });
  const nodes = new Map<string, StoredNode>();
  for (const r of records) {
    const id = r.get('id') as string;
    const stored = fromStored(r.get('stored'), id);
    nodes.set(id, {
      id,
      kind: r.get('kind') as string,
      labels: [...(r.get('labels') as string[])].sort(),
      ...stored,
    });
  }
  return nodes;
}

// Only the model's types move: anything else (none is written today) stays where it is.
const READ_RELATIONSHIPS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(:Entity)
WHERE type(r) IN $types
WITH DISTINCT r
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, ${storedProjection('r')} AS stored`;

export async function readRelationships(tx: ManagedTransaction, ids: readonly string[]) {
  const { records } = await tx.run(READ_RELATIONSHIPS, { ids, types: MODEL.relationshipNames });
  return records.map((r): StoredRelationship => {
    const stored = fromStored(r.get('stored'), `a ${r.get('type')} link`);
    if (typeof stored.props.id !== 'string') {
      throw new ThreadlineError('CONFLICT', `A ${r.get('type')} link of ${r.get('from')} has no id`);
    }
    const { type, from, to } = { type: r.get('type'), from: r.get('from'), to: r.get('to') };
    return { id: stored.props.id, type, from, to, ...stored };
  });
}

/** The merge's records, survivor first: all found, one kind, none already merged or retracted. */
export function checkNodes(ids: readonly string[], nodes: Map<string, StoredNode>): StoredNode[] {
  const missing = ids.filter((id) => !nodes.has(id));
  if (missing.length > 0) {
    throw notFound(
      `No entity ${missing.join(', ')}`,
      missing.map((id) => ({ path: 'ids', message: id })),
    );
  }
  const list = ids.map((id) => nodes.get(id) as StoredNode);
  const kinds = [...new Set(list.map((n) => n.kind))];
  if (kinds.length > 1) throw badInput(`Only entities of one kind merge; got ${kinds.join(', ')}`);
  for (const node of list) {
    if (node.props.mergedInto) {
      throw new ThreadlineError('CONFLICT', `${node.id} is already merged into ${node.props.mergedInto}`);
    }
    if (node.props.retracted === true) throw new ThreadlineError('CONFLICT', `${node.id} is retracted`);
  }
  return list;
}
