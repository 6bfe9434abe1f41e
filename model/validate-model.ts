// The model checks itself as it loads: a broken model stops start-up with a clear InvalidModelError.
import { NORMALIZERS } from './normalize.js';
import { PROVENANCE_PROPERTIES, SYSTEM_PROPERTIES } from './provenance.js';
import type { KindSpec, RelationshipSpec } from './types.js';

export class InvalidModelError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid model:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidModelError';
  }
}

const IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;
const REL_IDENTIFIER = /^[A-Z][A-Z0-9_]*$/;
const PROPERTY = /^[a-z][A-Za-z0-9]*$/;
const COLOR = /^#[0-9a-f]{6}$/i;

function checkKind(name: string, spec: KindSpec, problems: string[]): void {
  if (!IDENTIFIER.test(name)) problems.push(`kind "${name}": name must be PascalCase letters and digits`);
  if (spec.key.length === 0) problems.push(`kind "${name}": has no key`);
  if (!spec.key.some((part) => spec.properties[part.property]?.required)) {
    problems.push(`kind "${name}": at least one key property must be required`);
  }
  for (const part of spec.key) {
    if (!spec.properties[part.property])
      problems.push(`kind "${name}": key "${part.property}" is no property`);
    if (!(part.normalize in NORMALIZERS))
      problems.push(`kind "${name}": unknown normaliser "${part.normalize}"`);
  }
  for (const caption of [spec.caption, spec.captionFallback ?? spec.caption])
    if (!spec.properties[caption]) problems.push(`kind "${name}": caption "${caption}" is no property`);
  if (spec.searchRank !== undefined && !(spec.searchRank > 0 && spec.searchRank <= 1))
    problems.push(`kind "${name}": searchRank must be in (0, 1]`);
  if (!COLOR.test(spec.style.color))
    problems.push(`kind "${name}": colour "${spec.style.color}" is not #rrggbb`);
  if (!/^[a-z]{3}$/.test(spec.idPrefix))
    problems.push(`kind "${name}": idPrefix must be three lower-case letters`);
  for (const property of Object.keys(spec.properties)) {
    if (!PROPERTY.test(property)) problems.push(`kind "${name}": property "${property}" must be camelCase`);
    if (property in PROVENANCE_PROPERTIES || (SYSTEM_PROPERTIES as readonly string[]).includes(property)) {
      problems.push(`kind "${name}": property "${property}" is reserved for provenance`);
    }
  }
}

function checkRelationship(
  name: string,
  spec: RelationshipSpec,
  kinds: Record<string, KindSpec>,
  problems: string[],
): void {
  if (!REL_IDENTIFIER.test(name)) problems.push(`relationship "${name}": name must be UPPER_SNAKE_CASE`);
  if (spec.from.length === 0 || spec.to.length === 0)
    problems.push(`relationship "${name}": needs from and to`);
  for (const end of [...spec.from, ...spec.to]) {
    if (!kinds[end]) problems.push(`relationship "${name}": names unknown kind "${end}"`);
  }
  for (const property of spec.key) {
    if (!spec.properties[property]) problems.push(`relationship "${name}": key "${property}" is no property`);
  }
  if (spec.dated && !spec.properties[spec.dated.from]) {
    problems.push(`relationship "${name}": dated.from "${spec.dated.from}" is no property`);
  }
  if (spec.amount && !spec.properties[spec.amount]) {
    problems.push(`relationship "${name}": amount "${spec.amount}" is no property`);
  }
  if (!COLOR.test(spec.style.color)) problems.push(`relationship "${name}": colour is not #rrggbb`);
}

/** Throws InvalidModelError listing every problem found, not just the first. */
export function assertValidModel(
  kinds: Record<string, KindSpec>,
  relationships: Record<string, RelationshipSpec>,
): void {
  const problems: string[] = [];
  if (Object.keys(kinds).length === 0) problems.push('the model has no kinds');
  const prefixes = new Map<string, string>();
  for (const [name, spec] of Object.entries(kinds)) {
    checkKind(name, spec, problems);
    const other = prefixes.get(spec.idPrefix);
    if (other) problems.push(`kinds "${other}" and "${name}" share idPrefix "${spec.idPrefix}"`);
    prefixes.set(spec.idPrefix, name);
  }
  for (const [name, spec] of Object.entries(relationships)) checkRelationship(name, spec, kinds, problems);
  if (problems.length > 0) throw new InvalidModelError(problems);
}
