// The fixed frame of one synthetic world: its source, its front companies, wallets, farms and employers by index.
import { entityId } from '../../model/keys.js';
import type { RawEntityRef } from '../../server/graph/validate-batch.js';
import { ANCHOR_FRONT_COMPANIES } from '../public-facts/names.js';
import { refTo } from './cell-writer.js';
import {
  employerName,
  facilitatorName,
  NETWORKS,
  type Network,
  type PostalAddress,
  phoneNumber,
  usAddress,
  walletAddress,
  workerName,
} from './naming.js';
import { cellRng } from './rng.js';
import { SCALES, type ScaleName, type ScalePlan } from './scales.js';
import { COMPANY_WORDS_A, FRONT_WORDS } from './vocabulary-companies.js';
import { FRONT_CITIES } from './vocabulary-places.js';

export { NETWORKS, type Network, walletAddress } from './naming.js';

/** Streams of the seeded generator, one per kind of cell, so cells never share random draws. */
export const STREAM = {
  worker: 1,
  noise: 2,
  frontWallet: 3,
  farm: 4,
  employer: 5,
  exchange: 6,
  front: 7,
} as const;

export class World {
  readonly plan: ScalePlan;
  /** Seed-specific tag in serials, handles and references, so two seeds never merge their devices. */
  readonly salt: string;
  readonly source: { title: string; publisher: string; sourceType: 'synthetic'; reliability: 'F' };
  readonly sourceId: string;
  // References to the shared frame, hashed once per world: thousands of links name the same farm or employer.
  private readonly refs = new Map<string, RawEntityRef>();

  constructor(
    readonly scale: ScaleName,
    readonly seed: number,
  ) {
    this.plan = SCALES[scale];
    this.salt = (seed >>> 0).toString(36);
    this.source = {
      title: `Threadline synthetic world (scale ${scale}, seed ${seed})`,
      publisher: 'Threadline synthetic generator',
      sourceType: 'synthetic',
      reliability: 'F',
    };
    this.sourceId = entityId('Source', this.source);
  }

  get frontCompanyCount(): number {
    return ANCHOR_FRONT_COMPANIES.length + this.plan.extraFrontCompanies;
  }

  /** The real anchors first, then synthetic ones in the cities the public cases name (unique below 160). */
  frontCompany(index: number): { name: string; city?: string; country?: string } {
    const anchor = ANCHOR_FRONT_COMPANIES[index];
    if (anchor) return { name: anchor };
    const n = index - ANCHOR_FRONT_COMPANIES.length;
    const [city, country] = FRONT_CITIES[n % FRONT_CITIES.length] as readonly [string, string];
    const word = COMPANY_WORDS_A[n % COMPANY_WORDS_A.length];
    const trade = FRONT_WORDS[Math.floor(n / COMPANY_WORDS_A.length) % FRONT_WORDS.length];
    return { name: `${city} ${word} ${trade} Co., Ltd.`, city, country };
  }

  frontWallet(front: number, network: Network): string {
    const rng = cellRng(this.seed, STREAM.frontWallet, front * 3 + NETWORKS.indexOf(network));
    return walletAddress(rng, network);
  }

  exchangeWallet(index: number): { network: Network; address: string } {
    const network = NETWORKS[index % NETWORKS.length] as Network;
    return { network, address: walletAddress(cellRng(this.seed, STREAM.exchange, index), network) };
  }

  farmAddress(index: number): PostalAddress {
    return usAddress(cellRng(this.seed, STREAM.farm, index));
  }

  farmFacilitatorName(index: number): string {
    return facilitatorName(index);
  }

  employerName(index: number): string {
    return employerName(index);
  }

  employerAddress(index: number): PostalAddress {
    return usAddress(cellRng(this.seed, STREAM.employer, index), `Suite ${100 + (index % 900)}`);
  }

  workerName(index: number): string {
    return workerName(index, this.seed);
  }

  phoneNumber(index: number): string {
    return phoneNumber(index);
  }

  /** A per-cell tag for serials, handles and references: `<seed>-<index>`, unique across seeds. */
  tag(index: number): string {
    return `${this.salt}-${index.toString(36)}`;
  }

  private cached(cacheKey: string, make: () => RawEntityRef): RawEntityRef {
    let ref = this.refs.get(cacheKey);
    if (!ref) {
      ref = make();
      this.refs.set(cacheKey, ref);
    }
    return ref;
  }

  frontRef(index: number): RawEntityRef {
    return this.cached(`f${index}`, () => refTo('FrontCompany', { name: this.frontCompany(index).name }));
  }

  frontWalletRef(index: number, network: Network): RawEntityRef {
    return this.cached(`w${index}${network}`, () =>
      refTo('Wallet', { network, address: this.frontWallet(index, network) }),
    );
  }

  exchangeRef(index: number): RawEntityRef {
    return this.cached(`x${index}`, () => refTo('Wallet', this.exchangeWallet(index)));
  }

  farmRef(index: number): RawEntityRef {
    return this.cached(`a${index}`, () => refTo('Address', { full: this.farmAddress(index).full }));
  }

  hostRef(index: number): RawEntityRef {
    return this.cached(`h${index}`, () => refTo('Facilitator', { name: facilitatorName(index) }));
  }

  employerRef(index: number): RawEntityRef {
    return this.cached(`e${index}`, () => refTo('Employer', { name: employerName(index) }));
  }
}
