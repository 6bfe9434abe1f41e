// Random secrets and their hashes. Session tokens and API key secrets are 256 random bits, so one SHA-256 is
// enough to store them safely (no dictionary to attack); passwords, which people choose, use argon2id instead.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes as base64url (43 characters). */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

/** 8 random bytes as hex: a public identifier (of an API key, a user). */
export const randomId = (): string => randomBytes(8).toString('hex');

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
