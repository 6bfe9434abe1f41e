// ESM interop for graphology's CommonJS packages: the runtime default import is the function itself.
import GraphModule from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// Under NodeNext, TypeScript reads these packages' `export default` as `exports.default`, while Node hands an
// ES module `module.exports` (or graphology's .mjs default). The casts say what the runtime really gives.
export const Graph = GraphModule as unknown as typeof GraphModule.default;
export const louvain = louvainModule as unknown as typeof louvainModule.default;
export const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
export const betweenness = betweennessModule as unknown as typeof betweennessModule.default;

export type { AbstractGraph } from 'graphology-types';
