// Seeds an empty database at start-up, as THREADLINE_SEED says: small (default), public or none.
import { isEmpty, seedIfEmpty as seedDemo, seedPublicFacts } from '../../seed/seed-if-empty.js';
import { badInput } from '../errors/threadline-error.js';
import type { GraphDb } from '../runtime/graph-db.js';

const CHOICES = ['small', 'public', 'none'] as const;
type SeedChoice = (typeof CHOICES)[number];

function seedChoice(value = 'small'): SeedChoice {
  if (!(CHOICES as readonly string[]).includes(value)) {
    throw badInput(`THREADLINE_SEED must be one of ${CHOICES.join(', ')}, not "${value}"`);
  }
  return value as SeedChoice;
}

/** Never touches a database that already holds entities: a user's data is not seed material. */
export async function seedIfEmpty(db: GraphDb, log: (line: string) => void): Promise<void> {
  const choice = seedChoice(process.env.THREADLINE_SEED);
  if (choice === 'none') return log('seed: THREADLINE_SEED=none; not seeding');
  if (choice === 'public') {
    if (await isEmpty(db)) await seedPublicFacts(db, log);
    return;
  }
  await seedDemo(db, log);
}
