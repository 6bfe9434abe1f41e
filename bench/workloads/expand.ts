// Expand one hop (limit 200): Threadline's neighborhood vs the same Cypher on the bare driver vs @neo4j/graphql.
import neo4j, { type Driver } from 'neo4j-driver';
import { FANOUT } from '../../server/read/neighborhood.js';
import { neighborhoodCypher } from '../../server/read/neighborhood-cypher.js';
import { LINKS_PER_TYPE, SUPERNODE_DEGREE } from '../../server/read/supernode.js';
import type { GraphQLClient } from '../http-client.js';
import { type LoadOptions, type LoadResult, runInterleaved, runLoad } from '../load.js';
import { neo4jGraphqlExpandQuery } from '../neo4j-graphql/type-defs.js';
import { pick } from '../samples.js';

export const EXPAND_LIMIT = 200;

// The selection the UI makes (web/src/api/fragments.ts), so the server does the work the UI causes.
const NEIGHBORHOOD = `query Expand($id: ID!, $limit: Int!) {
  neighborhood(ids: [$id], depth: 1, limit: $limit) {
    nodes { id kind caption grade flags }
    edges { id type source target caption date amount currency confidence grade flags }
    truncated omitted { kind count } total { kind count }
  }
}`;

export type ExpandSide = 'threadline' | 'bare' | 'neo4jGraphql';

export interface ExpandTargets {
  threadline: GraphQLClient;
  neo4jGraphql: GraphQLClient | undefined;
  driver: Driver;
}

// The exact statement and parameters readNeighborhood() sends for one start id at depth 1.
const CYPHER = neighborhoodCypher(1);
const bareParams = (id: string) => ({
  ids: [id],
  kinds: null,
  types: null,
  offset: neo4j.int(0),
  window: neo4j.int(EXPAND_LIMIT - 1),
  limit: neo4j.int(EXPAND_LIMIT),
  fanout: neo4j.int(FANOUT),
  supernode: neo4j.int(SUPERNODE_DEGREE),
  perType: neo4j.int(LINKS_PER_TYPE),
  stride: neo4j.int(1_000_000),
});

export function expandCall(side: ExpandSide, targets: ExpandTargets, starts: readonly string[]) {
  const neoQuery = neo4jGraphqlExpandQuery();
  switch (side) {
    case 'threadline':
      return (i: number) =>
        targets.threadline.post(NEIGHBORHOOD, { id: pick(starts, i), limit: EXPAND_LIMIT });
    case 'bare':
      return (i: number) =>
        targets.driver.executeQuery(CYPHER, bareParams(pick(starts, i)), {
          database: 'neo4j',
          routing: neo4j.routing.READ,
        });
    case 'neo4jGraphql': {
      const client = targets.neo4jGraphql;
      if (!client) throw new Error('@neo4j/graphql server not started');
      return (i: number) => client.post(neoQuery, { id: pick(starts, i), limit: EXPAND_LIMIT });
    }
  }
}

export async function runExpand(
  side: ExpandSide,
  targets: ExpandTargets,
  starts: readonly string[],
  load: LoadOptions,
): Promise<LoadResult> {
  return runLoad(load, expandCall(side, targets, starts));
}

/** The sides at concurrency 1, call by call on the same starts (runInterleaved): no side runs on another's warm-up. */
export async function runExpandInterleaved(
  sides: readonly ExpandSide[],
  targets: ExpandTargets,
  starts: readonly string[],
  load: LoadOptions,
): Promise<LoadResult[]> {
  return runInterleaved(
    load,
    sides.map((side) => expandCall(side, targets, starts)),
  );
}
