// Provenance, confidence and privacy properties that every entity and every relationship carries.
import type { PropertySpec } from './types.js';

/** Fact grades, strongest first. See docs/model.md for why three grades and not the Admiralty code. */
export const GRADES = ['confirmed', 'probable', 'unverified'] as const;
export type Grade = (typeof GRADES)[number];

/** Source reliability on the Admiralty scale (A = completely reliable … F = cannot be judged). */
export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export const PROVENANCE_PROPERTIES: Readonly<Record<string, PropertySpec>> = {
  sourceIds: { type: 'string', list: true, description: 'Ids of the Source entities backing this fact' },
  grade: { type: 'string', values: GRADES, description: 'How well the fact is established' },
  firstSeen: { type: 'datetime', description: 'When the fact was first observed' },
  lastSeen: { type: 'datetime', description: 'When the fact was last observed' },
  origins: { type: 'string', list: true, description: 'Which integration, import or seed wrote it' },
  synthetic: { type: 'boolean', description: 'Generated data, not a real-world fact' },
  retracted: { type: 'boolean', description: 'Withdrawn by an editor; hidden from default views' },
  retractedReason: { type: 'string' },
};

/** Provenance properties the writer maintains itself; inputs may not set them. */
export const SYSTEM_PROPERTIES = [
  'id',
  'kind',
  'createdAt',
  'updatedAt',
  'searchText',
  'mergedInto',
] as const;
