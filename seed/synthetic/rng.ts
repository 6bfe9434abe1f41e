// Seeded randomness: mulberry32 (a tiny, well-known 32-bit PRNG) and the draws the generator needs.

export type Rng = () => number;

/** mulberry32: a uniform float in [0, 1) per call, fully determined by the seed. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent stream per (seed, stream, index): each cell of the world draws from its own generator, so
 * a cell is the same whatever was generated before it, and counts need no database.
 */
export function cellRng(seed: number, stream: number, index: number): Rng {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) ^ index;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return mulberry32(h ^ (h >>> 15));
}

/** An integer in [min, max], both included. */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

export const chance = (rng: Rng, p: number): boolean => rng() < p;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

const HEX = '0123456789abcdef';
export function hex(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += HEX[Math.floor(rng() * 16)];
  return out;
}

// Base58 without 0, O, I and l, as bitcoin addresses use.
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
export function base58(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += BASE58[Math.floor(rng() * 58)];
  return out;
}

/** A day between two ISO dates, as YYYY-MM-DD. */
export function day(rng: Rng, fromIso: string, toIso: string): string {
  const from = Date.parse(fromIso);
  const span = Date.parse(toIso) - from;
  return new Date(from + Math.floor(rng() * (span / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

/** The day `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}
