// Investigation resolvers: save (create or replace), list, get and delete saved canvases.
import { badInput } from '../../../errors/threadline-error.js';
import { num } from '../../../read/shape.js';
import type { Investigation, Resolvers } from '../../__generated__/resolvers-types.js';
import * as store from './store.js';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

const toInvestigation = (row: store.InvestigationRow): Investigation => ({
  id: row.id,
  title: row.title,
  state: JSON.parse(row.state) as unknown,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export const resolvers: Resolvers = {
  Query: {
    investigations: async (_parent, _args, ctx) =>
      (await store.listInvestigations(ctx.db)).map((row) => ({
        id: row.id,
        title: row.title,
        updatedAt: row.updatedAt,
        elementCount: num(row.elementCount ?? 0),
      })),
    investigation: async (_parent, { id }, ctx) => {
      const row = await store.getInvestigation(ctx.db, id);
      return row ? toInvestigation(row) : null;
    },
  },
  Mutation: {
    saveInvestigation: async (_parent, { id, title, state }, ctx) => {
      const name = title.trim();
      if (!name)
        throw badInput('An investigation needs a title', [{ path: 'title', message: 'must not be empty' }]);
      if (id && !ID.test(id)) {
        throw badInput('Invalid investigation id', [
          { path: 'id', message: 'letters, digits, _ and - only' },
        ]);
      }
      const row = await store.saveInvestigation(ctx.db, id ?? store.newInvestigationId(), name, state);
      return toInvestigation(row);
    },
    deleteInvestigation: (_parent, { id }, ctx) => store.deleteInvestigation(ctx.db, id),
  },
};
