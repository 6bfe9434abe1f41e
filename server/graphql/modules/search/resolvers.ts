// Search resolver: free text to ranked hits.
import { search } from '../../../read/search.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { intArg, unmaskFor } from '../../args.js';

/** Most hits one search returns. */
export const MAX_SEARCH_LIMIT = 100;

export const resolvers: Resolvers = {
  Query: {
    search: (_parent, { text, kinds, limit }, ctx) =>
      search(ctx.db, {
        text,
        kinds,
        limit: intArg('limit', limit, 20, 1, MAX_SEARCH_LIMIT),
        unmask: unmaskFor(ctx),
      }),
  },
};
