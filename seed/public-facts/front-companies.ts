// Yanbian Silverstar and Volasys Silver Star: the 2018 designations, their addresses and their people.
import { type Fact, fact, type Link, link, refOf } from './fact-helpers.js';
import {
  address,
  frontCompany,
  JONG_SONG_HWA,
  sdnEntry,
  VOLASYS_SILVER_STAR,
  YANBIAN_SILVERSTAR,
} from './names.js';
import type { SourceHandle } from './sources.js';

const LISTED_2018 = '2018-09-13';
const NEWS_2024 = ['straitsTimes2024Dec', 'bbc2024Dec'] as const;

// Addresses exactly as add.csv (2022-01) lists them for ent_num 24977 and 24978: street, city line, country.
const YANJI_1 = '20998B-26 Changbaishan East Road, Yanji, Jilin, China';
const YANJI_2 =
  'No. 213-214, Building 2, Science and Technology Industrial Park, Yanji Development Zone, China';
const YANJI_3 = 'Chang Bai Shan Dong Lu, 20998B-26Hao, Yanji, Jilin 133000, China';
const VLADIVOSTOK = '41 Ulitsa Klary Tsetskin, Vladivostok, Russia';

// Figures the indictment states for both companies together (not nodes: see docs/seed.md).
const INDICTMENT_FIGURES = {
  itWorkers: 'at least 130 "IT warriors" across both companies',
  revenueUsd: 'at least 88,000,000 (Apr 2017 - Mar 2023)',
  monthlyTargetUsd: 10_000,
  nationalsIndicted: 14,
  rewardUsd: 'up to 5,000,000 (Rewards for Justice)',
};

const yanbian = fact(
  'FrontCompany',
  {
    name: YANBIAN_SILVERSTAR,
    country: 'China',
    // Worded as the list's remarks word it, which is how the OFAC importer stores it too.
    registrationIds: ['Unified Social Credit Code (USCC) 91222401MA0Y31E659 (China)'],
    // alt.csv, ent_num 24977: the seven OFAC aliases, in list order.
    aliases: [
      'YANBIAN SILVERSTAR',
      'YANBIAN SILVER STAR',
      'SILVER STAR INTERNET TECHNOLOGY CORPORATION',
      'CHINA SILVER STAR INTERNET TECHNOLOGY COMPANY',
      'UNSONG INTERNET TECHNOLOGY CORPORATION',
      'YANJI SILVER STAR NETWORK TECHNOLOGY CO. LTD.',
      'SILVER STAR CHINA',
    ],
  },
  ['treasury2018', 'ofacSdn2022', 'doj2024Dec', 'rfj2024Dec', ...NEWS_2024],
  { figures: INDICTMENT_FIGURES },
);

const volasys = fact(
  'FrontCompany',
  { name: VOLASYS_SILVER_STAR, country: 'Russia', aliases: ['Volasys Silverstar'] },
  ['treasury2018', 'ofacSdn2022', 'doj2024Dec', 'rfj2024Dec', ...NEWS_2024],
  { figures: INDICTMENT_FIGURES },
);

const addresses = [
  fact(
    'Address',
    {
      full: YANJI_1,
      street: '20998B-26 Changbaishan East Road',
      city: 'Yanji',
      region: 'Jilin',
      country: 'China',
    },
    ['ofacSdn2022'],
  ),
  fact(
    'Address',
    {
      full: YANJI_2,
      street: 'No. 213-214, Building 2, Science and Technology Industrial Park, Yanji Development Zone',
      city: 'Yanji',
      country: 'China',
    },
    ['ofacSdn2022'],
  ),
  fact(
    'Address',
    {
      full: YANJI_3,
      street: 'Chang Bai Shan Dong Lu, 20998B-26Hao',
      city: 'Yanji',
      region: 'Jilin',
      postalCode: '133000',
      country: 'China',
    },
    ['ofacSdn2022'],
  ),
  fact(
    'Address',
    { full: VLADIVOSTOK, street: '41 Ulitsa Klary Tsetskin', city: 'Vladivostok', country: 'Russia' },
    ['ofacSdn2022'],
  ),
];

const sanction = (entryId: string, listedName: string, programs: string[]) =>
  fact(
    'Sanction',
    { list: 'OFAC SDN', entryId, listedName, programs, listedOn: LISTED_2018, status: 'active' },
    ['treasury2018', 'ofacSdn2022'],
  );

const jong = fact(
  'Worker',
  { name: JONG_SONG_HWA, birthDate: '1970-02-05', nationality: 'Korea, North', role: 'leader' },
  ['treasury2018', 'ofacSdn2022', 'doj2024Dec', 'koreaHerald2024Dec', 'asiaEconomy2024Dec'],
);
const representative = (name: string) =>
  fact('Worker', { name, nationality: 'Korea, North', role: 'representative' }, [
    'doj2024Dec',
    'koreaHerald2024Dec',
    'asiaEconomy2024Dec',
  ]);
const kimRyuSong = representative('Kim Ryu Song');
const riKyongSik = representative('Ri Kyong Sik');

const ENTITIES: Fact[] = [
  yanbian,
  volasys,
  ...addresses,
  sanction('24977', YANBIAN_SILVERSTAR, ['DPRK3', 'DPRK4']),
  sanction('24978', VOLASYS_SILVER_STAR, ['DPRK3', 'DPRK4']),
  sanction('24979', JONG_SONG_HWA, ['DPRK4']),
  jong,
  kimRyuSong,
  riKyongSik,
];

const sanctioned = (entity: Fact, entryId: string) =>
  link('SANCTIONED_UNDER', refOf(entity), sdnEntry(entryId), ['treasury2018', 'ofacSdn2022'], {
    properties: { on: LISTED_2018 },
  });
const officer = (person: Fact, company: Fact, role: string, sources: readonly SourceHandle[]) =>
  link('OFFICER_OF', refOf(person), refOf(company), sources, { properties: { role } });

const LINKS: Link[] = [
  ...[YANJI_1, YANJI_2, YANJI_3].map((full) =>
    link('LOCATED_AT', frontCompany(YANBIAN_SILVERSTAR), address(full), ['ofacSdn2022']),
  ),
  link('LOCATED_AT', frontCompany(VOLASYS_SILVER_STAR), address(VLADIVOSTOK), ['ofacSdn2022']),
  sanctioned(yanbian, '24977'),
  sanctioned(volasys, '24978'),
  sanctioned(jong, '24979'),
  officer(jong, yanbian, 'CEO / leader', ['treasury2018', 'doj2024Dec', 'koreaHerald2024Dec']),
  officer(kimRyuSong, yanbian, 'representative', ['doj2024Dec', 'koreaHerald2024Dec', 'asiaEconomy2024Dec']),
  officer(riKyongSik, volasys, 'representative', ['doj2024Dec', 'koreaHerald2024Dec', 'asiaEconomy2024Dec']),
  link('LINKED_TO', refOf(yanbian), refOf(volasys), ['doj2024Dec', 'rfj2024Dec', ...NEWS_2024], {
    properties: { nature: 'named together as employers of the same IT-worker teams (2024 indictment)' },
  }),
];

export const FRONT_COMPANIES = { entities: ENTITIES, links: LINKS };
