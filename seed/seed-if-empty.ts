// Start-up seeding: an empty database gets the public facts and the small synthetic world; others are left alone.
import type { GraphDb } from '../server/runtime/graph-db.js';
import { seedProgressBar } from './progress-bar.js';
import { type SeedLog, seedPublicFacts } from './seed-public-facts.js';
import { seedSynthetic } from './seed-synthetic.js';

export { type SeedLog, seedPublicFacts } from './seed-public-facts.js';
export { type SeedProgress, type SyntheticOptions, seedSynthetic } from './seed-synthetic.js';

/** True when the database holds no entity at all (a fresh install). */
export async function isEmpty(db: GraphDb): Promise<boolean> {
  const result = await db.read('MATCH (n:Entity) RETURN n.id AS id LIMIT 1');
  return result.records.length === 0;
}

/**
 * Used by `npm start`: seeds only a database with no `:Entity`, so a user's data is never touched.
 * Returns whether it seeded. The bar shows only on a terminal; logs carry the summary lines either way.
 */
export async function seedIfEmpty(db: GraphDb, log: SeedLog = () => {}): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  log('seed: the database is empty; loading the public facts and the small synthetic world');
  await seedPublicFacts(db, log);
  const bar = process.stderr.isTTY ? seedProgressBar('seed') : undefined;
  // Lines written while the bar is drawn would tear it: they wait until it stops.
  const held: string[] = [];
  try {
    await seedSynthetic(db, {
      scale: 'small',
      seed: 1,
      log: bar ? (line) => held.push(line) : log,
      ...(bar && { progress: (p) => bar.update(p) }),
    });
  } finally {
    bar?.stop();
    for (const line of held) log(line);
  }
  return true;
}
