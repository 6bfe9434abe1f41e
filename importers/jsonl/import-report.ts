// The summary every generic import returns (FtM, JSON Lines, CSV) and its plain-text form for the CLI.
import type { ImportIssue } from '../shared/issues.js';
import type { FileWrites, Tally } from '../shared/write-items.js';

export interface ImportReport {
  format: 'ftm' | 'jsonl' | 'csv';
  file: string;
  /** Records (lines or rows) read, blank lines aside. */
  records: number;
  /** Records left out entirely: malformed, or of a schema we do not map. */
  skipped: number;
  /** FtM only: how many records of each schema we do not map were skipped. */
  skippedSchemata: Record<string, number>;
  writes: FileWrites;
  issues: ImportIssue[];
  /** Ids of every entity the import wrote or found unchanged, for exports of exactly what was imported. */
  entityIds: string[];
}

const n = (value: number): string => value.toLocaleString('en-US');
const tally = (t: Tally): string =>
  `${n(t.created)} created, ${n(t.updated)} updated, ${n(t.unchanged)} unchanged`;

export function formatImportReport(report: ImportReport, maxIssues = 10): string {
  const lines = [
    `${report.format} import of ${report.file}: ${n(report.records)} records, ${n(report.skipped)} skipped`,
    `  entities: ${tally(report.writes.entities)}`,
    `  relationships: ${tally(report.writes.relationships)}`,
  ];
  const schemata = Object.entries(report.skippedSchemata);
  if (schemata.length > 0) {
    lines.push(`  schemata not mapped: ${schemata.map(([s, c]) => `${s} ${n(c)}`).join(', ')}`);
  }
  const byCode = new Map<string, ImportIssue[]>();
  for (const issue of report.issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  for (const [code, issues] of byCode) {
    lines.push(`  ${code}: ${n(issues.length)}`);
    for (const issue of issues.slice(0, maxIssues)) {
      lines.push(`    ${issue.file}${issue.line === undefined ? '' : `:${issue.line}`}: ${issue.message}`);
    }
    if (issues.length > maxIssues) lines.push(`    … and ${n(issues.length - maxIssues)} more`);
  }
  return lines.join('\n');
}
