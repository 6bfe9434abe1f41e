// Audit log resolvers: a page of entries and a verification of the chain.
import { badInput } from '../../../errors/threadline-error.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

const ISO = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z?)?$/;

function checkTime(name: string, value: string | null | undefined) {
  if (value && !ISO.test(value))
    throw badInput(`${name} must be an ISO 8601 date or time`, [
      { path: `filter.${name}`, message: 'e.g. 2026-11-25 or 2026-11-25T14:00:00Z' },
    ]);
}

export const resolvers: Resolvers = {
  Query: {
    auditLog: async (_parent, { filter, first, after }, ctx) => {
      const size = first ?? 50;
      if (size < 1 || size > 500)
        throw badInput('first must be 1-500', [{ path: 'first', message: '1-500' }]);
      checkTime('from', filter?.from);
      checkTime('to', filter?.to);
      const page = await ctx.audit.list(
        {
          principalId: filter?.principalId ?? undefined,
          action: filter?.action ?? undefined,
          from: filter?.from ?? undefined,
          to: filter?.to ?? undefined,
        },
        size,
        after ?? null,
      );
      return {
        nextCursor: page.nextCursor,
        entries: page.entries.map((entry) => ({
          ...entry,
          parameters: JSON.parse(entry.parameters) as unknown,
        })),
      };
    },
    verifyAuditLog: (_parent, _args, ctx) => ctx.audit.verify(),
  },
};
