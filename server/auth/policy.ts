// The authorization policy: every root Query and Mutation field and the permission it needs. A root field
// missing here makes the schema refuse to build (and tests/unit/auth-policy.test.ts fail): add it here first.
import type { Permission } from './roles.js';

/** `authenticated`: any known principal, whatever their roles (e.g. who am I). */
export type Requirement = Permission | 'authenticated';

export const POLICY: {
  readonly Query: Record<string, Requirement>;
  readonly Mutation: Record<string, Requirement>;
} = {
  Query: {
    search: 'graph.read',
    entity: 'graph.read',
    neighborhood: 'graph.read',
    paths: 'graph.read',
    frontCompanyNetwork: 'graph.read',
    communities: 'graph.read',
    community: 'graph.read',
    centrality: 'graph.read',
    timeline: 'graph.read',
    mergeCandidates: 'graph.read',
    exportGraph: 'graph.export',
    investigations: 'investigations',
    investigation: 'investigations',
    savedQueries: 'queries.run',
    savedQuery: 'queries.run',
    savedQueryHistory: 'queries.run',
    savedQueryProblems: 'queries.run',
    runSavedQuery: 'queries.run',
    runCypher: 'queries.run',
    auditLog: 'audit.read',
    verifyAuditLog: 'audit.read',
  },
  Mutation: {
    upsertEntities: 'entities.upsert',
    retract: 'entities.curate',
    mergeEntities: 'entities.curate',
    unmergeEntity: 'entities.curate',
    saveInvestigation: 'investigations',
    deleteInvestigation: 'investigations',
    saveQuery: 'queries.manage',
    unmaskEntity: 'victims.unmask',
  },
};

export type RootType = keyof typeof POLICY;

/** The requirement of a root field, or undefined when the policy does not name it. */
export function requirementOf(type: string, field: string): Requirement | undefined {
  if (type !== 'Query' && type !== 'Mutation') return undefined;
  return Object.hasOwn(POLICY[type], field) ? POLICY[type][field] : undefined;
}
