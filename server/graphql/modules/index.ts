// The list of GraphQL modules the schema is assembled from: one folder per domain (see README.md).
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { resolvers as analysisResolvers } from './analysis/resolvers.js';
import { typeDefs as analysisTypeDefs } from './analysis/type-defs.js';
import { resolvers as auditResolvers } from './audit/resolvers.js';
import { typeDefs as auditTypeDefs } from './audit/type-defs.js';
import { resolvers as entitiesResolvers } from './entities/resolvers.js';
import { typeDefs as entitiesTypeDefs } from './entities/type-defs.js';
import { resolvers as exportResolvers } from './export/resolvers.js';
import { typeDefs as exportTypeDefs } from './export/type-defs.js';
import { resolvers as graphResolvers } from './graph/resolvers.js';
import { typeDefs as graphTypeDefs } from './graph/type-defs.js';
import { resolvers as investigationsResolvers } from './investigations/resolvers.js';
import { typeDefs as investigationsTypeDefs } from './investigations/type-defs.js';
import { resolvers as privacyResolvers } from './privacy/resolvers.js';
import { typeDefs as privacyTypeDefs } from './privacy/type-defs.js';
import { resolvers as resolutionResolvers } from './resolution/resolvers.js';
import { typeDefs as resolutionTypeDefs } from './resolution/type-defs.js';
import { resolvers as savedQueriesResolvers } from './saved-queries/resolvers.js';
import { typeDefs as savedQueriesTypeDefs } from './saved-queries/type-defs.js';
import { resolvers as searchResolvers } from './search/resolvers.js';
import { typeDefs as searchTypeDefs } from './search/type-defs.js';
import { resolvers as writesResolvers } from './writes/resolvers.js';
import { typeDefs as writesTypeDefs } from './writes/type-defs.js';

export interface GraphQLModule {
  name: string;
  typeDefs: string;
  resolvers: Resolvers;
}

/** Every module, in the order their SDL appears in schema.graphql. Add a module by adding it here. */
export const MODULES: readonly GraphQLModule[] = [
  { name: 'search', typeDefs: searchTypeDefs, resolvers: searchResolvers },
  { name: 'entities', typeDefs: entitiesTypeDefs, resolvers: entitiesResolvers },
  { name: 'graph', typeDefs: graphTypeDefs, resolvers: graphResolvers },
  { name: 'writes', typeDefs: writesTypeDefs, resolvers: writesResolvers },
  { name: 'investigations', typeDefs: investigationsTypeDefs, resolvers: investigationsResolvers },
  { name: 'analysis', typeDefs: analysisTypeDefs, resolvers: analysisResolvers },
  { name: 'resolution', typeDefs: resolutionTypeDefs, resolvers: resolutionResolvers },
  { name: 'saved-queries', typeDefs: savedQueriesTypeDefs, resolvers: savedQueriesResolvers },
  { name: 'export', typeDefs: exportTypeDefs, resolvers: exportResolvers },
  { name: 'audit', typeDefs: auditTypeDefs, resolvers: auditResolvers },
  { name: 'privacy', typeDefs: privacyTypeDefs, resolvers: privacyResolvers },
];
