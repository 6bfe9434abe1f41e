// SDN entries of the DPRK IT-worker networks that the project models as core kinds, not Person/Organization.
//
// Why a table: the list says only "individual" or nothing; whether a sanctioned company runs IT workers is
// analysis, done once here. FrontCompany, Worker and Facilitator keys are the normalised name alone, so the
// importer and the public-facts seed (seed/) reach the SAME node as long as both use the list's name.

export type CoreKind = 'FrontCompany' | 'Worker' | 'Facilitator';

export interface KnownEntry {
  kind: CoreKind;
  why: string;
}

/** By ent_num: entries present in the stored snapshots (2022-01, 2024-05), checked against the files. */
export const KNOWN_BY_ENT_NUM: Readonly<Record<string, KnownEntry>> = {
  '24977': {
    kind: 'FrontCompany',
    why: 'Yanbian Silverstar: employer of the IT workers (Treasury sm481, DOJ 2024)',
  },
  '24978': { kind: 'FrontCompany', why: 'Volasys Silver Star: Yanbian Silverstar’s Russian front (sm481)' },
  '24979': {
    kind: 'Worker',
    why: 'JONG Song Hwa: CEO of Yanbian Silverstar, indicted with the workers (DOJ 2024)',
  },
  '43379': {
    kind: 'FrontCompany',
    why: 'Chinyong (Jinyong) IT Cooperation Company: sends IT workers abroad',
  },
  // A North Korean who manages workers and their pay, like JONG Song Hwa: a Worker, not a bystander Person.
  '43377': { kind: 'Worker', why: 'KIM Sang Man: Chinyong manager; his wallets receive the workers’ pay' },
  // Both say "Linked To: CHINYONG …" on the list and are typed as IT service companies.
  '48260': { kind: 'FrontCompany', why: 'LLC ALIS (Russia): listed as linked to Chinyong' },
  '48261': {
    kind: 'FrontCompany',
    why: 'Pioneer Bencont Star Real Estate (Laos): listed as linked to Chinyong',
  },
};

/**
 * By normalised name: designations after the stored snapshots (Treasury 8 Jul and 27 Aug 2025), so a newer
 * list classifies them too. Their ent_nums are not in any stored file; the spelling follows the releases.
 */
export const KNOWN_BY_NAME: Readonly<Record<string, KnownEntry>> = {
  'song kum hyok': {
    kind: 'Worker',
    why: 'North Korean (Andariel) running the IT-worker scheme (8 Jul 2025)',
  },
  'asatryan gayk': {
    kind: 'Facilitator',
    why: 'Russian national who contracted DPRK IT workers (8 Jul 2025)',
  },
  'asatryan llc': { kind: 'FrontCompany', why: 'Gayk Asatryan’s company employing IT workers (8 Jul 2025)' },
  'fortuna llc': { kind: 'FrontCompany', why: 'Gayk Asatryan’s company employing IT workers (8 Jul 2025)' },
  'korea songkwang trading general corporation': {
    kind: 'FrontCompany',
    why: 'Sent IT workers (8 Jul 2025)',
  },
  'korea saenal trading corporation': { kind: 'FrontCompany', why: 'Sent IT workers (8 Jul 2025)' },
  'shenyang geumpungri network technology co ltd': {
    kind: 'FrontCompany',
    why: 'Chinyong front (27 Aug 2025)',
  },
  'korea sinjin trading corporation': { kind: 'FrontCompany', why: 'Linked to Chinyong (27 Aug 2025)' },
  'kim ung sun': { kind: 'Facilitator', why: 'Linked to Chinyong (27 Aug 2025)' },
  'andreyev vitaliy sergeyevich': { kind: 'Facilitator', why: 'Linked to Chinyong (27 Aug 2025)' },
};
