// The entity kinds of an investigation: one entry per kind drives constraints, GraphQL, validation and styles.
import type { KindSpec } from './types.js';

const name = { type: 'string', required: true, searchable: true } as const;
const aliases = { type: 'string', list: true, searchable: true } as const;
const country = { type: 'string', description: 'ISO 3166-1 alpha-2 code or country name' } as const;
// Generic kinds (Person, Organization, Vessel, Aircraft) share one shape of key: list entries often
// share a name, so a qualifier such as the list entry id keeps them apart.
const nameAndQualifier = [
  { property: 'name', normalize: 'name' },
  { property: 'qualifier', normalize: 'exact' },
] as const;
const qualifier = { type: 'string', description: 'Disambiguator such as a list entry id' } as const;

export const KINDS = {
  Worker: {
    description: 'A North Korean IT worker: the real person behind one or more personas',
    core: true,
    key: [{ property: 'name', normalize: 'name' }],
    properties: {
      name,
      aliases,
      birthDate: { type: 'date' },
      nationality: country,
      role: { type: 'string', description: 'e.g. leader, representative, developer' },
    },
    caption: 'name',
    idPrefix: 'wrk',
    style: { color: '#c0392b', icon: 'user-secret', shape: 'ellipse' },
  },
  Identity: {
    description: 'A persona used to get hired: stolen (a victim), borrowed or fabricated',
    core: true,
    // Name and date of birth together: personas reuse common names, never the pair.
    key: [
      { property: 'name', normalize: 'name' },
      { property: 'birthDate', normalize: 'exact' },
    ],
    properties: {
      name: { ...name, personal: true },
      birthDate: { type: 'date', required: true, personal: true },
      aliases: { ...aliases, personal: true },
      identityType: { type: 'string', values: ['stolen', 'borrowed', 'fabricated', 'unknown'] },
      nationality: country,
      documentNumber: { type: 'string', personal: true, searchable: true },
      victim: { type: 'boolean', description: 'A real person whose identity was stolen: masked' },
    },
    caption: 'name',
    idPrefix: 'idn',
    style: { color: '#e67e22', icon: 'id-card', shape: 'round-rectangle' },
  },
  Laptop: {
    description: 'An employer-issued device, often hosted in a laptop farm',
    core: true,
    key: [{ property: 'serial', normalize: 'exact' }],
    properties: {
      serial: { type: 'string', required: true, searchable: true },
      assetTag: { type: 'string', searchable: true },
      model: { type: 'string' },
    },
    caption: 'serial',
    idPrefix: 'lap',
    style: { color: '#7f8c8d', icon: 'laptop', shape: 'rectangle' },
  },
  Address: {
    description: 'A postal address, normalised so that one place is one node',
    core: true,
    key: [{ property: 'full', normalize: 'address' }],
    properties: {
      full: { type: 'string', required: true, searchable: true, description: 'One-line address' },
      street: { type: 'string' },
      city: { type: 'string', searchable: true },
      region: { type: 'string' },
      postalCode: { type: 'string' },
      country,
      latitude: { type: 'float' },
      longitude: { type: 'float' },
    },
    caption: 'full',
    idPrefix: 'adr',
    style: { color: '#27ae60', icon: 'map-marker', shape: 'diamond' },
  },
  FrontCompany: {
    description: 'A company that runs IT workers for the regime (Yanbian Silverstar, Volasys Silver Star)',
    core: true,
    key: [{ property: 'name', normalize: 'name' }],
    properties: {
      name,
      aliases,
      country,
      registrationIds: { type: 'string', list: true, searchable: true },
    },
    caption: 'name',
    idPrefix: 'frc',
    style: { color: '#8e44ad', icon: 'building', shape: 'hexagon' },
  },
  Wallet: {
    description: 'A cryptocurrency address on one network',
    core: true,
    key: [
      { property: 'network', normalize: 'exact' },
      { property: 'address', normalize: 'wallet' },
    ],
    properties: {
      network: { type: 'string', required: true, values: ['bitcoin', 'ethereum', 'tron', 'other'] },
      address: { type: 'string', required: true, searchable: true },
      assets: { type: 'string', list: true, description: 'Assets held or listed, e.g. XBT, ETH, USDT' },
    },
    caption: 'address',
    idPrefix: 'wal',
    style: { color: '#f1c40f', icon: 'wallet', shape: 'octagon' },
  },
  Employer: {
    description: 'A company that hired a persona: usually a victim of the scheme',
    key: [{ property: 'name', normalize: 'name' }],
    properties: { name, aliases, country, industry: { type: 'string' } },
    caption: 'name',
    idPrefix: 'emp',
    style: { color: '#2980b9', icon: 'briefcase', shape: 'round-rectangle' },
  },
  Facilitator: {
    description: 'A person abroad who hosts laptops, launders money or sells accounts',
    key: [{ property: 'name', normalize: 'name' }],
    properties: { name, aliases, country, role: { type: 'string' } },
    caption: 'name',
    idPrefix: 'fac',
    style: { color: '#d35400', icon: 'user-tie', shape: 'ellipse' },
  },
  Account: {
    description: 'An email, freelance-platform, payment or code-hosting account',
    key: [
      { property: 'platform', normalize: 'name' },
      { property: 'handle', normalize: 'email' },
    ],
    properties: {
      platform: { type: 'string', required: true },
      handle: { type: 'string', required: true, searchable: true },
      accountType: { type: 'string', values: ['email', 'freelance', 'payment', 'code', 'bank', 'other'] },
    },
    caption: 'handle',
    idPrefix: 'acc',
    style: { color: '#16a085', icon: 'at', shape: 'round-rectangle' },
  },
  Domain: {
    description: 'An internet domain, e.g. a front-company website',
    key: [{ property: 'name', normalize: 'domain' }],
    properties: { name, seizedOn: { type: 'date' } },
    caption: 'name',
    idPrefix: 'dom',
    style: { color: '#34495e', icon: 'globe', shape: 'tag' },
  },
  PhoneNumber: {
    description: 'A telephone number in international form',
    key: [{ property: 'number', normalize: 'phone' }],
    properties: { number: { type: 'string', required: true, searchable: true }, country },
    caption: 'number',
    idPrefix: 'phn',
    style: { color: '#1abc9c', icon: 'phone', shape: 'round-tag' },
  },
  Sanction: {
    description: 'One entry on a sanctions list, with the programs it falls under',
    key: [
      { property: 'list', normalize: 'exact' },
      { property: 'entryId', normalize: 'exact' },
    ],
    properties: {
      list: { type: 'string', required: true },
      entryId: { type: 'string', required: true, searchable: true },
      programs: { type: 'string', list: true, searchable: true },
      listedName: { type: 'string', searchable: true },
      listedOn: { type: 'date' },
      status: { type: 'string', values: ['active', 'delisted'] },
      delistedOn: { type: 'date' },
      remarks: { type: 'string' },
    },
    // The listed name reads in a search hit or on the canvas; the bare entry id ("24978") did not.
    caption: 'listedName',
    captionFallback: 'entryId',
    // A list entry names an entity: at an equal match the entity comes first.
    searchRank: 0.5,
    idPrefix: 'snc',
    style: { color: '#e74c3c', icon: 'ban', shape: 'star' },
  },
  Source: {
    description: 'Where facts come from: an indictment, a press release, a news report, a list',
    key: [
      { property: 'title', normalize: 'name' },
      { property: 'publisher', normalize: 'name' },
    ],
    properties: {
      title: { type: 'string', required: true, searchable: true },
      publisher: { type: 'string', required: true, searchable: true },
      sourceType: {
        type: 'string',
        values: ['indictment', 'press-release', 'news', 'list', 'research', 'integration', 'synthetic'],
      },
      publishedOn: { type: 'date' },
      url: { type: 'string' },
      reliability: { type: 'string', values: ['A', 'B', 'C', 'D', 'E', 'F'] },
    },
    caption: 'title',
    // A document is about entities: at an equal match they come first.
    searchRank: 0.5,
    idPrefix: 'src',
    style: { color: '#95a5a6', icon: 'file-alt', shape: 'rectangle' },
  },
  Person: {
    description: 'Any other individual, e.g. a sanctioned person who is neither worker nor facilitator',
    key: nameAndQualifier,
    properties: {
      name,
      aliases,
      qualifier,
      birthDate: { type: 'date' },
      nationality: country,
      identifiers: { type: 'string', list: true, searchable: true },
    },
    caption: 'name',
    idPrefix: 'per',
    style: { color: '#bdc3c7', icon: 'user', shape: 'ellipse' },
  },
  Organization: {
    description: 'Any other organisation: a bank, a trading company, a government body',
    key: nameAndQualifier,
    properties: {
      name,
      aliases,
      qualifier,
      country,
      identifiers: { type: 'string', list: true, searchable: true },
    },
    caption: 'name',
    idPrefix: 'org',
    style: { color: '#a29bfe', icon: 'landmark', shape: 'barrel' },
  },
  Vessel: {
    description: 'A ship, as sanctions lists name them',
    key: nameAndQualifier,
    properties: {
      name,
      aliases,
      qualifier,
      imo: { type: 'string', searchable: true },
      flag: { type: 'string' },
      vesselType: { type: 'string' },
    },
    caption: 'name',
    idPrefix: 'ves',
    style: { color: '#0984e3', icon: 'ship', shape: 'vee' },
  },
  Aircraft: {
    description: 'An aircraft, as sanctions lists name them',
    key: nameAndQualifier,
    properties: { name, aliases, qualifier, registration: { type: 'string' } },
    caption: 'name',
    idPrefix: 'air',
    style: { color: '#00cec9', icon: 'plane', shape: 'triangle' },
  },
} as const satisfies Record<string, KindSpec>;

export type KindName = keyof typeof KINDS;
