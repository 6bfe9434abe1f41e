// One worker's network: front company, personas, accounts, hires, laptops at farms, pay and wallets.
import { CellWriter } from './cell-writer.js';
import { addDays, cellRng, chance, day, int, pick, type Rng } from './rng.js';
import { FREELANCE_PLATFORMS, MAIL_DOMAINS, PAYMENT_PLATFORMS } from './vocabulary-companies.js';
import { FIRST_NAMES, INITIALS, LAST_NAMES } from './vocabulary-people.js';
import { hire } from './worker-hire.js';
import { moveMoney } from './worker-money.js';
import { type Network, STREAM, type World, walletAddress } from './world.js';

// Shares of workers per real front company (Yanbian, Volasys, Chinyong); synthetic ones share the rest.
const ANCHOR_SHARES = [0.3, 0.5, 0.65];

function pickFront(world: World, rng: Rng): number {
  const synthetic = world.frontCompanyCount - 3;
  const r = synthetic > 0 ? rng() : rng() * 0.65;
  const anchor = ANCHOR_SHARES.findIndex((limit) => r < limit);
  return anchor >= 0 ? anchor : 3 + Math.floor(rng() * synthetic);
}

export function workerCell(world: World, index: number): CellWriter {
  const rng = cellRng(world.seed, STREAM.worker, index);
  const cell = new CellWriter(rng, [world.sourceId]);
  const tag = world.tag(index);
  const start = day(rng, '2018-01-01', '2023-06-30');
  const worker = cell.entity('Worker', {
    name: world.workerName(index),
    birthDate: day(rng, '1980-01-01', '1999-12-31'),
    nationality: 'Korea, North',
    role: pick(rng, ['developer', 'developer', 'developer', 'team leader', 'designer']),
  });
  const frontIndex = pickFront(world, rng);
  const front = world.frontRef(frontIndex);
  cell.link('EMPLOYED_BY', worker, front, { from: start, role: 'IT worker' });

  // Infrastructure the worker's personas share: one phone, one payment account, one code account.
  const phone = cell.entity('PhoneNumber', { number: world.phoneNumber(index), country: 'United States' });
  const pay = cell.entity('Account', {
    platform: pick(rng, PAYMENT_PLATFORMS),
    handle: `pay.${tag}@${pick(rng, MAIL_DOMAINS)}`,
    accountType: 'payment',
  });
  const code = cell.entity('Account', { platform: 'GitHub', handle: `dev-${tag}`, accountType: 'code' });
  cell.link('USES', worker, code, { from: start });
  if (chance(rng, 0.3)) {
    const site = cell.entity('Domain', {
      name: `${pick(rng, ['tech', 'soft', 'dev', 'labs'])}-${tag}.example`,
    });
    cell.link('OPERATES', worker, site, { from: start });
  }
  const networks: Network[] = ['ethereum', 'tron', 'bitcoin'];
  const wallets = networks.slice(0, int(rng, 1, 2)).map((network) => ({
    network,
    ref: cell.entity('Wallet', { network, address: walletAddress(rng, network) }),
  }));
  for (const wallet of wallets) cell.link('CONTROLS', worker, wallet.ref, { from: start });

  // The crew's farms: most laptops go to one or two farms; a share goes to the hub farm.
  const hub = world.plan.hubFarmShare > 0;
  const farms = [int(rng, hub ? 1 : 0, world.plan.farms - 1), int(rng, hub ? 1 : 0, world.plan.farms - 1)];
  const personas = int(rng, 2, 5);
  for (let p = 0; p < personas; p++) {
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const identityType = pick(rng, ['stolen', 'stolen', 'stolen', 'borrowed', 'borrowed', 'fabricated']);
    const identity = cell.entity('Identity', {
      name: `${first} ${pick(rng, [...INITIALS])}. ${last}`,
      birthDate: day(rng, '1975-01-01', '2001-12-31'),
      identityType,
      victim: identityType === 'stolen',
      nationality: 'United States',
    });
    cell.link('USES', worker, identity, { from: addDays(start, int(rng, 0, 400)) });
    cell.link('HAS_PHONE', identity, phone);
    cell.link('HAS_ACCOUNT', identity, pay);
    if (p < 2) cell.link('HAS_ACCOUNT', identity, code);
    const mail = cell.entity('Account', {
      platform: 'Email',
      handle: `${first}.${last}.${tag}${p}@${pick(rng, MAIL_DOMAINS)}`.toLowerCase(),
      accountType: 'email',
    });
    const gig = cell.entity('Account', {
      platform: pick(rng, FREELANCE_PLATFORMS),
      handle: `${first.toLowerCase()}${last[0]?.toLowerCase()}_${tag}${p}`,
      accountType: 'freelance',
    });
    cell.link('HAS_ACCOUNT', identity, mail);
    cell.link('HAS_ACCOUNT', identity, gig);
    hire(world, cell, rng, { identity, start, farms, pay, wallet: wallets[0]?.ref, tag: `${tag}-${p}` });
  }
  moveMoney(world, cell, rng, { pay, wallets, start, tag, frontIndex });
  return cell;
}
