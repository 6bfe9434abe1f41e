// The public-facts dataset: every fact set, and the one raw batch that loads them.
import type { RawBatch } from '../../server/graph/validate-batch.js';
import { buildPublicFactsBatch } from './build-batch.js';
import { CHINYONG_NETWORK } from './chinyong.js';
import { DESIGNATIONS_2025_07 } from './designations-2025-07.js';
import { DOMAINS } from './domains.js';
import { FRONT_COMPANIES } from './front-companies.js';
import { GEORGIA_CASE } from './georgia-case.js';
import { LAPTOP_FARMS } from './laptop-farms.js';

export const PUBLIC_FACT_SETS = [
  FRONT_COMPANIES,
  CHINYONG_NETWORK,
  DESIGNATIONS_2025_07,
  LAPTOP_FARMS,
  GEORGIA_CASE,
  DOMAINS,
];

/** Written with this origin, so every public fact says which seed wrote it. */
export const PUBLIC_FACTS_ORIGIN = 'seed:public-facts';

export function publicFactsBatch(): RawBatch {
  return buildPublicFactsBatch(PUBLIC_FACT_SETS);
}

export * from './names.js';
export { SOURCES, sourceId } from './sources.js';
