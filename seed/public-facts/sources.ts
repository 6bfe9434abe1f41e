// The Source entities behind the public facts: one per release, list, report or news article.
import { snapshotSource } from '../../importers/ofac/source.js';
import { entityId } from '../../model/keys.js';
import type { SourceFact } from './types.js';

const DOJ = 'U.S. Department of Justice';

function ofacSnapshot(date: string): SourceFact {
  const { title, publisher, url } = snapshotSource(date) as { title: string; publisher: string; url: string };
  return { title, publisher, sourceType: 'list', publishedOn: date, url, reliability: 'A' };
}
const TREASURY = 'U.S. Department of the Treasury';

// Titles are our own short descriptions (with the figures the source states), not the sources' headlines.
export const SOURCES = {
  treasury2018: {
    title:
      'Treasury press release sm481: Yanbian Silverstar, Volasys Silver Star and JONG Song Hwa designated',
    publisher: TREASURY,
    sourceType: 'press-release',
    publishedOn: '2018-09-13',
    url: 'https://home.treasury.gov/news/press-releases/sm481',
    reliability: 'A',
  },
  // The same Source entities as the OFAC importer's snapshots (same title and publisher: one node each).
  ofacSdn2022: ofacSnapshot('2022-01'),
  ofacSdn2024: ofacSnapshot('2024-05'),
  ofac2025Aug: {
    title: 'OFAC designations of 27 Aug 2025: four parties linked to Chinyong',
    publisher: 'U.S. Treasury OFAC',
    sourceType: 'list',
    publishedOn: '2025-08-27',
    reliability: 'A',
  },
  treasury2025Jul: {
    title: 'Treasury designations of 8 Jul 2025: Song Kum Hyok and a Russia-based IT-worker network',
    publisher: TREASURY,
    sourceType: 'press-release',
    publishedOn: '2025-07-08',
    reliability: 'A',
  },
  doj2023Oct: {
    title: 'DOJ (E.D. Mo.), 18 Oct 2023: 17 IT-worker domains seized; about $1.5M seized earlier',
    publisher: DOJ,
    sourceType: 'press-release',
    publishedOn: '2023-10-18',
    reliability: 'A',
  },
  doj2024Dec: {
    title:
      'DOJ (E.D. Mo.), 12 Dec 2024: 14 DPRK nationals of Yanbian Silverstar and Volasys Silver Star indicted',
    publisher: DOJ,
    sourceType: 'indictment',
    publishedOn: '2024-12-12',
    reliability: 'A',
  },
  rfj2024Dec: {
    title:
      'Rewards for Justice, 12 Dec 2024: up to $5M for information on Yanbian Silverstar and Volasys Silver Star',
    publisher: 'U.S. Department of State',
    sourceType: 'press-release',
    publishedOn: '2024-12-12',
    reliability: 'A',
  },
  doj2024May: {
    title: 'DOJ, May 2024: Oleksandr Didenko charged over upworksell.com',
    publisher: DOJ,
    sourceType: 'indictment',
    publishedOn: '2024-05',
    reliability: 'A',
  },
  doj2024Aug: {
    title: 'DOJ (M.D. Tenn.), 8 Aug 2024: Matthew Knoot arrested for a Nashville laptop farm',
    publisher: DOJ,
    sourceType: 'press-release',
    publishedOn: '2024-08-08',
    reliability: 'A',
  },
  doj2025Jun: {
    title:
      'DOJ, 30 Jun 2025: coordinated action (29 laptop farms in 16 states, 29 accounts, 21 websites, about 200 computers)',
    publisher: DOJ,
    sourceType: 'press-release',
    publishedOn: '2025-06-30',
    reliability: 'A',
  },
  doj2025Jul: {
    title: 'DOJ (D.D.C.), 24 Jul 2025: Christina Chapman sentenced to 102 months for an Arizona laptop farm',
    publisher: DOJ,
    sourceType: 'press-release',
    publishedOn: '2025-07-24',
    reliability: 'A',
  },
  koreaHerald2024Dec: {
    title: 'Korea Herald, Dec 2024: names of the indicted Yanbian Silverstar and Volasys Silver Star leaders',
    publisher: 'The Korea Herald',
    sourceType: 'news',
    publishedOn: '2024-12',
    reliability: 'B',
  },
  asiaEconomy2024Dec: {
    title: 'Asia Economy, Dec 2024: names of the indicted leaders and representatives',
    publisher: 'Asia Economy',
    sourceType: 'news',
    publishedOn: '2024-12',
    reliability: 'B',
  },
  // The five news reports in the shared seeds folder, cited by outlet and date (seed file in brackets).
  straitsTimes2024Dec: {
    title: 'News report (Reuters copy), 13 Dec 2024: $5M reward, about 130 workers, at least $88M [seed 000]',
    publisher: 'The Straits Times / Reuters',
    sourceType: 'news',
    publishedOn: '2024-12-13',
    reliability: 'B',
  },
  bbc2024Dec: {
    title: 'BBC News, Dec 2024: 14 North Koreans charged in St. Louis over remote-work scheme [seed 001]',
    publisher: 'BBC News',
    sourceType: 'news',
    publishedOn: '2024-12',
    reliability: 'B',
  },
  heise2025Jul: {
    title: 'heise online, Jul 2025: coordinated US action against laptop farms [seed 002]',
    publisher: 'heise online',
    sourceType: 'news',
    publishedOn: '2025-07',
    reliability: 'B',
  },
  straitsTimes2025Jul: {
    title: 'News report (Bloomberg copy), Jul 2025: sanctions on Song Kum Hyok and four companies [seed 003]',
    publisher: 'The Straits Times / Bloomberg',
    sourceType: 'news',
    publishedOn: '2025-07',
    reliability: 'B',
  },
  babel2023Oct: {
    title: 'Babel (citing AP), Oct 2023: salaries sent to DPRK, $1.5M and 17 domains seized [seed 004]',
    publisher: 'Babel',
    sourceType: 'news',
    publishedOn: '2023-10',
    reliability: 'B',
  },
  sentinelLabs2024: {
    title: 'SentinelLabs research, Oct-Nov 2024: front-company websites of DPRK IT workers',
    publisher: 'SentinelLabs',
    sourceType: 'research',
    publishedOn: '2024-11',
    reliability: 'C',
  },
} as const satisfies Record<string, SourceFact>;

export type SourceHandle = keyof typeof SOURCES;

/** The Source entity id of a handle, derived from its natural key like every other id. */
export function sourceId(handle: SourceHandle): string {
  return entityId('Source', { ...SOURCES[handle] });
}
