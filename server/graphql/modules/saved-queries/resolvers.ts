// Saved-query resolvers: role check, then the shared operations of server/queries.

import { queryLibraryFor } from '../../../queries/library-cache.js';
import { requireQueryRole } from '../../../queries/query-roles.js';
import { saveQuery } from '../../../queries/save-query.js';
import {
  findSavedQuery,
  listSavedQueries,
  runCypher,
  runSavedQuery,
} from '../../../queries/saved-queries.js';
import { storedQueryHistory } from '../../../queries/stored-queries.js';
import type { SavedQueryDef } from '../../../queries/types.js';
import { canUnmask } from '../../../read/privacy.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

function view(def: SavedQueryDef) {
  return {
    name: def.name,
    title: def.title,
    description: def.description,
    shows: def.shows,
    tags: def.tags,
    parameters: def.parameters.map((p) => ({
      ...p,
      default: p.default ?? null,
      min: p.min ?? null,
      max: p.max ?? null,
    })),
    cypher: def.cypher,
    version: def.version,
    source: def.source,
    author: def.source === 'stored' ? def.origin : null,
    file: def.source === 'file' ? def.origin : null,
  };
}

export const resolvers: Resolvers = {
  Query: {
    savedQueries: async (_parent, _args, ctx) => {
      requireQueryRole(ctx.principal);
      return (await listSavedQueries(ctx.db)).map(view);
    },
    savedQuery: async (_parent, { name }, ctx) => {
      requireQueryRole(ctx.principal);
      try {
        return view(await findSavedQuery(ctx.db, name));
      } catch (error) {
        if ((error as { code?: string }).code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    savedQueryHistory: async (_parent, { name, limit }, ctx) => {
      requireQueryRole(ctx.principal);
      return (await storedQueryHistory(ctx.db, name, limit ?? 20)).map(view);
    },
    savedQueryProblems: async (_parent, _args, ctx) => {
      requireQueryRole(ctx.principal);
      return (await queryLibraryFor(ctx.db)).problems;
    },
    runSavedQuery: async (_parent, { name, params, maxRows, timeoutMs }, ctx) => {
      requireQueryRole(ctx.principal);
      return runSavedQuery(ctx.db, name, params, { maxRows, timeoutMs, unmask: canUnmask(ctx.principal) });
    },
    runCypher: async (_parent, { cypher, params, maxRows, timeoutMs }, ctx) => {
      requireQueryRole(ctx.principal);
      return runCypher(ctx.db, cypher, params, { maxRows, timeoutMs, unmask: canUnmask(ctx.principal) });
    },
  },
  Mutation: {
    saveQuery: async (_parent, args, ctx) => {
      requireQueryRole(ctx.principal);
      return view(await saveQuery(ctx.db, args, ctx.principal.name || ctx.principal.id));
    },
  },
};
