// A broken query file is reported by name and skipped; the good ones still load.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueryLibrary } from '../../server/queries/load-library.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { openTestGraphDb } from '../support/graph-db.js';

const header = (name: string, extra = '') => `// name: ${name}\n// title: T\n// description: D\n${extra}`;

const FILES: Record<string, string> = {
  'good.cypher': `${header('good', '// parameters:\n//   - {name: n, type: int, default: 2, description: How many}\n')}UNWIND range(1, $n) AS x RETURN x`,
  'no-header.cypher': 'MATCH (n) RETURN n LIMIT 1',
  'bad-yaml.cypher': '// name: [unclosed\n// title: T\nRETURN 1',
  'bad-schema.cypher': '// name: bad-schema\n// title: T\n// shows: pictures\nRETURN 1',
  'wrong-name.cypher': `${header('another-name')}RETURN 1`,
  'syntax.cypher': `${header('syntax')}MATCH (n RETURN n`,
  'writes.cypher': `${header('writes')}MATCH (n:Worker) SET n.x = 1`,
  'undeclared.cypher': `${header('undeclared')}MATCH (n:Worker) WHERE n.name = $who RETURN n`,
  'unbounded.cypher': `${header('unbounded')}MATCH p = (a:Worker)-[*]-(b:Worker) RETURN p LIMIT 1`,
  'procedure.cypher': `${header('procedure')}CALL dbms.listConfig() YIELD name RETURN name`,
  'notes.txt': 'not a query file',
};

let db: GraphDb;
let dir: string;

beforeAll(async () => {
  db = await openTestGraphDb();
  dir = await mkdtemp(path.join(tmpdir(), 'threadline-queries-'));
  for (const [file, text] of Object.entries(FILES)) await writeFile(path.join(dir, file), text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await db?.close();
});

describe('loadQueryLibrary', () => {
  it('loads the good file, and reports and skips each broken one by name', async () => {
    const logged: string[] = [];
    const library = await loadQueryLibrary(db, dir, (line) => logged.push(line));
    expect([...library.queries.keys()]).toEqual(['good']);
    const byFile = Object.fromEntries(library.problems.map((p) => [p.file, p.code]));
    expect(byFile).toEqual({
      'bad-schema.cypher': 'BAD_USER_INPUT',
      'bad-yaml.cypher': 'BAD_USER_INPUT',
      'no-header.cypher': 'BAD_USER_INPUT',
      'procedure.cypher': 'QUERY_REFUSED',
      'syntax.cypher': 'BAD_USER_INPUT',
      'unbounded.cypher': 'QUERY_REFUSED',
      'undeclared.cypher': 'BAD_USER_INPUT',
      'writes.cypher': 'QUERY_REFUSED',
      'wrong-name.cypher': 'BAD_USER_INPUT',
    });
    expect(logged).toHaveLength(9);
    expect(logged.find((l) => l.includes('bad-schema.cypher'))).toContain('shows');
    // A skipped file still reserves its name against stored queries.
    expect(library.fileNames.has('writes')).toBe(true);
  });
});
