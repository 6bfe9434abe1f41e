// Public surface of the model, safe for the browser (no node: imports). Ids: see keys.ts (server only).
export { KINDS, type KindName } from './kinds.js';
export { type LoadedKind, type LoadedRelationship, MODEL, Model } from './model.js';
export { NORMALIZERS, normalizeAddress, normalizeName, normalizeWallet } from './normalize.js';
export { GRADES, type Grade, PROVENANCE_PROPERTIES, RELIABILITY, SYSTEM_PROPERTIES } from './provenance.js';
export { RELATIONSHIPS, type RelationshipTypeName } from './relationships.js';
export { buildSearchText, searchTokens } from './search-terms.js';
export type { KindSpec, Normalizer, PropertySpec, PropertyType, RelationshipSpec } from './types.js';
export { InvalidModelError } from './validate-model.js';
