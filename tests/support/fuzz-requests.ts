// Seeded generator of malformed and hostile GraphQL-over-HTTP requests for the fuzz test. Every write it
// makes is invalid for some reason besides its hostile strings, so a correct server changes nothing.

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same 5,000 requests on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzRequest {
  kind: string;
  method: 'POST' | 'GET' | 'PUT' | 'DELETE' | 'PATCH';
  headers: Record<string, string>;
  /** The raw body (already serialised), if any. */
  body?: string;
  /** Appended to /graphql for GETs. */
  search?: string;
}

/** Strings that try to break out of a Cypher literal, label, map or comment, or call procedures. */
export const INJECTIONS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "') DETACH DELETE n WITH 1 AS x MATCH (m) DETACH DELETE m //",
  '`) DETACH DELETE n //',
  '` MATCH (n) DETACH DELETE n //',
  '*/ MATCH (n) DETACH DELETE n /*',
  '\\u0027}) CREATE (:Pwned) //',
  '$ids',
  '{id: 1}) CREATE (:Pwned {x: 1}',
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  'CALL dbms.security.createUser("x", "y", false)',
  "x' UNION MATCH (n) RETURN n.id AS id //",
  ':Entity:Pwned',
  'Worker`:Pwned',
  '1; MATCH (n) DETACH DELETE n',
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  '${7*7}{{7*7}}<script>alert(1)</script>',
  '../../../../etc/passwd',
];

/** Unicode that trips naive code: RTL overrides, zero-width, lone surrogates, NUL, combining marks. */
export const ODD_UNICODE = [
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  'a\uDFFFb',
  '\u0000',
  'nul\u0000in\u0000middle',
  'e\u0301\u0301\u0301\u0301\u0301',
  'Z̸̡̛̗͓̪a̵̛͚l̶̨̛g̵͎̈o̷̢͝',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'İıſK',
  '\u0085\u2028\u2029',
  '\r\n\t\v\f',
  '﷽',
  '𝕿𝖍𝖗𝖊𝖆𝖉𝖑𝖎𝖓𝖊',
  '',
  ' ',
];

const KINDS = ['Worker', 'Laptop', 'FrontCompany', 'Wallet', 'Identity', 'Address', 'NoSuchKind', "Worker'"];

export class FuzzGenerator {
  private readonly rnd: () => number;

  constructor(
    seed: number,
    /** Ids that exist in the fixture: reads on them are valid, and writes must never touch them. */
    private readonly knownIds: readonly string[],
  ) {
    this.rnd = seededRandom(seed);
  }

  private int(max: number): number {
    return Math.floor(this.rnd() * max);
  }

  private pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** A hostile string: injection, odd Unicode, a mix, or a long one (rarely 1 MB). */
  hostile(): string {
    const r = this.rnd();
    if (r < 0.35) return this.pick(INJECTIONS);
    if (r < 0.65) return this.pick(ODD_UNICODE);
    if (r < 0.85) return `${this.pick(ODD_UNICODE)}${this.pick(INJECTIONS)}${this.pick(ODD_UNICODE)}`;
    if (r < 0.995) return this.pick(INJECTIONS).repeat(1 + this.int(200));
    return `${this.pick(ODD_UNICODE)}x`.repeat(1 + ((1 << 20) >> 2)); // about 1 MB
  }

