// Every role, and a caller without credentials, against every root operation of the schema (enumerated, so a
// new operation lands here by itself): allowed means no FORBIDDEN/UNAUTHENTICATED, denied means exactly that
// error, and a denied write changes nothing. A few of the same through real HTTP with API keys.
import { randomUUID } from 'node:crypto';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog } from '../../server/audit/audit-log.js';
import { createApiKey } from '../../server/auth/api-keys.js';
import { ANONYMOUS, LOCAL_ADMIN } from '../../server/auth/principals.js';
import { ROLES, type Role } from '../../server/auth/roles.js';
import { createApolloServer } from '../../server/graphql/apollo.js';
import type { Principal } from '../../server/graphql/context.js';
import { buildSchema } from '../../server/graphql/schema.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';
import { type Data, type GqlResult, openHttp } from './api-harness.js';

// The specification, written out rather than derived from the policy table it checks (docs/security.md).
const GRAPH_READS = [
  'search',
  'entity',
  'neighborhood',
  'paths',
  'frontCompanyNetwork',
  'communities',
  'community',
  'centrality',
  'timeline',
  'mergeCandidates',
];
const INVESTIGATIONS = [
  'investigations',
  'investigation',
  'saveInvestigation',
  'deleteInvestigation',
  'exportGraph',
];
const QUERIES = [
  'savedQueries',
  'savedQuery',
  'savedQueryHistory',
  'savedQueryProblems',
  'runSavedQuery',
  'runCypher',
];
const EDITS = ['upsertEntities', 'retract', 'mergeEntities', 'unmergeEntity', 'unmaskEntity'];
const ADMIN_ONLY = ['saveQuery', 'auditLog', 'verifyAuditLog'];
const ALLOWED: Record<Role, readonly string[]> = {
  viewer: GRAPH_READS,
  investigator: [...GRAPH_READS, ...INVESTIGATIONS],
  analyst: [...GRAPH_READS, ...INVESTIGATIONS, ...QUERIES],
  editor: [...GRAPH_READS, ...INVESTIGATIONS, ...QUERIES, ...EDITS],
  integration: ['upsertEntities'],
  admin: [...GRAPH_READS, ...INVESTIGATIONS, ...QUERIES, ...EDITS, ...ADMIN_ONLY],
};

const tag = randomUUID().slice(0, 8);
let schema: GraphQLSchema;
let db: GraphDb;
let apollo: ReturnType<typeof createApolloServer>;

beforeAll(async () => {
  db = await openTestGraphDb();
  schema = await buildSchema();
  apollo = createApolloServer({ schema });
  await apollo.start();
});
afterAll(async () => {
  await apollo.stop();
  await db.close();
});

async function run(principal: Principal, query: string): Promise<GqlResult> {
  const response = await apollo.executeOperation(
    { query },
    { contextValue: { db, principal, origin: `user:${principal.id}`, audit: new AuditLog(db) } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as GqlResult;
}

const as = (role: Role): Principal => ({
  id: `matrix-${role}-${tag}`,
  name: `matrix ${role}`,
  roles: [role],
  via: 'session',
});

/** A literal that passes GraphQL validation for the type (the resolver may still refuse it: that is fine). */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'X';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int' || type.name === 'Float') return '1';
    if (type.name === 'Boolean') return 'true';
    if (type.name === 'JSON') return '{}';
    return `"matrix-${tag}"`;
  }
  return 'null';
}

function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  return isObjectType(named) || isUnionType(named) || isInterfaceType(named) ? ' { __typename }' : '';
}

/** Hand-written arguments for writes, so a denied one can be checked for having changed nothing. */
const WRITE_ARGS: Record<string, (u: string) => string> = {
  upsertEntities: (u) =>
    `input: { source: { title: "matrix ${u}", publisher: "Matrix" }, domains: [{ name: "${u}.example" }] }`,
  saveInvestigation: (u) => `title: "matrix ${u}", state: {}`,
  saveQuery: (u) => `name: "${u}", title: "t", description: "d", cypher: "RETURN 1 AS one"`,
};

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  unique: string,
): string {
  const custom = WRITE_ARGS[field.name];
  const args = custom
    ? custom(unique)
    : field.args
        .filter((a) => isNonNullType(a.type))
        .map((a) => `${a.name}: ${literal(a.type)}`)
        .join(', ');
  return `${kind} { ${field.name}${args ? `(${args})` : ''}${selection(field.type)} }`;
}

