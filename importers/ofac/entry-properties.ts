// The properties of the entity an entry becomes, per kind; scalars only when the snapshot may set them.
import type { ListEntry } from './assemble-entries.js';
import { type EntryKind, isQualified, qualifierOf } from './entry-kind.js';

/** The one country all of an entry's address rows name, if they agree. */
export function singleCountry(entry: ListEntry): string | undefined {
  const countries = new Set(entry.addresses.map((a) => a.country).filter(Boolean));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/**
 * `keyName` is the name the node is keyed by: the listed name, or the name of the node an earlier
 * snapshot created when the list has renamed the entry since (the new name then becomes an alias).
 * `withScalars` is false when a newer snapshot already spoke for the entry: an older list may add
 * aliases and identifiers, but must not overwrite what the newer one said.
 */
export function entryProperties(
  entry: ListEntry,
  kind: EntryKind,
  keyName: string,
  withScalars: boolean,
): Record<string, unknown> {
  const { row, facts } = entry;
  const aliases = keyName === row.name ? entry.aliases : [...entry.aliases, row.name];
  const props: Record<string, unknown> = { name: keyName, aliases };
  if (isQualified(kind)) props.qualifier = qualifierOf(row.entNum);
  const scalars: Record<string, unknown> = {};
  switch (kind) {
    case 'Person':
      props.identifiers = facts.identifiers;
      Object.assign(scalars, { birthDate: facts.birthDate, nationality: facts.nationality });
      break;
    case 'Worker':
      Object.assign(scalars, { birthDate: facts.birthDate, nationality: facts.nationality });
      break;
    case 'Facilitator':
      Object.assign(scalars, { country: singleCountry(entry) ?? facts.nationality });
      break;
    case 'Organization':
      props.identifiers = facts.identifiers;
      Object.assign(scalars, { country: singleCountry(entry) });
      break;
    case 'FrontCompany':
      props.registrationIds = facts.identifiers;
      Object.assign(scalars, { country: singleCountry(entry) });
      break;
    case 'Vessel':
      Object.assign(scalars, {
        imo: facts.imo,
        flag: row.vesselFlag || undefined,
        vesselType: row.vesselType || undefined,
      });
      break;
    case 'Aircraft':
      Object.assign(scalars, { registration: facts.tailNumber });
      break;
  }
  return withScalars ? { ...props, ...scalars } : props;
}
