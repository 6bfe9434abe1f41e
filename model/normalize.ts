// Normalisers: how key and search values are folded so that one thing in the world has one key.
import type { Normalizer } from './types.js';

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Names: case, accents, punctuation and spacing do not tell two names apart. */
export function normalizeName(value: string): string {
  return fold(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Why a table: lists and integrations spell street types both ways; one form makes one Address node.
const ADDRESS_WORDS: Record<string, string> = {
  st: 'street',
  str: 'street',
  ul: 'ulitsa',
  rd: 'road',
  ave: 'avenue',
  av: 'avenue',
  blvd: 'boulevard',
  dr: 'drive',
  ln: 'lane',
  ct: 'court',
  apt: 'apartment',
  ste: 'suite',
  bldg: 'building',
  no: 'number',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  rm: 'room',
  fl: 'floor',
};

/** Addresses: names folded, abbreviations expanded, so "41 Ul. Klary" equals "41 ulitsa klary". */
export function normalizeAddress(value: string): string {
  return normalizeName(value)
    .split(' ')
    .map((word) => ADDRESS_WORDS[word] ?? word)
    .join(' ');
}

/** Wallet addresses: hex (EVM) addresses are case-insensitive; base58 and others are not. */
export function normalizeWallet(value: string): string {
  const trimmed = value.trim();
  return /^0x[0-9a-fA-F]+$/.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

export function normalizeDomain(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}

/** Phone numbers: digits only, with a leading + kept for international form. */
export function normalizePhone(value: string): string {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') || trimmed.startsWith('00') ? `+${digits.replace(/^00/, '')}` : digits;
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export const NORMALIZERS: Record<Normalizer, (value: string) => string> = {
  name: normalizeName,
  address: normalizeAddress,
  wallet: normalizeWallet,
  domain: normalizeDomain,
  phone: normalizePhone,
  email: normalizeEmail,
  exact: (value) => value.trim(),
};
