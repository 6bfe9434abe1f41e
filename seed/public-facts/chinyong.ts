// The Chinyong network: the company, its manager KIM Sang Man and his listed wallets, and the Aug 2025 designations.
import { announcedDesignation, type Fact, fact, type Link, link, refOf } from './fact-helpers.js';
import { CHINYONG, frontCompany, KIM_SANG_MAN, sdnEntry } from './names.js';

const LISTED_2023 = '2023-05';
const DESIGNATED_2025 = '2025-08-27';

const chinyong = fact(
  'FrontCompany',
  { name: CHINYONG, aliases: ['Jinyong Information Technology Cooperation Company'] },
  ['ofacSdn2024'],
);

// KIM Sang Man is a Worker (role manager), like JONG Song Hwa: he runs IT workers for a front company.
const kimSangMan = fact(
  'Worker',
  { name: KIM_SANG_MAN, birthDate: '1965-04-25', nationality: 'Korea, North', role: 'manager' },
  ['ofacSdn2024'],
);

// sdn.csv 2024-05, ent_num 43377 remarks: XBT addresses are bitcoin; the 0x addresses are ethereum.
const WALLETS = [
  { network: 'bitcoin', address: '1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ', assets: ['XBT'] },
  { network: 'bitcoin', address: '1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z', assets: ['XBT'] },
  { network: 'ethereum', address: '0x97b1043abd9e6fc31681635166d430a458d14f9c', assets: ['ETH'] },
  {
    network: 'ethereum',
    address: '0xb6f5ec1a0a9cd1526536d3f0426c429529471f40',
    assets: ['ETH', 'USDT', 'USDC'],
  },
].map((wallet) => fact('Wallet', wallet, ['ofacSdn2024']));

const sdnSanction = (entryId: string, listedName: string, programs: string[]) =>
  fact(
    'Sanction',
    { list: 'OFAC SDN', entryId, listedName, programs, listedOn: LISTED_2023, status: 'active' },
    ['ofacSdn2024'],
  );

// Designated 27 Aug 2025 as linked to Chinyong (OFAC list update).
// Kinds as the OFAC importer's known-entries table assigns them, so a 2025 list import reaches these nodes.
const geumpungri = fact(
  'FrontCompany',
  { name: 'Shenyang Geumpungri Network Technology Co., Ltd.', country: 'China' },
  ['ofac2025Aug'],
);
const sinjin = fact('FrontCompany', { name: 'Korea Sinjin Trading Corporation' }, ['ofac2025Aug']);
const kimUngSun = fact('Facilitator', { name: 'KIM, Ung Sun' }, ['ofac2025Aug']);
const andreyev = fact('Facilitator', { name: 'ANDREYEV, Vitaliy Sergeyevich' }, ['ofac2025Aug']);
const andreyevWallet = fact(
  'Wallet',
  { network: 'bitcoin', address: '1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T', assets: ['XBT'] },
  ['ofac2025Aug'],
);
const designated2025 = [geumpungri, sinjin, kimUngSun, andreyev].map((entity) =>
  announcedDesignation(entity, DESIGNATED_2025, ['ofac2025Aug']),
);

const ENTITIES: Fact[] = [
  chinyong,
  kimSangMan,
  ...WALLETS,
  sdnSanction('43379', CHINYONG, ['DPRK2']),
  sdnSanction('43377', KIM_SANG_MAN, ['DPRK4']),
  geumpungri,
  sinjin,
  kimUngSun,
  andreyev,
  andreyevWallet,
  ...designated2025.map((d) => d.sanction),
];

const LINKS: Link[] = [
  link('OFFICER_OF', refOf(kimSangMan), refOf(chinyong), ['ofacSdn2024'], {
    properties: { role: 'manager' },
  }),
  ...WALLETS.map((wallet) => link('CONTROLS', refOf(kimSangMan), refOf(wallet), ['ofacSdn2024'])),
  link('SANCTIONED_UNDER', refOf(chinyong), sdnEntry('43379'), ['ofacSdn2024'], {
    properties: { on: LISTED_2023 },
  }),
  link('SANCTIONED_UNDER', refOf(kimSangMan), sdnEntry('43377'), ['ofacSdn2024'], {
    properties: { on: LISTED_2023 },
  }),
  ...[geumpungri, sinjin, kimUngSun, andreyev].map((entity) =>
    link('LINKED_TO', refOf(entity), frontCompany(CHINYONG), ['ofac2025Aug'], {
      properties: { nature: 'designated on 27 Aug 2025 as linked to Chinyong' },
    }),
  ),
  link('CONTROLS', refOf(andreyev), refOf(andreyevWallet), ['ofac2025Aug']),
  ...designated2025.map((d) => d.link),
];

export const CHINYONG_NETWORK = { entities: ENTITIES, links: LINKS };
