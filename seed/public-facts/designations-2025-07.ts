// The Treasury designations of 8 Jul 2025: Song Kum Hyok and the Russia-based network contracting DPRK workers.
import { announcedDesignation, type Fact, fact, type Link, link, refOf } from './fact-helpers.js';
import type { SourceHandle } from './sources.js';

const DESIGNATED = '2025-07-08';
const SOURCES: readonly SourceHandle[] = ['treasury2025Jul', 'straitsTimes2025Jul'];

const ARTYOM = 'Artyom, Primorsky Krai, Russia';
const PYONGYANG = 'Pyongyang, Korea, North';

// Kinds as the OFAC importer's known-entries table assigns them (importers/ofac/known-entries.ts).
const songKumHyok = fact(
  'Worker',
  { name: 'SONG, Kum Hyok', role: 'facilitator of the IT-worker scheme (Andariel-linked cyber actor)' },
  SOURCES,
);
const asatryan = fact('Facilitator', { name: 'ASATRYAN, Gayk', role: 'contracted DPRK IT workers' }, SOURCES);
const asatryanLlc = fact('FrontCompany', { name: 'ASATRYAN LLC', country: 'Russia' }, SOURCES);
const fortunaLlc = fact('FrontCompany', { name: 'FORTUNA LLC', country: 'Russia' }, SOURCES);
const songkwang = fact(
  'FrontCompany',
  { name: 'Korea Songkwang Trading General Corporation', country: 'Korea, North' },
  SOURCES,
);
const saenal = fact(
  'FrontCompany',
  { name: 'Korea Saenal Trading Corporation', country: 'Korea, North' },
  SOURCES,
);
// City-level addresses only: the sources name the town, not a street.
const artyom = fact(
  'Address',
  { full: ARTYOM, city: 'Artyom', region: 'Primorsky Krai', country: 'Russia' },
  SOURCES,
);
const pyongyang = fact('Address', { full: PYONGYANG, city: 'Pyongyang', country: 'Korea, North' }, SOURCES);

const DESIGNATED_PARTIES = [songKumHyok, asatryan, asatryanLlc, fortunaLlc, songkwang, saenal];
const designations = DESIGNATED_PARTIES.map((entity) => announcedDesignation(entity, DESIGNATED, SOURCES));

const ENTITIES: Fact[] = [...DESIGNATED_PARTIES, artyom, pyongyang, ...designations.map((d) => d.sanction)];

// The release gives Asatryan's contracts as "up to 30 and 50 workers" in the order Songkwang, Saenal:
// the pairing is read from that order, hence a confidence below 1.
const contract = (company: Fact, workers: number) =>
  link('LINKED_TO', refOf(asatryan), refOf(company), SOURCES, {
    properties: { nature: `contract for up to ${workers} DPRK IT workers`, confidence: 0.8 },
  });

const LINKS: Link[] = [
  ...designations.map((d) => d.link),
  link('LINKED_TO', refOf(asatryan), refOf(asatryanLlc), SOURCES, {
    properties: { nature: 'designated together' },
  }),
  link('LINKED_TO', refOf(asatryan), refOf(fortunaLlc), SOURCES, {
    properties: { nature: 'designated together' },
  }),
  link('LOCATED_AT', refOf(asatryanLlc), refOf(artyom), SOURCES),
  link('LOCATED_AT', refOf(fortunaLlc), refOf(artyom), SOURCES),
  link('LOCATED_AT', refOf(songkwang), refOf(pyongyang), SOURCES),
  link('LOCATED_AT', refOf(saenal), refOf(pyongyang), SOURCES),
  contract(songkwang, 30),
  contract(saenal, 50),
];

export const DESIGNATIONS_2025_07 = { entities: ENTITIES, links: LINKS };
