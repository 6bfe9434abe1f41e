// What an importer found wrong in its input: reported with file and line, never thrown, never silent.

/** Stable codes: reports and tests check the code, not the message. */
export type IssueCode =
  | 'MALFORMED_ROW' // the row does not follow the file's format: skipped
  | 'EOF_MARKER' // a DOS end-of-file character (Ctrl-Z): the rest of the file is ignored
  | 'DUPLICATE_ROW' // the same entry listed twice with the same name: the repeat is skipped
  | 'CONFLICTING_ROW' // an id reused for another name: the later row is skipped, never merged
  | 'ORPHAN_ROW' // an address or alias row for an entry the main file does not hold: skipped
  | 'ORPHAN_LINK' // a "Linked To" name that matches no entry: the link is skipped
  | 'AMBIGUOUS_LINK' // a "Linked To" name that matches several entries: the link is skipped
  | 'TRUNCATED_REMARKS' // remarks cut at the format's length limit: the cut-off last fact is dropped
  | 'BAD_WALLET' // a digital-currency address that cannot be a real one: skipped
  | 'NOT_ALLOWED'; // the model allows no such link between these kinds: skipped

export interface ImportIssue {
  code: IssueCode;
  file: string;
  /** 1-based line in `file`, when the issue belongs to one row. */
  line?: number;
  message: string;
}

/** Collects issues in the order they are found; `count(code)` feeds the summary. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];

  add(issue: ImportIssue): void {
    this.issues.push(issue);
  }

  count(code: IssueCode, file?: string): number {
    return this.issues.filter((i) => i.code === code && (file === undefined || i.file === file)).length;
  }
}