async function nothingWritten(field: string, unique: string): Promise<void> {
  const checks: Record<string, string> = {
    upsertEntities:
      'MATCH (n:Entity) WHERE n.name = $u + ".example" OR n.title = "matrix " + $u RETURN count(n) AS n',
    saveInvestigation: 'MATCH (n:Investigation {title: "matrix " + $u}) RETURN count(n) AS n',
    saveQuery: 'MATCH (n:SavedQuery {name: $u}) RETURN count(n) AS n',
  };
  const cypher = checks[field];
  if (!cypher) return;
  const { records } = await db.read(cypher, { u: unique });
  expect(Number(records[0]?.get('n')), `${field} wrote despite the refusal`).toBe(0);
}

const codes = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions?.code as string);

describe('the authorization matrix (executeOperation)', () => {
  it('names an expectation for every root operation', () => {
    const all = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    const known = new Set(Object.values(ALLOWED).flat());
    expect(
      all.filter((f) => !known.has(f)),
      'add these to the matrix',
    ).toEqual([]);
  });

  // Allowed analyses run over the whole shared graph: minutes on a loaded 2-core machine, hence the timeout.
  for (const who of [...ROLES, 'anonymous'] as const) {
    it(`${who}: allowed exactly what its role grants`, { timeout: 400_000 }, async () => {
      const principal = who === 'anonymous' ? ANONYMOUS : as(who);
      const allowed = new Set(who === 'anonymous' ? [] : ALLOWED[who]);
      const roots = [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
      ] as const;
      for (const [kind, type] of roots) {
        for (const field of Object.values(type?.getFields() ?? {})) {
          const unique = `m-${who}-${field.name}-${tag}`.toLowerCase();
          const result = await run(principal, operation(kind, field, unique));
          const got = codes(result);
          if (allowed.has(field.name)) {
            expect(got, `${who} ${field.name}`).not.toContain('FORBIDDEN');
            expect(got, `${who} ${field.name}`).not.toContain('UNAUTHENTICATED');
          } else {
            expect(got, `${who} ${field.name}`).toEqual([
              who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
            ]);
            expect((result.data as Data | null)?.[field.name] ?? null).toBeNull();
            if (kind === 'mutation') await nothingWritten(field.name, unique);
          }
        }
      }
    });
  }

  it('keeps the local administrator (CLI, openApi) allowed everything', async () => {
    const result = await run(LOCAL_ADMIN, 'query { verifyAuditLog { __typename } }');
    expect(codes(result)).not.toContain('FORBIDDEN');
  });
});

describe('the authorization matrix over HTTP (API keys)', () => {
  it('answers 200, 403 or 401 as the role says, and a denied upsert writes nothing', async () => {
    const server = await openHttp();
    try {
      const post = (query: string, headers: Record<string, string>) =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query }),
        });
      const probes = {
        search: '{ search(text: "silverstar", limit: 1) { id } }',
        runCypher: '{ runCypher(cypher: "RETURN 1 AS one") { rows } }',
        upsertEntities: (u: string) =>
          `mutation { upsertEntities(${WRITE_ARGS.upsertEntities?.(u)}) { ids } }`,
      };
      for (const role of ROLES) {
        const { key } = await createApiKey(db, { name: `matrix-${role}-${tag}`, roles: [role] });
        const headers = { authorization: `Bearer ${key}` };
        const expectStatus = async (field: string, response: Response) =>
          expect(response.status, `${role} ${field}`).toBe(ALLOWED[role].includes(field) ? 200 : 403);
        await expectStatus('search', await post(probes.search, headers));
        await expectStatus('runCypher', await post(probes.runCypher, headers));
        const unique = `h-${role}-${tag}`;
        await expectStatus('upsertEntities', await post(probes.upsertEntities(unique), headers));
        if (!ALLOWED[role].includes('upsertEntities')) await nothingWritten('upsertEntities', unique);
      }
      const anonymous = await post(probes.search, {});
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as Data).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await server.stop();
    }
  });
});
