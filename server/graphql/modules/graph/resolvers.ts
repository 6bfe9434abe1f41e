// Graph resolvers: neighbourhood expansion and paths, with their bounds checked before any query.
import { MAX_NEIGHBORHOOD_LIMIT, readNeighborhood } from '../../../read/neighborhood.js';
import { MAX_HOPS, readPaths } from '../../../read/paths.js';
import { SUPERNODE_DEGREE } from '../../../read/supernode.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { idsArg, intArg, unmaskFor } from '../../args.js';

const MAX_START_IDS = 100;
const MAX_OFFSET = 100_000;
const MAX_PATHS = 50;

export const resolvers: Resolvers = {
  Query: {
    neighborhood: (_parent, args, ctx) =>
      readNeighborhood(ctx.db, {
        ids: idsArg('ids', args.ids, MAX_START_IDS),
        depth: intArg('depth', args.depth, 1, 1, 3) as 1 | 2 | 3,
        kinds: args.kinds,
        relationshipTypes: args.relationshipTypes,
        limit: intArg('limit', args.limit, 200, 1, MAX_NEIGHBORHOOD_LIMIT),
        offset: intArg('offset', args.offset, 0, 0, MAX_OFFSET),
        unmask: unmaskFor(ctx),
      }),
    paths: (_parent, args, ctx) =>
      readPaths(ctx.db, {
        from: args.from,
        to: args.to,
        maxHops: intArg('maxHops', args.maxHops, 6, 1, MAX_HOPS),
        limit: intArg('limit', args.limit, 5, 1, MAX_PATHS),
        all: args.all ?? true,
        // Omitted: the default bound; an explicit null: none.
        maxDegree:
          args.maxDegree === null
            ? null
            : intArg('maxDegree', args.maxDegree, SUPERNODE_DEGREE, 1, 1_000_000_000),
        unmask: unmaskFor(ctx),
      }),
  },
};
