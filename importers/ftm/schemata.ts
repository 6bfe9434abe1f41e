// Which FtM schemata we map, and to what: one table, read by the importer, the exporter and docs/interop.md.

/** Things: FtM schema → our kind. Company, Organization and LegalEntity all fold into Organization. */
export const THING_KINDS: Readonly<Record<string, string>> = {
  Person: 'Person',
  Company: 'Organization',
  Organization: 'Organization',
  LegalEntity: 'Organization',
  PublicBody: 'Organization',
  Address: 'Address',
  CryptoWallet: 'Wallet',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
  Sanction: 'Sanction',
};

/** Interval schemata: each becomes one relationship between two things of the same file. */
export const INTERVALS: Readonly<Record<string, { source: string; target: string }>> = {
  Directorship: { source: 'director', target: 'organization' },
  Employment: { source: 'employee', target: 'employer' },
  Ownership: { source: 'owner', target: 'asset' },
  Payment: { source: 'payer', target: 'beneficiary' },
  UnknownLink: { source: 'subject', target: 'object' },
};

/** LINKED_TO natures that stand for an FtM interval schema (the inverse mapping reads them back). */
export const NATURE_OF: Readonly<Record<string, string>> = {
  Directorship: 'directorship',
  Employment: 'employment',
  Ownership: 'ownership',
  Payment: 'payment',
};

/** Where an import records itself in `origins`; the exporter reuses FtM ids only for these entities. */
export const FTM_ORIGIN = 'import:ftm';