  /** Any JSON value of a wrong type for wherever it goes. */
  wrongValue(depth = 0): unknown {
    const r = this.int(depth > 2 ? 6 : 9);
    switch (r) {
      case 0:
        return null;
      case 1:
        return this.rnd() * 1e308 * (this.rnd() < 0.5 ? -1 : 1);
      case 2:
        return this.int(2) === 0;
      case 3:
        return this.hostile();
      case 4:
        return 2 ** 53 + this.int(1000);
      case 5:
        return -this.int(1_000_000);
      case 6:
        return Array.from({ length: this.int(5) }, () => this.wrongValue(depth + 1));
      case 7:
        return Object.fromEntries(
          Array.from({ length: this.int(4) }, () => [
            this.hostile().slice(0, 40),
            this.wrongValue(depth + 1),
          ]),
        );
      default:
        return { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } };
    }
  }

  private post(kind: string, payload: unknown, headers: Record<string, string> = {}): FuzzRequest {
    return {
      kind,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(payload),
    };
  }

  private op(kind: string, query: string, variables: Record<string, unknown> = {}): FuzzRequest {
    return this.post(kind, { query, variables });
  }

  /** A read with hostile (but well-typed) strings: answered with data or a clear error, never a 5xx. */
  private hostileRead(): FuzzRequest {
    const s = this.hostile();
    const id = this.rnd() < 0.3 ? this.pick(this.knownIds) : s;
    const reads: [string, string, Record<string, unknown>][] = [
      ['search', 'query ($t: String!) { search(text: $t, limit: 5) { id kind caption } }', { t: s }],
      [
        'search-kinds',
        'query ($t: String!, $k: [Kind!]) { search(text: $t, kinds: $k) { id } }',
        { t: s, k: [this.pick(KINDS)] },
      ],
      ['entity', 'query ($id: ID!) { entity(id: $id) { id kind caption } }', { id }],
      [
        'neighborhood',
        'query ($ids: [ID!]!, $d: Int) { neighborhood(ids: $ids, depth: $d, limit: 50) { nodes { id } edges { id } truncated } }',
        { ids: [id, s], d: this.pick([0, 1, 2, 3, 4, -1, 99]) },
      ],
      [
        'paths',
        'query ($a: ID!, $b: ID!, $h: Int) { paths(from: $a, to: $b, maxHops: $h) { paths { length } } }',
        { a: id, b: this.pick(this.knownIds), h: this.pick([0, 1, 3, 6, 8, 9, -5, 1000]) },
      ],
      [
        'timeline',
        'query ($ids: [ID!]!, $f: String) { timeline(ids: $ids, from: $f) { date } }',
        { ids: [id], f: s },
      ],
      ['front-company', 'query ($id: ID!) { frontCompanyNetwork(id: $id, limit: 10) { truncated } }', { id }],
      ['communities', 'query ($a: String) { communities(algorithm: $a, limit: 3) { id } }', { a: s }],
      ['centrality', 'query ($a: String) { centrality(algorithm: $a, limit: 3) { id } }', { a: s }],
      ['saved-query', 'query ($n: String!) { savedQuery(name: $n) { name } }', { n: s }],
      [
        'run-saved-query',
        'query ($n: String!, $p: JSON) { runSavedQuery(name: $n, params: $p, maxRows: 5) { columns truncated } }',
        {
          n: this.pick(['laptop-farms', 'front-company-workers', 'workers-many-personas', s]),
          p: { company: s, [s.slice(0, 30)]: this.wrongValue() },
        },
      ],
      ['investigation', 'query ($id: ID!) { investigation(id: $id) { id } }', { id: s }],
      [
        'merge-candidates',
        'query ($k: Kind) { mergeCandidates(kind: $k, limit: 3) { score } }',
        { k: this.pick(KINDS) },
      ],
    ];
    const [kind, query, variables] = this.pick(reads);
    return this.op(`read:${kind}`, query, variables);
  }

  /** A write that must fail (bad value, missing end, unknown id, too big): nothing may change. */
  private invalidWrite(): FuzzRequest {
    const s = this.hostile().slice(0, 5_000);
    const upsert = 'mutation ($input: UpsertInput!) { upsertEntities(input: $input) { ids } }';
    const writes: (() => FuzzRequest)[] = [
      // Bad date beside hostile strings.
      () =>
        this.op('write:bad-date', upsert, {
          input: {
            workers: [{ name: s, aliases: [s, this.hostile().slice(0, 100)], birthDate: `${s}-13-45` }],
          },
        }),
      // Bad grade.
      () => this.op('write:bad-grade', upsert, { input: { laptops: [{ serial: s || 'x', grade: s }] } }),
      // A relationship whose end exists nowhere (NOT_FOUND), with hostile keys.
      () =>
        this.op('write:missing-end', upsert, {
          input: {
            wallets: [{ network: 'ethereum', address: `0x${this.int(1e9).toString(16)}`, label: s }],
            relationships: [
              {
                type: 'CONTROLS',
                from: { kind: 'Worker', key: { name: `${s} nobody ${this.int(1e9)}` } },
                to: { kind: 'Wallet', id: s },
              },
            ],
          },
        }),
      // A relationship type the model does not have / a kind that does not exist.
      () =>
        this.op('write:bad-type', upsert, {
          input: {
            relationships: [
              { type: s, from: { kind: 'Worker', id: s }, to: { kind: this.pick(KINDS), id: s } },
            ],
          },
        }),
      // A required key missing or of the wrong type (GraphQL variable coercion).
      () =>
        this.op('write:wrong-types', upsert, {
          input: { laptops: [{ assetTag: s }], workers: [{ name: 42 }] },
        }),
      // Relationship properties that are not the type's.
      () =>
        this.op('write:bad-props', upsert, {
          input: {
            relationships: [
              {
                type: 'SHIPPED_TO',
                from: { kind: 'Laptop', id: this.pick(this.knownIds) },
                to: { kind: 'Address', id: this.pick(this.knownIds) },
                properties: { [s.slice(0, 50) || 'x']: this.wrongValue(), on: s },
              },
            ],
          },
        }),
      // Oversized: more than 10,000 items in one batch.
      () =>
        this.rnd() < 0.15
          ? this.op('write:oversized', upsert, {
              input: { laptops: Array.from({ length: 10_001 }, (_, i) => ({ serial: `FUZZ-OVER-${i}` })) },
            })
          : this.op('write:empty-keys', upsert, {
              input: { laptops: [{ serial: '' }], addresses: [{ full: s.slice(0, 0) }] },
            }),
      // Retract / merge / unmerge / delete of ids that do not exist.
      () =>
        this.op('write:retract', 'mutation ($id: ID!, $r: String!) { retract(id: $id, reason: $r) }', {
          id: `${s}-nope-${this.int(1e9)}`,
          r: s,
        }),
      () =>
        this.op(
          'write:merge',
          'mutation ($ids: [ID!]!, $r: String!) { mergeEntities(ids: $ids, reason: $r) { id } }',
          {
            ids: [`${s}-a`, `${s}-b`],
            r: s,
          },
        ),
      () => this.op('write:unmerge', 'mutation ($id: ID!) { unmergeEntity(id: $id) }', { id: `${s}-none` }),
      () =>
        this.op('write:delete-investigation', 'mutation ($id: ID!) { deleteInvestigation(id: $id) }', {
          id: `${s}-none-${this.int(1e9)}`,
        }),
      // A saved query that writes: refused before it is stored.
      () =>
        this.op(
          'write:save-query-that-writes',
          'mutation ($n: String!, $c: String!) { saveQuery(name: $n, title: "t", description: "d", cypher: $c) { name } }',
          { n: `fuzz-${this.int(1e9)}`, c: `MATCH (n) DETACH DELETE n // ${s.slice(0, 200)}` },
        ),
      // An investigation save with the wrong types (title not a string, state not JSON-able).
      () =>
        this.op(
          'write:investigation-types',
          'mutation ($t: String!, $s: JSON!) { saveInvestigation(title: $t, state: $s) { id } }',
          {
            t: this.wrongValue(),
            s: null,
          },
        ),
    ];
    return this.pick(writes)();
  }

  private malformed(): FuzzRequest {
    const cases: (() => FuzzRequest)[] = [
      () => ({
        kind: 'bad-json',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ __typename }"',
      }),
      () => ({
        kind: 'bad-json',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: this.hostile().slice(0, 1000),
      }),
      () => ({
        kind: 'empty-body',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '',
      }),
      () => ({
        kind: 'json-null',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'null',
      }),
      () => ({
        kind: 'json-number',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '12345',
      }),
      () => ({
        kind: 'json-string',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(this.hostile().slice(0, 500)),
      }),
      () => this.post('batched', [{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      () => ({
        kind: 'text-plain',
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      () => ({
        kind: 'form',
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B__typename%7D',
      }),
      () => ({
        kind: 'multipart',
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
      }),
      () => ({
        kind: 'no-content-type',
        method: 'POST',
        headers: {},
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      () => ({
        kind: 'xml',
        method: 'POST',
        headers: { 'content-type': 'application/xml' },
        body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
      }),
      () => ({
        kind: 'charset',
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-7' },
        body: '{"query":"{ __typename }"}',
      }),
      () => this.post('query-wrong-type', { query: this.wrongValue(), variables: {} }),
      () =>
        this.post('variables-wrong-type', {
          query: '{ __typename }',
          variables: this.hostile().slice(0, 100),
        }),
      () =>
        this.post('operation-name-wrong', {
          query: 'query A { __typename } query B { __typename }',
          operationName: this.wrongValue(),
        }),
      () => this.post('unknown-operation', { query: 'query A { __typename }', operationName: 'B' }),
      () =>
        this.post('extensions-garbage', {
          query: '{ __typename }',
          extensions: { persistedQuery: { version: 1, sha256Hash: this.hostile().slice(0, 80) } },
        }),
      () => this.post('syntax-error', { query: `{ search(text: "${this.hostile().slice(0, 200)}) { id }` }),
      () =>
        this.post('unknown-field', {
          query: `{ ${this.pick(['nope', 'entity', 'search', '__schema { x }'])} }`,
        }),
      () =>
        this.post('injection-in-query-text', {
          query: `{ search(text: ${JSON.stringify(this.pick(INJECTIONS))}) { id caption } }`,
        }),
      () =>
        this.post('bad-variables', {
          query: 'query ($limit: Int, $k: [Kind!]) { search(text: "x", limit: $limit, kinds: $k) { id } }',
          variables: { limit: this.wrongValue(), k: this.wrongValue(), extra: this.wrongValue() },
        }),
      () =>
        this.post('undefined-variable', {
          query: '{ search(text: $nope) { id } }',
          variables: { nope: 'x' },
        }),
      () => ({
        kind: 'get-mutation',
        method: 'GET',
        headers: { 'apollo-require-preflight': '1' },
        search: `?query=${encodeURIComponent('mutation { retract(id: "x", reason: "y") }')}`,
      }),
      () => ({
        kind: 'get-garbage',
        method: 'GET',
        headers: { 'apollo-require-preflight': '1', accept: 'application/json' },
        // Surrogates cannot be percent-encoded as UTF-8; invalid UTF-8 (%ED%A0%80, %FF) goes in raw instead.
        search: `?query=${encodeURIComponent(
          this.hostile()
            .slice(0, 500)
            .replace(/[\uD800-\uDFFF]/g, '?'),
        )}&variables=${encodeURIComponent('{"a":')}&x=%ED%A0%80%FF`,
      }),
      () => ({ kind: 'get-no-preflight', method: 'GET', headers: {}, search: '?query=%7B__typename%7D' }),
      () => ({
        kind: 'wrong-method',
        method: this.pick(['PUT', 'DELETE', 'PATCH'] as const),
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      () =>
        this.post(
          'origin-header',
          { query: '{ __typename }' },
          {
            'x-threadline-origin': this.hostile()
              .slice(0, 200)
              .replace(/[^\x20-\x7e]/g, '?'),
          },
        ),
    ];
    return this.pick(cases)();
  }

  /** Deep nesting, alias and fragment bombs, deeply nested variables. */
  private bomb(): FuzzRequest {
    const cases: (() => FuzzRequest)[] = [
      () => {
        const depth = this.pick([20, 200, 2_000, 20_000]);
        return this.post(`deep-query-${depth}`, {
          query: `{ ${'neighborhood(ids: ["x"]) { nodes { '.repeat(depth)}id${' } }'.repeat(depth)} }`,
        });
      },
      () => {
        const depth = this.pick([50, 5_000, 50_000]);
        return this.post(`deep-braces-${depth}`, { query: `${'{ a '.repeat(depth)}${'}'.repeat(depth)}` });
      },
      () => {
        const n = this.pick([100, 1_000, 5_000]);
        const aliases = Array.from(
          { length: n },
          (_, i) => `a${i}: search(text: "silverstar", limit: 100) { id caption }`,
        );
        return this.post(`alias-bomb-${n}`, { query: `{ ${aliases.join(' ')} }` });
      },
      () => {
        const n = this.pick([1_000, 20_000]);
        return this.post(`typename-aliases-${n}`, {
          query: `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`,
        });
      },
      () =>
        this.post('fragment-cycle', {
          query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
        }),
      () => {
        const n = this.pick([10, 50]);
        const frags = Array.from(
          { length: n },
          (_, i) =>
            `fragment F${i} on Query { a${i}: search(text: "x") { id } ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : ''} }`,
        );
        return this.post(`fragment-fanout-${n}`, { query: `query { ...F0 } ${frags.join(' ')}` });
      },
      () => {
        const depth = this.pick([100, 5_000]);
        // Written as text: JSON.stringify itself overflows the stack on 5,000 levels.
        const query =
          'query ($p: JSON) { runSavedQuery(name: "laptop-farms", params: $p, maxRows: 1) { columns } }';
        const nested = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
        return {
          kind: `deep-variables-${depth}`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"query":${JSON.stringify(query)},"variables":{"p":{"x":${nested}}}}`,
        };
      },
      () => {
        const n = this.rnd() < 0.2 ? 100_000 : 1_000;
        return this.op(
          `wide-variables-${n}`,
          'query ($ids: [ID!]!) { neighborhood(ids: $ids, limit: 5) { truncated } }',
          {
            ids: Array.from({ length: n }, (_, i) => `missing-${i}`),
          },
        );
      },
      () =>
        this.op(
          'introspection-deep',
          '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }',
        ),
    ];
    return this.pick(cases)();
  }

  next(): FuzzRequest {
    const r = this.rnd();
    if (r < 0.35) return this.hostileRead();
    if (r < 0.65) return this.invalidWrite();
    if (r < 0.92) return this.malformed();
    return this.bomb();
  }
}
