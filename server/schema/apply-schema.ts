// Applies cypher/schema/*.cypher at start-up; every statement is IF NOT EXISTS, so re-running is harmless.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../../cypher/schema');

/** Splits a schema file into statements: `;` ends a statement, `//` starts a comment line. */
export function parseSchemaFile(text: string): string[] {
  const body = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return body
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

// Two processes applying the schema at once (tests in parallel, two app instances) can both pass
// IF NOT EXISTS and have the second CREATE refused as an equivalent rule: that outcome is the goal.
const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

async function runIdempotent(driver: Driver, database: string, statement: string) {
  try {
    await driver.executeQuery(statement, {}, { database });
  } catch (error) {
    if (!ALREADY_THERE.has((error as { code?: string }).code ?? '')) throw error;
  }
}

export async function applySchema(driver: Driver, database: string, log: (line: string) => void = () => {}) {
  const files = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith('.cypher')).sort();
  let count = 0;
  for (const file of files) {
    for (const statement of parseSchemaFile(await readFile(path.join(SCHEMA_DIR, file), 'utf8'))) {
      await runIdempotent(driver, database, statement);
      count += 1;
    }
  }
  // New indexes populate in the background; queries must not run before they are online.
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  log(`schema: ${count} statements from ${files.length} files applied`);
  return count;
}
