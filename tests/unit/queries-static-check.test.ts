// The static refusal: writes, files, batching and unlisted procedures, seen through comments and strings.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../server/queries/cypher-tokens.js';
import { assertReadOnly, usedParameters } from '../../server/queries/static-check.js';

const refused = (cypher: string) => {
  try {
    assertReadOnly(cypher);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'allowed';
};

describe('assertReadOnly', () => {
  it.each([
    'CREATE (n:Worker {name: "x"})',
    'create (n)',
    'MATCH (n) MERGE (m:Worker {name: n.name})',
    'MATCH (n) DELETE n',
    'MATCH (n) DETACH DELETE n',
    'MATCH (n) SET n.name = 1',
    'MATCH (n) REMOVE n:Worker',
    'FOREACH (x IN [1] | CREATE ())',
    'DROP CONSTRAINT entity_id',
    'CALL apoc.create.node(["X"], {})',
    'CALL apoc.periodic.iterate("a", "b", {})',
    'CALL apoc.cypher.run("CREATE ()", {})',
    'CALL `apoc`.`create`.`node`(["X"], {})',
    'CALL apoc . create . node(["X"], {})',
    'CALL dbms.listConfig()',
    'CALL db.createLabel("X")',
    'RETURN apoc.create.vNode(["X"], {})',
    'RETURN apoc.util.sleep(100000)',
    'LOAD CSV FROM "https://example.org/a.csv" AS row RETURN row',
    'RETURN "FILE:///etc/passwd" AS url',
    'CALL { MATCH (n) RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n',
    'CALL { RETURN 1 AS x } IN 4 CONCURRENT TRANSACTIONS RETURN x',
    'MATCH (n) /* hidden */CREATE (m)',
    "MATCH (n) WHERE n.name = '/*' CREATE (m) //*/",
    "MATCH (n) WHERE n.name = '.' SET n.x = 1",
  ])('refuses %s', (cypher) => {
    expect(refused(cypher)).toBe('QUERY_REFUSED');
  });

  it.each([
    "MATCH (n) WHERE n.name = 'CREATE SET DELETE MERGE' RETURN n",
    'MATCH (n) // CREATE (m) in a comment\nRETURN n',
    'MATCH (n) /* SET n.x = 1 */ RETURN n',
    'MATCH (n) RETURN n.set AS set1, n.create, {merge: 1} AS m',
    'MATCH (n:`CREATE`) RETURN n',
    'MATCH (a)-[r]->(b) RETURN count(*)',
    'CALL db.labels() YIELD label RETURN label',
    'CALL db.index.fulltext.queryNodes("entity_search", $q) YIELD node RETURN node',
    'CALL gds.pageRank.stream("g") YIELD nodeId RETURN nodeId',
    'CALL { MATCH (n) RETURN n } RETURN n',
    'MATCH (n) CALL (n) { RETURN 1 AS one } RETURN one',
    'RETURN date.truncate("month", date()) AS d, apoc.text.join(["a"], ",") AS j, point.distance(null, null)',
    "RETURN 'a file is fine' AS x, 'https://example.org' AS y",
    'MATCH (n) WHERE n.firstSeen >= $since RETURN n ORDER BY n.firstSeen DESC SKIP 1 LIMIT 10',
  ])('allows %s', (cypher) => {
    expect(refused(cypher)).toBe('allowed');
  });

  it('names every refused construct with its position', () => {
    try {
      assertReadOnly('MATCH (n)\nSET n.x = 1\nWITH n CALL apoc.create.node([], {}) YIELD node RETURN node');
      expect.unreachable();
    } catch (error) {
      const details = (error as { details: { path: string; message: string }[] }).details;
      expect(details.map((d) => d.path)).toEqual(['line 2, column 1', 'line 3, column 8']);
    }
  });

  it('reports an unterminated string as bad input, not a refusal', () => {
    expect(refused("RETURN 'open")).toBe('BAD_USER_INPUT');
    expect(refused('RETURN 1 /* open')).toBe('BAD_USER_INPUT');
  });
});

describe('tokenize', () => {
  it('keeps strings, quoted names and parameters apart from words', () => {
    const tokens = tokenize("MATCH (`my var`) WHERE x = 'it\\'s' AND y = $p RETURN 1..2");
    expect(tokens.filter((t) => t.type !== 'punct').map((t) => [t.type, t.text])).toEqual([
      ['word', 'MATCH'],
      ['quoted', 'my var'],
      ['word', 'WHERE'],
      ['word', 'x'],
      ['string', "it\\'s"],
      ['word', 'AND'],
      ['word', 'y'],
      ['param', 'p'],
      ['word', 'RETURN'],
      ['number', '1'],
      ['number', '2'],
    ]);
  });

  it('lists the parameters a query uses, once each', () => {
    expect(
      usedParameters("MATCH (n {id: $id}) WHERE n.x = $limit OR '$notParam' = $id RETURN n LIMIT $limit"),
    ).toEqual(['id', 'limit']);
  });
});
