// Human words for kinds and counts ("3 phone numbers", "1 front company"), derived from the kind's name.
import type { ClusterSummary, KindCount } from '../api/types.js';

/** FrontCompany → front company. */
export function kindWords(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function plural(word: string, n: number): string {
  if (n === 1) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export function countWords(count: number, kind: string): string {
  return `${count.toLocaleString('en-US')} ${plural(kindWords(kind), count)}`;
}

export function countsText(counts: readonly KindCount[]): string {
  return [...counts]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((c) => countWords(c.count, c.kind))
    .join(', ');
}

/** "YANBIAN SILVERSTAR … network: 23 workers, 61 identities, 9 addresses, 12 wallets". */
export function summaryBadge(summary: Pick<ClusterSummary, 'label' | 'counts'>): string {
  const counts = countsText(summary.counts);
  return counts ? `${summary.label}: ${counts}` : summary.label;
}
