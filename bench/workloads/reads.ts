// The other reads over HTTP: shortest paths, full-text search, a front company's cluster, saved queries.
import type { GraphQLClient } from '../http-client.js';
import { type LoadOptions, type LoadResult, runLoad } from '../load.js';
import { pick, type Samples } from '../samples.js';

const NODE = 'id kind caption grade flags';
const EDGE = 'id type source target caption date amount currency confidence grade flags';

// maxDegree omitted: the server's default, which keeps supernodes out of a path's middle (what the UI asks
// first). The 'paths-hubs' row lifts that bound: what the UI asks when the first search found nothing.
const PATHS = `query Paths($from: ID!, $to: ID!, $maxDegree: Int) {
  paths(from: $from, to: $to, maxHops: 6, limit: 5, maxDegree: $maxDegree) {
    truncated paths { length nodes { ${NODE} } edges { ${EDGE} } }
  }
}`;

const SEARCH = `query Search($text: String!) { search(text: $text, limit: 20) { id kind caption score flags } }`;

const CLUSTER = `query Cluster($id: ID!) {
  frontCompanyNetwork(id: $id, limit: 2000) {
    truncated
    summary { id label memberCount totalFlowUsd counts { kind count } keyMembers { ${NODE} } }
    nodes { ${NODE} } edges { ${EDGE} }
  }
}`;

const SAVED = `query Saved($name: String!, $params: JSON) {
  runSavedQuery(name: $name, params: $params) {
    columns rows truncated elapsedMs graph { nodes { ${NODE} } edges { ${EDGE} } }
  }
}`;

/** Three saved queries an investigator runs first: farms, multi-persona workers, a company's workers. */
export const SAVED_QUERIES = ['laptop-farms', 'workers-many-personas', 'front-company-workers'] as const;

export type ReadName = 'paths' | 'paths-hubs' | 'search' | 'cluster' | (typeof SAVED_QUERIES)[number];

export function readCall(
  name: ReadName,
  client: GraphQLClient,
  samples: Samples,
): (i: number) => Promise<unknown> {
  switch (name) {
    case 'paths':
    case 'paths-hubs':
      return (i) => {
        const [from, to] = pick(samples.pairs, i);
        return client.post(PATHS, name === 'paths' ? { from, to } : { from, to, maxDegree: null });
      };
    case 'search':
      return (i) => client.post(SEARCH, { text: pick(samples.words, i) });
    case 'cluster':
      return (i) => client.post(CLUSTER, { id: pick(samples.frontCompanies, i) });
    case 'front-company-workers':
      return (i) => client.post(SAVED, { name, params: { company: pick(samples.frontCompanies, i) } });
    default:
      return () => client.post(SAVED, { name, params: {} });
  }
}

export function runRead(
  name: ReadName,
  client: GraphQLClient,
  samples: Samples,
  load: LoadOptions,
): Promise<LoadResult> {
  return runLoad(load, readCall(name, client, samples));
}
