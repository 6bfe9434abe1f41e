// unmaskEntity: the schema's policy has checked the permission; this checks the purpose, records the reveal in
// the audit log (before answering: no record, no reveal) and returns the entity unmasked.
import { badInput, notFound } from '../../../errors/threadline-error.js';
import { readEntity } from '../../../read/entity.js';
import { maskProperties } from '../../../read/privacy.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

export const PURPOSE_MIN = 5;
export const PURPOSE_MAX = 500;

function purposeArg(raw: string): string {
  const purpose = raw.trim();
  if (purpose.length < PURPOSE_MIN || purpose.length > PURPOSE_MAX) {
    throw badInput(`State the purpose in ${PURPOSE_MIN} to ${PURPOSE_MAX} characters`, [
      { path: 'purpose', message: `has ${purpose.length} characters` },
    ]);
  }
  return purpose;
}

export const resolvers: Resolvers = {
  Mutation: {
    unmaskEntity: async (_parent, { id, purpose: raw }, ctx) => {
      const purpose = purposeArg(raw);
      const entity = await readEntity(ctx.db, id, true);
      if (!entity) throw notFound(`No entity has the id ${id}`, [{ path: 'id', message: 'not found' }]);
      const { masked } = maskProperties(entity.kind, entity.properties, false);
      await ctx.audit.record({
        action: 'victim.unmask',
        principal: ctx.principal,
        operation: 'unmaskEntity',
        targetIds: [entity.id],
        parameters: { purpose, revealed: masked },
        resultSize: masked.length,
        outcome: 'ok',
      });
      return {
        id: entity.id,
        kind: entity.kind,
        caption: entity.caption,
        properties: entity.properties,
        unmasked: masked,
        purpose,
      };
    },
  },
};
