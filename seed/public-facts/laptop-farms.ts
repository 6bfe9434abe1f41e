// Laptop farms in the US: Chapman (Arizona), Knoot (Nashville), Wang (New Jersey) and Wang's co-defendants.
import { type Fact, fact, type Link, link, refOf } from './fact-helpers.js';
import type { SourceHandle } from './sources.js';

const US = 'United States';
const CHAPMAN: readonly SourceHandle[] = ['doj2025Jul'];
const KNOOT: readonly SourceHandle[] = ['doj2024Aug'];
const WANG: readonly SourceHandle[] = ['doj2025Jun', 'heise2025Jul'];

// City or state level only: the releases name the town, and a street would point at someone's home.
const place = (full: string, parts: Record<string, string>, sources: readonly SourceHandle[]) =>
  fact('Address', { full, ...parts, country: US }, sources);
const litchfieldPark = place(
  'Litchfield Park, Arizona, United States',
  { city: 'Litchfield Park', region: 'Arizona' },
  CHAPMAN,
);
const nashville = place(
  'Nashville, Tennessee, United States',
  { city: 'Nashville', region: 'Tennessee' },
  KNOOT,
);
const newJersey = place('New Jersey, United States', { region: 'New Jersey' }, WANG);

const chapman = fact(
  'Facilitator',
  { name: 'Christina Marie Chapman', country: US, role: 'laptop farm operator' },
  CHAPMAN,
  {
    figures: {
      usBusinesses: 309,
      foreignCompanies: 2,
      stolenIdentities: 68,
      revenueUsd: 'about 17,100,000',
      period: 'Oct 2020 - Oct 2023',
      laptopsSeized: 'over 90',
      devicesShippedOverseas: 49,
      sentence: '102 months (24 Jul 2025)',
    },
  },
);
const knoot = fact(
  'Facilitator',
  { name: 'Matthew Isaac Knoot', country: US, role: 'laptop farm operator' },
  KNOOT,
  {
    figures: { period: 'Jul 2022 - Aug 2023', arrested: '2024-08-08' },
  },
);
// The persona workers used through Knoot's farm. Synthetic record: the birth date is generated, never real,
// and the release gives only a first name and an initial, so no victim is named.
const andrewM = fact(
  'Identity',
  {
    name: 'Andrew M.',
    birthDate: '1987-06-14',
    identityType: 'stolen',
    victim: true,
    nationality: US,
    synthetic: true,
  },
  KNOOT,
);
const wang = fact(
  'Facilitator',
  { name: 'Zhenxing Wang', aliases: ['Danny Wang'], country: US, role: 'laptop farm operator' },
  WANG,
  {
    figures: {
      revenueUsd: 'over 5,000,000',
      stolenIdentities: 'more than 80',
      companies: 'more than 100',
      period: '2021 - Oct 2024',
      exportControlledData: 'ITAR data taken from a California defense contractor',
    },
  },
);

const CO_DEFENDANTS: [string, string][] = [
  ['Jing Bin Huang', 'China'],
  ['Baoyu Zhou', 'China'],
  ['Tong Yuze', 'China'],
  ['Yongzhe Xu', 'China'],
  ['Ziyou Yuan', 'China'],
  ['Zhenbang Zhou', 'China'],
  ['Mengting Liu', 'Taiwan'],
  ['Enchia Liu', 'Taiwan'],
];
const coDefendants = CO_DEFENDANTS.map(([name, country]) =>
  fact('Facilitator', { name, country, role: 'co-defendant (D. Mass., 2025)' }, WANG),
);

const ENTITIES: Fact[] = [
  litchfieldPark,
  nashville,
  newJersey,
  chapman,
  knoot,
  andrewM,
  wang,
  ...coDefendants,
];

const LINKS: Link[] = [
  link('RESIDES_AT', refOf(chapman), refOf(litchfieldPark), CHAPMAN),
  link('RESIDES_AT', refOf(knoot), refOf(nashville), KNOOT),
  link('RESIDES_AT', refOf(wang), refOf(newJersey), WANG),
  link('LINKED_TO', refOf(knoot), refOf(andrewM), KNOOT, {
    properties: {
      nature: 'persona used by the workers whose laptops he hosted',
      from: '2022-07',
      to: '2023-08',
    },
  }),
  ...coDefendants.map((person) =>
    link('LINKED_TO', refOf(wang), refOf(person), WANG, {
      properties: { nature: 'co-defendant (D. Mass., 30 Jun 2025)' },
    }),
  ),
];

export const LAPTOP_FARMS = { entities: ENTITIES, links: LINKS };
