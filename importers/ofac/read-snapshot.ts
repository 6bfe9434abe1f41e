// Reads a snapshot folder (sdn.csv, optional add.csv and alt.csv) into list entries and their issues.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../server/errors/threadline-error.js';
import { IssueLog } from '../shared/issues.js';
import { ADD_FILE, readAddFile } from './add-file.js';
import { ALT_FILE, readAltFile } from './alt-file.js';
import { assembleEntries, type ListEntry } from './assemble-entries.js';
import { readSdnFile, SDN_FILE } from './sdn-file.js';
import { type SnapshotDate, snapshotDate } from './snapshot-date.js';

export interface FileRead {
  file: string;
  present: boolean;
  /** Rows that parsed and were used. */
  rows: number;
}

export interface Snapshot extends SnapshotDate {
  folder: string;
  entries: ListEntry[];
  files: FileRead[];
  issues: IssueLog;
}

/** Finds a file by name whatever its case (OFAC's downloads say SDN.CSV, mirrors sdn.csv). */
async function locate(folder: string, name: string): Promise<string | undefined> {
  const names = await readdir(folder).catch(() => {
    throw badInput(`Cannot read folder ${folder}`);
  });
  const found = names.find((n) => n.toLowerCase() === name);
  return found === undefined ? undefined : path.join(folder, found);
}

async function readOptional(folder: string, name: string): Promise<string | undefined> {
  const file = await locate(folder, name);
  return file === undefined ? undefined : readFile(file, 'utf8');
}

export async function readSnapshot(folder: string, asOf?: string): Promise<Snapshot> {
  const when = snapshotDate(folder, asOf);
  const sdnText = await readOptional(folder, SDN_FILE);
  if (sdnText === undefined) throw badInput(`No ${SDN_FILE} in ${folder}`);
  const addText = await readOptional(folder, ADD_FILE);
  const altText = await readOptional(folder, ALT_FILE);
  const issues = new IssueLog();
  const sdnRows = readSdnFile(sdnText, issues);
  const addRows = addText === undefined ? [] : readAddFile(addText, issues);
  const altRows = altText === undefined ? [] : readAltFile(altText, issues);
  const entries = assembleEntries(sdnRows, addRows, altRows, issues);
  const used = (file: string, rows: number) =>
    rows - issues.issues.filter((i) => i.file === file && SKIPPED_AFTER_PARSE.has(i.code)).length;
  return {
    ...when,
    folder,
    entries,
    issues,
    files: [
      { file: SDN_FILE, present: true, rows: used(SDN_FILE, sdnRows.length) },
      { file: ADD_FILE, present: addText !== undefined, rows: used(ADD_FILE, addRows.length) },
      { file: ALT_FILE, present: altText !== undefined, rows: used(ALT_FILE, altRows.length) },
    ],
  };
}

// Rows that parsed but were left out when the files were joined.
const SKIPPED_AFTER_PARSE = new Set(['DUPLICATE_ROW', 'CONFLICTING_ROW', 'ORPHAN_ROW']);
