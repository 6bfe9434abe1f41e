// The Georgia case (N.D. Ga., indicted 24 Jun 2025): four DPRK IT workers who stole crypto from employers.
import { type Fact, fact, type Link, link, refOf } from './fact-helpers.js';
import type { SourceHandle } from './sources.js';

const SOURCES: readonly SourceHandle[] = ['doj2025Jun', 'heise2025Jul'];

const FIGURES = {
  indicted: '2025-06-24 (N.D. Ga.)',
  cryptoStolenUsd: 'about 900,000',
  victims: 'a blockchain start-up in Atlanta and a Serbian company',
  laundering: 'Tornado Cash',
};

const workers = ['Kim Kwang Jin', 'Kang Tae Bok', 'Jong Pong Ju', 'Chang Nam Il'].map((name) =>
  fact('Worker', { name, nationality: 'Korea, North', role: 'IT worker' }, SOURCES, { figures: FIGURES }),
);

const ENTITIES: Fact[] = workers;

// Co-defendants hang off the first-named defendant: one star, not every pair.
const [first, ...others] = workers;
const LINKS: Link[] = first
  ? others.map((worker) =>
      link('LINKED_TO', refOf(first), refOf(worker), SOURCES, {
        properties: {
          nature: 'co-defendant (N.D. Ga., about $900K in crypto stolen, laundered via Tornado Cash)',
        },
      }),
    )
  : [];

export const GEORGIA_CASE = { entities: ENTITIES, links: LINKS };
