// Personal data of victims: which properties are masked, and who may see them unmasked.
import { MODEL } from '../../model/index.js';
import type { Principal } from '../graphql/context.js';

/** What a masked value reads as. */
export const MASK = '[masked]';

/**
 * Ordinary reads never unmask, whatever the caller's roles: revealing a victim's personal data is the separate
 * unmaskEntity operation (permission victims.unmask, a stated purpose, an audit record; docs/security.md).
 */
export const canUnmask = (_principal: Principal): boolean => false;

/** Properties marked `personal` in the model, by kind. */
const PERSONAL = new Map(
  MODEL.kinds.map((k) => [
    k.name,
    Object.entries(k.properties)
      .filter(([, spec]) => spec.personal)
      .map(([name]) => name),
  ]),
);

export const personalProperties = (kind: string): readonly string[] => PERSONAL.get(kind) ?? [];

/** A victim's caption without their name: kind and a short id, stable so the canvas can tell them apart. */
export const maskedCaption = (kind: string, id: string): string => `${kind} ${id.slice(-6)} (victim)`;

/** Replaces a victim's personal properties with MASK; `masked` names the ones replaced. */
export function maskProperties(
  kind: string,
  properties: Record<string, unknown>,
  unmask: boolean,
): { properties: Record<string, unknown>; masked: string[] } {
  if (unmask || properties.victim !== true) return { properties, masked: [] };
  const out = { ...properties };
  const masked: string[] = [];
  for (const name of personalProperties(kind)) {
    if (out[name] === undefined || out[name] === null) continue;
    out[name] = Array.isArray(out[name]) ? (out[name] as unknown[]).map(() => MASK) : MASK;
    masked.push(name);
  }
  return { properties: out, masked };
}
