// The supernode banner's words, a pure function of a capped expansion.
import { countWords } from '../graph/labels.js';
import type { Truncation } from './ui-state.js';

/** "showing 200 of 4,819 laptops"; of a supernode, whose links were only partly read: "of 2,183+ neighbours". */
export function truncationText(t: Truncation): string {
  const main = [...t.omitted].sort((a, b) => b.count - a.count)[0];
  const what =
    main && t.omitted.length === 1 ? countWords(t.total, main.kind).replace(/^[\d,]+ /, '') : 'neighbours';
  const total = `${t.total.toLocaleString('en-US')}${t.exact === false ? '+' : ''}`;
  return `${t.anchorLabel}: showing ${t.shown.toLocaleString('en-US')} of ${total} ${what}`;
}
