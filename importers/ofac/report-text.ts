// The import summary as plain text for the CLI: per file counts, then every issue with file and line.
import type { ImportIssue, IssueCode } from '../shared/issues.js';
import { emptyTally, type Tally } from '../shared/write-items.js';
import type { ImportReport } from './import-ofac.js';

const ROW_SKIPS: readonly IssueCode[] = ['MALFORMED_ROW', 'DUPLICATE_ROW', 'CONFLICTING_ROW', 'ORPHAN_ROW'];
const LINK_SKIPS: readonly IssueCode[] = ['ORPHAN_LINK', 'AMBIGUOUS_LINK', 'NOT_ALLOWED', 'BAD_WALLET'];

/** Rows left out of a file, and links (relationships) left out for its rows. */
export function skippedIn(report: ImportReport, file: string): { rows: number; links: number } {
  const count = (codes: readonly IssueCode[]) =>
    report.issues.filter((i) => i.file === file && codes.includes(i.code)).length;
  return { rows: count(ROW_SKIPS), links: count(LINK_SKIPS) };
}

const n = (value: number): string => value.toLocaleString('en-US');
const tally = (t: Tally): string =>
  `${n(t.created)} created, ${n(t.updated)} updated, ${n(t.unchanged)} unchanged`;

export function formatReport(report: ImportReport, { maxIssuesPerCode = 10 } = {}): string {
  const lines = [
    `OFAC SDN list as of ${report.date} (${report.folder}): ${n(report.entries)} entries` +
      (report.newest ? '' : ' — a newer snapshot was imported before: no status changed'),
  ];
  const files = [...report.files.map((f) => f.file), 'source', 'delistings'];
  for (const file of files) {
    const read = report.files.find((f) => f.file === file);
    if (read && !read.present) {
      lines.push(`  ${file}: absent`);
      continue;
    }
    const writes = report.writes.get(file) ?? { entities: emptyTally(), relationships: emptyTally() };
    const skipped = skippedIn(report, file);
    const rows = read ? `${n(read.rows)} rows used, ${n(skipped.rows)} skipped; ` : '';
    lines.push(
      `  ${file}: ${rows}entities ${tally(writes.entities)}; relationships ${tally(writes.relationships)}`,
    );
    if (skipped.links > 0) lines.push(`    ${n(skipped.links)} links or wallets skipped (see issues)`);
  }
  lines.push(
    `  delisted now: ${n(report.delisted)}; add.csv rows without a street (not made Address nodes): ${n(report.placeOnlyAddresses)}`,
  );
  const byCode = new Map<IssueCode, ImportIssue[]>();
  for (const issue of report.issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  for (const [code, issues] of byCode) {
    lines.push(`  ${code}: ${n(issues.length)}`);
    for (const issue of issues.slice(0, maxIssuesPerCode)) {
      lines.push(`    ${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}: ${issue.message}`);
    }
    if (issues.length > maxIssuesPerCode) lines.push(`    … and ${n(issues.length - maxIssuesPerCode)} more`);
  }
  const t = report.timings;
  lines.push(`  time: read ${t.read} ms, compare ${t.plan} ms, write ${t.write} ms, total ${t.total} ms`);
  return lines.join('\n');
}
