// Every root operation of schema.graphql has a policy entry (a new operation without one fails here), the
// policy names nothing the schema lacks, and the roles grant what docs/security.md says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { type GraphQLObjectType, buildSchema as parseSdl } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MissingPolicyError, withAuthorization } from '../../server/auth/enforce-policy.js';
import { POLICY, requirementOf } from '../../server/auth/policy.js';
import { hasPermission, PERMISSIONS, ROLE_PERMISSIONS, ROLES, withinRoles } from '../../server/auth/roles.js';

const sdl = readFileSync(path.resolve(import.meta.dirname, '../../schema.graphql'), 'utf8');
const schema = parseSdl(sdl);
const rootFields = (type: GraphQLObjectType | null | undefined) => Object.keys(type?.getFields() ?? {});

describe('the authorization policy', () => {
  it('names every root Query and Mutation field of schema.graphql', () => {
    const missing = [
      ...rootFields(schema.getQueryType())
        .filter((f) => !requirementOf('Query', f))
        .map((f) => `Query.${f}`),
      ...rootFields(schema.getMutationType())
        .filter((f) => !requirementOf('Mutation', f))
        .map((f) => `Mutation.${f}`),
    ];
    expect(missing, 'add these to server/auth/policy.ts').toEqual([]);
    expect(schema.getSubscriptionType()).toBeFalsy();
  });

  it('names nothing the schema lacks', () => {
    expect(Object.keys(POLICY.Query).filter((f) => !rootFields(schema.getQueryType()).includes(f))).toEqual(
      [],
    );
    expect(
      Object.keys(POLICY.Mutation).filter((f) => !rootFields(schema.getMutationType()).includes(f)),
    ).toEqual([]);
  });

  it('uses only known permissions', () => {
    for (const requirement of [...Object.values(POLICY.Query), ...Object.values(POLICY.Mutation)]) {
      expect([...PERMISSIONS, 'authenticated']).toContain(requirement);
    }
  });

  it('refuses to build a schema with a root field it does not name', () => {
    const bare = makeExecutableSchema({ typeDefs: 'type Query { search: Int, launchMissiles: Int }' });
    expect(() => withAuthorization(bare)).toThrow(MissingPolicyError);
    expect(() => withAuthorization(bare)).toThrow(/Query\.launchMissiles/);
  });
});

describe('the roles', () => {
  it('are cumulative from viewer to editor, with admin holding every permission', () => {
    const order = ['viewer', 'investigator', 'analyst', 'editor'] as const;
    for (let i = 1; i < order.length; i++) {
      expect(
        withinRoles([order[i - 1] as (typeof order)[number]], [order[i] as (typeof order)[number]]),
      ).toBe(true);
      expect(
        withinRoles([order[i] as (typeof order)[number]], [order[i - 1] as (typeof order)[number]]),
      ).toBe(false);
    }
    expect(ROLE_PERMISSIONS.admin).toEqual(PERMISSIONS);
    for (const role of ROLES) expect(withinRoles([role], ['admin'])).toBe(true);
  });

  it('give integration upsertEntities and nothing else', () => {
    expect(ROLE_PERMISSIONS.integration).toEqual(['entities.upsert']);
    expect(hasPermission(['integration'], 'graph.read')).toBe(false);
  });

  it('let editor and admin, and no one else, unmask victims', () => {
    expect(ROLES.filter((r) => hasPermission([r], 'victims.unmask'))).toEqual(['editor', 'admin']);
  });

  it('keep users, keys, the query library and the audit log to admin', () => {
    for (const p of ['users.manage', 'keys.manage', 'queries.manage', 'audit.read'] as const) {
      expect(ROLES.filter((r) => hasPermission([r], p))).toEqual(['admin']);
    }
  });
});
