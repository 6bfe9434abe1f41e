// Innocent noise: an honest employee with a home, a laptop and a payroll account, and unrelated crypto use.
import { CellWriter } from './cell-writer.js';
import { usAddress } from './naming.js';
import { addDays, cellRng, chance, day, hex, int, pick, type Rng } from './rng.js';
import { LAPTOP_MODELS, SERIAL_PREFIXES } from './vocabulary-companies.js';
import { FIRST_NAMES, INITIALS, LAST_NAMES } from './vocabulary-people.js';
import { STREAM, type World, walletAddress } from './world.js';

const BANKS = ['First Example Bank', 'Example Federal Credit Union', 'Example National Bank'];

function pickEmployer(world: World, rng: Rng): number {
  return chance(rng, world.plan.bigEmployerShare) ? 0 : int(rng, 0, world.plan.employers - 1);
}

export function noiseCell(world: World, index: number): CellWriter {
  const rng = cellRng(world.seed, STREAM.noise, index);
  const cell = new CellWriter(rng, [world.sourceId]);
  const tag = world.tag(index);
  // A Person with a unique qualifier: two honest people who share a name stay two people.
  const person = cell.entity('Person', {
    name: `${pick(rng, FIRST_NAMES)} ${pick(rng, [...INITIALS])}. ${pick(rng, LAST_NAMES)}`,
    qualifier: `synthetic-${tag}`,
    nationality: 'United States',
  });
  const home = cell.entity('Address', { ...usAddress(rng) });
  cell.link('RESIDES_AT', person, home);

  const employer = world.employerRef(pickEmployer(world, rng));
  const hired = day(rng, '2019-01-01', '2025-03-31');
  const laptop = cell.entity('Laptop', {
    serial: `${pick(rng, SERIAL_PREFIXES)}-N${tag}`.toUpperCase(),
    model: pick(rng, LAPTOP_MODELS),
  });
  cell.link('ISSUED', employer, laptop, { on: hired });
  cell.link('SHIPPED_TO', laptop, home, { on: addDays(hired, -int(rng, 1, 7)) });

  const payroll = cell.entity('Account', {
    platform: pick(rng, BANKS),
    handle: `chk-${tag}`,
    accountType: 'bank',
  });
  cell.link('CONTROLS', person, payroll);
  const salary = int(rng, 45, 160) * 1000;
  for (let m = int(rng, 2, 4); m > 0; m--) {
    const on = addDays(hired, 30 * m);
    cell.link('PAID', employer, payroll, {
      amount: Math.round(salary / 12),
      currency: 'USD',
      on,
      reference: `PR-${tag}-${m}`.toUpperCase(),
    });
  }

  // Some honest people trade crypto through the same exchanges the workers use.
  if (chance(rng, 0.4)) {
    const exchangeIndex = int(rng, 0, world.plan.exchanges - 1);
    const exchange = world.exchangeWallet(exchangeIndex);
    const wallet = cell.entity('Wallet', {
      network: exchange.network,
      address: walletAddress(rng, exchange.network),
    });
    cell.link('CONTROLS', person, wallet);
    const exchangeRef = world.exchangeRef(exchangeIndex);
    for (let i = int(rng, 1, 4); i > 0; i--) {
      const amountUsd = Math.round(50 + rng() * 5_000);
      const asset = exchange.network === 'bitcoin' ? 'XBT' : 'USDT';
      const amount = asset === 'XBT' ? Math.round((amountUsd / 60_000) * 1e6) / 1e6 : amountUsd;
      const inbound = chance(rng, 0.5);
      cell.link('TRANSFERRED_TO', inbound ? exchangeRef : wallet, inbound ? wallet : exchangeRef, {
        amount,
        asset,
        txHash: exchange.network === 'ethereum' ? `0x${hex(rng, 64)}` : hex(rng, 64),
        at: `${day(rng, hired, '2025-09-30')}T12:00:00.000Z`,
        amountUsd,
      });
    }
  }
  return cell;
}
