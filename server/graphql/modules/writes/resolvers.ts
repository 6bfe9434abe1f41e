// Write resolvers: upsertEntities (the one write path: validate, then one transaction) and retract.
import { badInput, notFound } from '../../../errors/threadline-error.js';
import { upsertBatch } from '../../../graph/upsert.js';
import { validateBatch } from '../../../graph/validate-batch.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { RETRACT } from './retract-cypher.js';
import { toRawBatch, withClientPaths } from './to-raw-batch.js';

export const resolvers: Resolvers = {
  Mutation: {
    upsertEntities: async (_parent, { input }, ctx) => {
      const { raw, entityPaths, sourceIndex } = toRawBatch(input);
      const session = ctx.db.session('WRITE');
      try {
        const batch = validateBatch(raw);
        const source = sourceIndex === undefined ? undefined : batch.entities[sourceIndex];
        // The source backs every other fact of the batch, but not itself.
        if (source && source.properties.sourceIds === undefined) source.properties.sourceIds = [];
        const summary = await upsertBatch(session, batch, {
          origin: ctx.origin,
          defaultSourceIds: source ? [source.id] : [],
        });
        const { created, updated, unchanged } = summary.entities;
        const rels = summary.relationships;
        return {
          entities: { created, updated, unchanged },
          relationships: { created: rels.created, updated: rels.updated, unchanged: rels.unchanged },
          // Where each entity's facts went: a merged record's survivor, not its hidden id.
          ids: batch.entities.map((e) => summary.survivors.get(e.id) ?? e.id),
        };
      } catch (error) {
        throw withClientPaths(error, entityPaths);
      } finally {
        await session.close();
      }
    },

    retract: async (_parent, { id, reason }, ctx) => {
      const why = reason.trim();
      if (!why)
        throw badInput('A retraction needs a reason', [{ path: 'reason', message: 'must not be empty' }]);
      const changes = { retracted: true, retractedReason: why, updatedAt: new Date().toISOString() };
      const { records } = await ctx.db.write(RETRACT, { id, changes });
      if (records.length === 0)
        throw notFound(`Nothing has the id ${id}`, [{ path: 'id', message: 'not found' }]);
      return true;
    },
  },
};
