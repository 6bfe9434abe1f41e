// What a simulated investigator does: search, expand a neighbourhood, find paths, in a realistic mix.

/** Share of each operation in an investigator's session (sums to 1). */
export const INVESTIGATOR_MIX = { search: 0.4, expand: 0.4, paths: 0.2 } as const;
export type InvestigatorOp = keyof typeof INVESTIGATOR_MIX;

// The selections the UI makes (web/src/api/fragments.ts), so the server does the work the UI causes.
const NODE = 'id kind caption grade flags';
const EDGE = 'id type source target caption date amount currency confidence grade flags';

export const SEARCH = `query Search($text: String!) { search(text: $text, limit: 20) { id kind caption score flags } }`;

export const EXPAND = `query Expand($id: ID!) {
  neighborhood(ids: [$id], depth: 1, limit: 200) {
    nodes { ${NODE} } edges { ${EDGE} } truncated omitted { kind count } total { kind count }
  }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 6, limit: 5) { truncated paths { length nodes { ${NODE} } edges { ${EDGE} } } }
}`;

export const UPSERT = `mutation Upsert($input: UpsertInput!) {
  upsertEntities(input: $input) { entities { created updated unchanged } relationships { created } }
}`;

/** Picks an operation by the mix from a uniform number in [0, 1). */
export function pickOp(r: number): InvestigatorOp {
  if (r < INVESTIGATOR_MIX.search) return 'search';
  if (r < INVESTIGATOR_MIX.search + INVESTIGATOR_MIX.expand) return 'expand';
  return 'paths';
}
