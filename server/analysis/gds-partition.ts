// Communities computed by GDS: WCC, or Louvain on one thread so that the same graph gives the same answer.
import { runRead } from '../read/run-read.js';
import { num } from '../read/shape.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { withGdsGraph } from './gds.js';
import { type CommunityAlgorithm, type Partitioned, sortGroups } from './partition.js';
import { PROJECTION_TIMEOUT_MS, type ProjectionOptions } from './projection.js';

const STREAM = {
  wcc: 'CALL gds.wcc.stream($name) YIELD nodeId, componentId AS group',
  // Parallel Louvain depends on thread timing; one thread is slower but repeatable.
  louvain: 'CALL gds.louvain.stream($name, {concurrency: 1}) YIELD nodeId, communityId AS group',
} as const;

export async function gdsPartition(
  db: GraphDb,
  algorithm: CommunityAlgorithm,
  options: ProjectionOptions,
): Promise<Partitioned> {
  return withGdsGraph(db, options, async (name) => {
    await runRead(
      db,
      "CALL gds.degree.mutate($name, {mutateProperty: 'degree'}) YIELD nodePropertiesWritten RETURN 1",
      {
        name,
      },
    );
    const { records } = await runRead(
      db,
      `${STREAM[algorithm]}
WITH gds.util.asNode(nodeId) AS n, group, gds.util.nodeProperty($name, nodeId, 'degree') AS degree
RETURN n.id AS id, n.kind AS kind, group, degree`,
      { name },
      PROJECTION_TIMEOUT_MS,
    );
    const kinds = new Map<string, string>();
    const degrees = new Map<string, number>();
    const groups = new Map<number, string[]>();
    for (const r of records) {
      const id = r.get('id') as string;
      kinds.set(id, r.get('kind') as string);
      degrees.set(id, num(r.get('degree')));
      const group = num(r.get('group'));
      const members = groups.get(group);
      if (members) members.push(id);
      else groups.set(group, [id]);
    }
    return {
      groups: sortGroups([...groups.values()]),
      kindOf: (id) => kinds.get(id) as string,
      degreeOf: (id) => degrees.get(id) ?? 0,
    };
  });
}
