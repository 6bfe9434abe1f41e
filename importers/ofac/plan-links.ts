// "Linked To: NAME" facts become LINKED_TO between the two entries' entities, or are reported.
import type { IssueLog } from '../shared/issues.js';
import type { ItemPool } from '../shared/item-pool.js';
import type { ListEntry } from './assemble-entries.js';
import { LinkResolver } from './link-resolver.js';
import type { Ref } from './plan-entry.js';
import { SDN_FILE } from './sdn-file.js';

export const LINK_NATURE = 'OFAC SDN: Linked To';

export function planLinks(
  entries: readonly ListEntry[],
  refs: ReadonlyMap<string, Ref>,
  ctx: { pool: ItemPool; issues: IssueLog; seen: Record<string, string> },
): void {
  const resolver = new LinkResolver(entries);
  for (const { row, facts } of entries) {
    const from = refs.get(row.entNum);
    if (!from) continue;
    for (const name of facts.linkedTo) {
      const target = resolver.resolve(name, row.entNum);
      const to = 'entNum' in target ? refs.get(target.entNum) : undefined;
      if (to) {
        ctx.pool.relationship('LINKED_TO', from, to, { nature: LINK_NATURE, ...ctx.seen }, SDN_FILE);
        continue;
      }
      const problem = 'problem' in target ? target : { problem: 'ORPHAN_LINK' as const, candidates: [] };
      const detail =
        problem.problem === 'ORPHAN_LINK'
          ? 'matches no entry of this snapshot'
          : `matches several entries (${problem.candidates.join(', ')})`;
      ctx.issues.add({
        code: problem.problem,
        file: SDN_FILE,
        line: row.line,
        message: `ent_num ${row.entNum}: "Linked To: ${name}" ${detail}: skipped`,
      });
    }
  }
}
