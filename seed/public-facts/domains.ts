// Domains: Didenko's upworksell.com, and front-company websites named by researchers (unverified).
import { type Fact, fact, type Link, link, refOf } from './fact-helpers.js';

const didenko = fact(
  'Facilitator',
  { name: 'Oleksandr Didenko', country: 'Ukraine', role: 'sold or rented identities and freelance accounts' },
  ['doj2024May'],
);
const upworksell = fact('Domain', { name: 'upworksell.com' }, ['doj2024May']);

// SentinelLabs (Oct-Nov 2024): a researcher's attribution, not a government finding, hence grade U.
const SENTINEL: [string, string | undefined][] = [
  ['inditechlab.com', 'Independent Lab LLC'],
  ['tonywangtech.com', 'Shenyang Tonywang Technology'],
  ['wkjllc.com', 'Tony WKJ LLC'],
  ['hopanatech.com', 'HopanaTech'],
  ['huguotechltd.com', undefined],
];
const researched = SENTINEL.map(([domain, company]) => ({
  domain: fact('Domain', { name: domain }, ['sentinelLabs2024'], { grade: 'U' }),
  company: company
    ? fact('FrontCompany', { name: company }, ['sentinelLabs2024'], { grade: 'U' })
    : undefined,
}));

const ENTITIES: Fact[] = [
  didenko,
  upworksell,
  ...researched.flatMap(({ domain, company }) => (company ? [domain, company] : [domain])),
];

const LINKS: Link[] = [
  link('OPERATES', refOf(didenko), refOf(upworksell), ['doj2024May']),
  ...researched.flatMap(({ domain, company }) =>
    company ? [link('OPERATES', refOf(company), refOf(domain), ['sentinelLabs2024'], { grade: 'U' })] : [],
  ),
];

export const DOMAINS = { entities: ENTITIES, links: LINKS };
