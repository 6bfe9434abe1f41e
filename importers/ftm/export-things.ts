// Our entities → FtM things (the inverse of map-things.ts); kinds FtM has no schema for are left out.
import type { ExportNode, ExportValue } from '../../server/interop/element-types.js';
import { kindOf } from '../../server/interop/element-types.js';
import type { FtmEntity } from './ftm-entity.js';
import { FTM_ORIGIN } from './schemata.js';

type Props = Record<string, ExportValue>;

/** FtM text values: scalars and lists both become lists of non-empty strings. */
export function texts(...values: (ExportValue | undefined)[]): string[] {
  const out = values
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v) => v !== null && v !== undefined && v !== '')
    .map(String);
  return [...new Set(out)];
}

const person = (p: Props) => ({
  name: texts(p.name),
  alias: texts(p.aliases),
  birthDate: texts(p.birthDate),
  nationality: texts(p.nationality),
  idNumber: texts(p.identifiers),
});
const organization = (p: Props) => ({
  name: texts(p.name),
  alias: texts(p.aliases),
  country: texts(p.country),
  registrationNumber: texts(p.identifiers, p.registrationIds),
});

// Schema and properties per kind; Worker, Facilitator and Identity are people to FtM.
const THINGS: Record<string, { schema: string; properties: (p: Props) => Record<string, string[]> }> = {
  Person: { schema: 'Person', properties: person },
  Worker: { schema: 'Person', properties: person },
  Facilitator: { schema: 'Person', properties: person },
  Identity: { schema: 'Person', properties: person },
  Organization: { schema: 'Organization', properties: organization },
  FrontCompany: { schema: 'Company', properties: organization },
  Employer: { schema: 'Company', properties: organization },
  Address: {
    schema: 'Address',
    properties: (p) => ({
      full: texts(p.full),
      street: texts(p.street),
      city: texts(p.city),
      region: texts(p.region),
      postalCode: texts(p.postalCode),
      country: texts(p.country),
      latitude: texts(p.latitude),
      longitude: texts(p.longitude),
    }),
  },
  Wallet: {
    schema: 'CryptoWallet',
    properties: (p) => ({ publicKey: texts(p.address), currency: texts(p.assets) }),
  },
  Vessel: {
    schema: 'Vessel',
    properties: (p) => ({
      name: texts(p.name),
      alias: texts(p.aliases),
      imoNumber: texts(p.imo),
      flag: texts(p.flag),
      type: texts(p.vesselType),
    }),
  },
  Aircraft: {
    schema: 'Airplane',
    properties: (p) => ({
      name: texts(p.name),
      alias: texts(p.aliases),
      registrationNumber: texts(p.registration),
    }),
  },
  Sanction: {
    schema: 'Sanction',
    properties: (p) => ({
      authority: texts(p.list),
      program: texts(p.programs),
      listingDate: texts(p.listedOn),
      endDate: texts(p.delistedOn),
      reason: texts(p.remarks),
    }),
  },
};

/** The FtM id: the one an FtM import kept (qualifier or entry id), else our own entity id. */
export function ftmIdOf(node: ExportNode): string {
  const p = node.properties;
  const fromFtm = Array.isArray(p.origins) && p.origins.includes(FTM_ORIGIN);
  const kept = kindOf(node) === 'Sanction' ? p.entryId : p.qualifier;
  return fromFtm && typeof kept === 'string' && kept !== '' ? kept : node.ref;
}

/** The thing for a node, or undefined when FtM has no schema for its kind (Laptop, Source, Account…). */
export function exportThing(node: ExportNode): FtmEntity | undefined {
  const spec = THINGS[kindOf(node)];
  if (!spec) return undefined;
  const properties = Object.fromEntries(
    Object.entries(spec.properties(node.properties)).filter(([, v]) => v.length > 0),
  );
  return { id: ftmIdOf(node), schema: spec.schema, properties };
}
