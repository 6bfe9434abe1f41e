// Password hashing with argon2id (@node-rs/argon2: prebuilt binaries, no compiler). Defaults are OWASP's
// minimum (19 MiB, 2 passes, 1 lane); the parameters live in each hash, so raising them later is safe.
import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../errors/threadline-error.js';

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

export function checkPasswordRules(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw badInput(`A password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`, [
      { path: 'password', message: `has ${password.length} characters` },
    ]);
  }
}

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

let dummy: Promise<string> | undefined;

/** Spends the time a real verification takes, so an unknown username answers as slowly as a wrong password. */
export async function verifyNothing(password: string): Promise<false> {
  dummy ??= hash('threadline-no-such-user');
  await verifyPassword(await dummy, password);
  return false;
}
