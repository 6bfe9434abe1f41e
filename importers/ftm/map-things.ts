// FtM things → our entities (pass one): the properties of each, by the table in schemata.ts.
import { walletNetwork } from '../ofac/wallet-network.js';
import { all, type FtmEntity, first, ftmDate, ftmNumber } from './ftm-entity.js';
import { THING_KINDS } from './schemata.js';

export interface MappedThing {
  kind: string;
  properties: Record<string, unknown>;
}

const names = (e: FtmEntity) => {
  const [name, ...rest] = all(e, 'name');
  return { name, aliases: [...new Set([...rest, ...all(e, 'alias', 'weakAlias', 'previousName')])] };
};

/** The address as one line: `full` when FtM gives it, else its parts joined in postal order. */
export function fullAddress(e: FtmEntity): string | undefined {
  const full = first(e, 'full');
  if (full) return full;
  const parts = [
    ...all(e, 'street', 'street2'),
    first(e, 'postalCode'),
    first(e, 'city'),
    first(e, 'region', 'state'),
    first(e, 'country'),
  ].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

const MAPPERS: Record<string, (e: FtmEntity) => Record<string, unknown>> = {
  Person: (e) => ({
    ...names(e),
    // The FtM id keeps two people of one name apart, as a list entry id does for OFAC.
    qualifier: e.id,
    birthDate: ftmDate(first(e, 'birthDate')),
    nationality: first(e, 'nationality', 'citizenship', 'country'),
    identifiers: all(e, 'idNumber', 'passportNumber', 'taxNumber'),
  }),
  Organization: (e) => ({
    ...names(e),
    qualifier: e.id,
    country: first(e, 'country', 'jurisdiction', 'mainCountry'),
    identifiers: all(e, 'registrationNumber', 'idNumber', 'taxNumber', 'innCode', 'ogrnCode'),
  }),
  Address: (e) => ({
    full: fullAddress(e),
    street: first(e, 'street'),
    city: first(e, 'city'),
    region: first(e, 'region', 'state'),
    postalCode: first(e, 'postalCode'),
    country: first(e, 'country'),
    latitude: ftmNumber(first(e, 'latitude')),
    longitude: ftmNumber(first(e, 'longitude')),
  }),
  Wallet: (e) => {
    const address = first(e, 'publicKey');
    const currency = first(e, 'currency', 'currencySymbol') ?? '';
    return {
      address,
      network: address ? walletNetwork(currency, address) : undefined,
      assets: all(e, 'currency', 'currencySymbol').map((c) => c.toUpperCase()),
    };
  },
  Vessel: (e) => ({
    ...names(e),
    qualifier: e.id,
    imo: first(e, 'imoNumber'),
    flag: first(e, 'flag'),
    vesselType: first(e, 'type'),
  }),
  Aircraft: (e) => ({ ...names(e), qualifier: e.id, registration: first(e, 'registrationNumber') }),
  Sanction: (e) => {
    const endDate = ftmDate(first(e, 'endDate'));
    return {
      list: first(e, 'authority') ?? 'unknown authority',
      // The FtM id, so one sanction record stays one node however often the file is imported.
      entryId: e.id,
      programs: all(e, 'program', 'programId'),
      listedName: undefined,
      listedOn: ftmDate(first(e, 'listingDate', 'startDate')),
      delistedOn: endDate,
      status: endDate ? 'delisted' : undefined,
      remarks: first(e, 'reason', 'summary', 'provisions'),
    };
  },
};

/** Our kind and properties for a thing, or undefined for a schema we do not map. */
export function mapThing(e: FtmEntity): MappedThing | undefined {
  const kind = THING_KINDS[e.schema];
  if (!kind) return undefined;
  return { kind, properties: MAPPERS[kind]?.(e) ?? {} };
}
