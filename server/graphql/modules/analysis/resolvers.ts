// Analysis resolvers: each one function of server/analysis, with the caller's right to see victims.
import { centrality } from '../../../analysis/centrality.js';
import { listCommunities, readCommunity } from '../../../analysis/communities.js';
import { frontCompanyNetwork } from '../../../analysis/front-company-network.js';
import { timeline } from '../../../analysis/timeline.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { unmaskFor } from '../../args.js';

export const resolvers: Resolvers = {
  Query: {
    frontCompanyNetwork: (_parent, { id, limit }, ctx) =>
      frontCompanyNetwork(ctx.db, id, { limit, unmask: unmaskFor(ctx) }),
    communities: (_parent, { algorithm, kinds, minSize, limit }, ctx) =>
      listCommunities(ctx.db, { algorithm, kinds, minSize, limit, unmask: unmaskFor(ctx) }),
    community: (_parent, { id, limit }, ctx) => readCommunity(ctx.db, id, { limit, unmask: unmaskFor(ctx) }),
    centrality: (_parent, { algorithm, kinds, limit }, ctx) =>
      centrality(ctx.db, { algorithm, kinds, limit, unmask: unmaskFor(ctx) }),
    timeline: (_parent, { ids, from, to, limit }, ctx) =>
      timeline(ctx.db, { ids, from, to, limit, unmask: unmaskFor(ctx) }),
  },
};
