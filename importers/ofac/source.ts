// The list's constants and the Source entity that backs every fact of one snapshot.

export const LIST_NAME = 'OFAC SDN';
export const PUBLISHER = 'U.S. Treasury OFAC';
export const ORIGIN = 'import:ofac';

/** Properties of the Source for a snapshot: one per list date, reliability A (the issuing authority). */
export function snapshotSource(date: string): Record<string, unknown> {
  return {
    title: `OFAC SDN list (legacy CSV) as of ${date}`,
    publisher: PUBLISHER,
    sourceType: 'list',
    publishedOn: date,
    reliability: 'A',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
    grade: 'confirmed',
  };
}
