// The date a list snapshot is "as of": from an explicit option, else from the folder name (2024-05).
import path from 'node:path';
import { badInput } from '../../server/errors/threadline-error.js';
import { parseListDate } from './list-dates.js';

export interface SnapshotDate {
  /** ISO partial date, `YYYY-MM` or `YYYY-MM-DD`: the Source's publishedOn and a delisting's date. */
  date: string;
  /** The same instant as a datetime (first day of the month when the day is unknown): firstSeen/lastSeen. */
  datetime: string;
}

export function snapshotDate(folder: string, asOf?: string): SnapshotDate {
  const text = asOf ?? /(\d{4}-\d{2}(?:-\d{2})?)/.exec(path.basename(path.resolve(folder)))?.[1];
  const date = text === undefined ? undefined : parseListDate(text);
  if (!date || date.length < 7) {
    throw badInput(
      asOf === undefined
        ? `Cannot tell the list's date from the folder name "${path.basename(folder)}": pass --as-of YYYY-MM[-DD]`
        : `--as-of "${asOf}" is not a date YYYY-MM or YYYY-MM-DD`,
    );
  }
  const [year, month, day] = date.split('-');
  return { date, datetime: `${year}-${month}-${day ?? '01'}T00:00:00.000Z` };
}
