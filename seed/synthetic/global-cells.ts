// The shared frame written before any worker: source, front-company wallets, exchanges, farms, employers.
import { CellWriter } from './cell-writer.js';
import { cellRng, pick } from './rng.js';
import { INDUSTRIES } from './vocabulary-companies.js';
import { NETWORKS, STREAM, type World } from './world.js';

const ASSETS = { bitcoin: ['XBT'], ethereum: ['ETH', 'USDT', 'USDC'], tron: ['USDT', 'TRX'] } as const;

export function sourceCell(world: World): CellWriter {
  const cell = new CellWriter(() => 0, []);
  // The Source is the provenance itself: it cites nothing, and it is flagged synthetic like what it backs.
  cell.entities.push({
    kind: 'Source',
    properties: { ...world.source, synthetic: true, grade: 'unverified' },
  });
  return cell;
}

/** A front company's collection wallets, one per network; the three real companies get synthetic ones too. */
export function frontCell(world: World, index: number): CellWriter {
  const cell = new CellWriter(cellRng(world.seed, STREAM.front, index), [world.sourceId]);
  const front = world.frontCompany(index);
  const company = front.city
    ? cell.entity('FrontCompany', { name: front.name, country: front.country })
    : world.frontRef(index);
  if (front.city) {
    const place = cell.entity('Address', {
      full: `${front.city}, ${front.country}`,
      city: front.city,
      country: front.country,
    });
    cell.link('LOCATED_AT', company, place);
  }
  for (const network of NETWORKS) {
    const wallet = cell.entity('Wallet', {
      network,
      address: world.frontWallet(index, network),
      assets: [...ASSETS[network]],
    });
    cell.link('CONTROLS', company, wallet, { from: '2018-01-01' });
  }
  return cell;
}

/** Exchange hot wallets: innocent hubs through which both laundered and honest money passes. */
export function exchangeCell(world: World, index: number): CellWriter {
  const cell = new CellWriter(cellRng(world.seed, STREAM.exchange, 1_000_000 + index), [world.sourceId]);
  const { network, address } = world.exchangeWallet(index);
  const exchange = cell.entity('Organization', {
    name: `Exchange ${index + 1} (synthetic)`,
    qualifier: `synthetic-${world.salt}`,
  });
  const wallet = cell.entity('Wallet', { network, address, assets: [...ASSETS[network]] });
  cell.link('CONTROLS', exchange, wallet);
  return cell;
}

export function farmCell(world: World, index: number): CellWriter {
  const cell = new CellWriter(cellRng(world.seed, STREAM.farm, 1_000_000 + index), [world.sourceId]);
  const address = cell.entity('Address', { ...world.farmAddress(index) });
  const host = cell.entity('Facilitator', {
    name: world.farmFacilitatorName(index),
    country: 'United States',
    role: 'laptop farm host',
  });
  const phone = cell.entity('PhoneNumber', {
    number: world.phoneNumber(60_000 + index),
    country: 'United States',
  });
  cell.link('RESIDES_AT', host, address, { from: '2019-01-01' });
  cell.link('HAS_PHONE', host, phone);
  return cell;
}

export function employerCell(world: World, index: number): CellWriter {
  const rng = cellRng(world.seed, STREAM.employer, 1_000_000 + index);
  const cell = new CellWriter(rng, [world.sourceId]);
  const big = index === 0 && world.plan.bigEmployerShare > 0;
  const employer = cell.entity('Employer', {
    name: world.employerName(index),
    country: 'United States',
    industry: big ? 'staffing' : pick(rng, INDUSTRIES),
  });
  const office = cell.entity('Address', { ...world.employerAddress(index) });
  cell.link('LOCATED_AT', employer, office);
  return cell;
}
