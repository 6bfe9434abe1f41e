// Entity-resolution resolvers: candidates, merge (answering with the survivor) and unmerge.
import { ThreadlineError } from '../../../errors/threadline-error.js';
import { readEntity } from '../../../read/entity.js';
import { mergeCandidates } from '../../../resolution/merge-candidates.js';
import { mergeEntities } from '../../../resolution/merge-entities.js';
import { unmergeEntity } from '../../../resolution/unmerge-entity.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { unmaskFor } from '../../args.js';

export const resolvers: Resolvers = {
  Query: {
    mergeCandidates: (_parent, { kind, limit }, ctx) =>
      mergeCandidates(ctx.db, { kind, limit, unmask: unmaskFor(ctx) }),
  },
  Mutation: {
    mergeEntities: async (_parent, { ids, reason }, ctx) => {
      const { survivorId } = await mergeEntities(ctx.db, { ids, reason, by: ctx.principal.name });
      const entity = await readEntity(ctx.db, survivorId, unmaskFor(ctx));
      if (!entity) throw new ThreadlineError('INTERNAL', `The merged entity ${survivorId} is gone`);
      return entity;
    },
    unmergeEntity: (_parent, { id }, ctx) => unmergeEntity(ctx.db, { id, by: ctx.principal.name }),
  },
};
