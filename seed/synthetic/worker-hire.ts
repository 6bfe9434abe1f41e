// One persona's jobs: each hire brings an issued laptop shipped to a farm, hosted there, and monthly pay.
import type { RawEntityRef } from '../../server/graph/validate-batch.js';
import type { CellWriter } from './cell-writer.js';
import { addDays, chance, day, int, pick, type Rng } from './rng.js';
import { LAPTOP_MODELS, POSITIONS, SERIAL_PREFIXES } from './vocabulary-companies.js';
import type { World } from './world.js';

const LAST_DAY = '2025-09-30';

function pickEmployer(world: World, rng: Rng): number {
  if (chance(rng, world.plan.bigEmployerShare)) return 0;
  const first = world.plan.bigEmployerShare > 0 ? 1 : 0;
  return int(rng, first, world.plan.employers - 1);
}

export interface HireContext {
  identity: RawEntityRef;
  start: string;
  farms: number[];
  pay: RawEntityRef;
  wallet: RawEntityRef | undefined;
  tag: string;
}

/** One to three jobs for a persona. */
export function hire(world: World, cell: CellWriter, rng: Rng, ctx: HireContext): void {
  const employers = new Set<number>();
  const farmsUsed = new Set<number>();
  const jobs = int(rng, 1, 3);
  for (let j = 0; j < jobs; j++) {
    const employerIndex = pickEmployer(world, rng);
    if (employers.has(employerIndex)) continue;
    employers.add(employerIndex);
    const employer = world.employerRef(employerIndex);
    const from = day(rng, addDays(ctx.start, 30), '2025-06-30');
    const end = addDays(from, int(rng, 2, 18) * 30);
    const to = end < LAST_DAY ? end : undefined;
    const salary = int(rng, 60, 180) * 1000;
    cell.link('HIRED_BY', ctx.identity, employer, {
      from,
      to,
      salary,
      currency: 'USD',
      position: pick(rng, POSITIONS),
    });

    const laptop = cell.entity('Laptop', {
      serial: `${pick(rng, SERIAL_PREFIXES)}-${ctx.tag}-${j}`.toUpperCase(),
      assetTag: `AT-${int(rng, 10_000, 99_999)}`,
      model: pick(rng, LAPTOP_MODELS),
    });
    const farmIndex = chance(rng, world.plan.hubFarmShare)
      ? 0
      : (ctx.farms[chance(rng, 0.75) ? 0 : 1] as number);
    const farm = world.farmRef(farmIndex);
    const host = world.hostRef(farmIndex);
    cell.link('ISSUED', employer, laptop, { on: from });
    cell.link('ASSIGNED_TO', laptop, ctx.identity, { on: from });
    cell.link('SHIPPED_TO', laptop, farm, { on: addDays(from, -int(rng, 1, 10)) });
    cell.link('HOSTS', host, laptop, { from, to });
    if (!farmsUsed.has(farmIndex)) cell.link('RESIDES_AT', ctx.identity, farm, { from });
    farmsUsed.add(farmIndex);

    // Monthly pay while the job lasts, up to a year of it.
    for (let m = 1; m <= 12; m++) {
      const on = addDays(from, 30 * m);
      if (to && on > to) break;
      const target = ctx.wallet && chance(rng, 0.2) ? ctx.wallet : ctx.pay;
      const amount = Math.round((salary / 12) * (0.9 + rng() * 0.1) * 100) / 100;
      cell.link('PAID', employer, target, {
        amount,
        currency: 'USD',
        on,
        reference: `PAY-${ctx.tag}-${j}-${m}`.toUpperCase(),
      });
    }
  }
}
