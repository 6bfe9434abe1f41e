// Entity resolvers: the entity itself, then its relationships and timeline, each one query.
import { readEntity } from '../../../read/entity.js';
import { readRelationships } from '../../../read/relationships.js';
import { readTimeline } from '../../../read/timeline.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { intArg, unmaskFor } from '../../args.js';

const MAX_LIST = 1000;

export const resolvers: Resolvers = {
  Query: {
    entity: (_parent, { id }, ctx) => readEntity(ctx.db, id, unmaskFor(ctx)),
  },
  Entity: {
    relationships: (entity, { limit, types }, ctx) =>
      readRelationships(ctx.db, {
        id: entity.id,
        limit: intArg('limit', limit, 50, 1, MAX_LIST),
        types,
        unmask: unmaskFor(ctx),
      }),
    timeline: (entity, { limit }, ctx) =>
      readTimeline(ctx.db, {
        ids: [entity.id],
        limit: intArg('limit', limit, 50, 1, MAX_LIST),
        unmask: unmaskFor(ctx),
      }),
  },
};
