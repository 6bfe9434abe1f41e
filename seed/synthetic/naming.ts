// Names, numbers and addresses derived by index or from a seeded stream: unique where a key needs it.
import { normalizeName } from '../../model/index.js';
import { PUBLIC_FACT_SETS } from '../public-facts/index.js';
import { base58, hex, int, pick, type Rng } from './rng.js';
import { COMPANY_SUFFIXES, COMPANY_WORDS_A, COMPANY_WORDS_B } from './vocabulary-companies.js';
import { FIRST_NAMES, INITIALS, KOREAN_SURNAMES, KOREAN_SYLLABLES, LAST_NAMES } from './vocabulary-people.js';
import { STREET_NAMES, STREET_TYPES, US_CITIES } from './vocabulary-places.js';

export const NETWORKS = ['bitcoin', 'ethereum', 'tron'] as const;
export type Network = (typeof NETWORKS)[number];

export interface PostalAddress {
  full: string;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

// Real people of the public facts: a synthetic worker never takes one of their names (it would merge into them).
const RESERVED_NAMES = new Set(
  PUBLIC_FACT_SETS.flatMap((set) => set.entities)
    .filter((e) => typeof e.properties.name === 'string')
    .map((e) => normalizeName(String(e.properties.name))),
);

const WORKER_NAME_SPACE = KOREAN_SURNAMES.length * KOREAN_SYLLABLES.length ** 2;

export function walletAddress(rng: Rng, network: Network): string {
  if (network === 'ethereum') return `0x${hex(rng, 40)}`;
  if (network === 'tron') return `T${base58(rng, 33)}`;
  return `bc1q${hex(rng, 38)}`;
}

/** A US street address from a seeded stream; street names are invented (vocabulary-places.ts). */
export function usAddress(rng: Rng, unit?: string): PostalAddress {
  const [city, state, zip] = pick(rng, US_CITIES);
  const street = `${int(rng, 10, 9899)} ${pick(rng, STREET_NAMES)} ${pick(rng, STREET_TYPES)}${unit ? `, ${unit}` : ''}`;
  const postalCode = `${zip}${String(int(rng, 1, 99)).padStart(2, '0')}`;
  return {
    full: `${street}, ${city}, ${state} ${postalCode}, United States`,
    street,
    city,
    region: state,
    postalCode,
    country: 'United States',
  };
}

/** Unique by construction for the first 45,000 indexes: first name, initial and surname cycle apart. */
export function facilitatorName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length];
  const last = LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length];
  const initial = INITIALS[Math.floor(index / 2_500) % INITIALS.length];
  return `${first} ${initial}. ${last}${index >= 45_000 ? ` ${Math.floor(index / 45_000) + 1}` : ''}`;
}

/** Unique for the first 237,600 indexes (words, suffix, then a city prefix). */
export function employerName(index: number): string {
  const a = index % COMPANY_WORDS_A.length;
  const k = Math.floor(index / COMPANY_WORDS_A.length);
  const b = (a * 7 + k * 11) % COMPANY_WORDS_B.length;
  const block = COMPANY_WORDS_A.length * COMPANY_WORDS_B.length;
  const suffix = COMPANY_SUFFIXES[Math.floor(index / block) % COMPANY_SUFFIXES.length];
  const round = Math.floor(index / (block * COMPANY_SUFFIXES.length));
  const prefix = round === 0 ? '' : `${US_CITIES[(round - 1) % US_CITIES.length]?.[0]} `;
  return `${prefix}${COMPANY_WORDS_A[a]} ${COMPANY_WORDS_B[b]} ${suffix}`;
}

/** A Korean-style name, unique per index (a seeded permutation), never a real defendant's name. */
export function workerName(index: number, seed: number): string {
  const p = (index * 9_973 + seed * 131) % WORKER_NAME_SPACE;
  const surnames = KOREAN_SURNAMES.length;
  const syllables = KOREAN_SYLLABLES.length;
  const s1 = KOREAN_SYLLABLES[Math.floor(p / surnames) % syllables];
  const s2 = KOREAN_SYLLABLES[Math.floor(p / (surnames * syllables)) % syllables];
  const name = `${KOREAN_SURNAMES[p % surnames]} ${s1} ${s2}`;
  const round = Math.floor(index / WORKER_NAME_SPACE);
  if (round > 0 || RESERVED_NAMES.has(normalizeName(name))) return `${name} (${round + 2})`;
  return name;
}

/** US numbers in the 555-01xx range kept for fiction, unique for the first 79,900 indexes. */
export function phoneNumber(index: number): string {
  const area = 201 + (Math.floor(index / 100) % 799);
  return `+1 ${area} 555 01${String(index % 100).padStart(2, '0')}`;
}
