// Dates as the SDN list writes them ("05 Feb 1970", "Feb 1970", "1970") turned into ISO partial dates.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when the text is exactly one such date; undefined for anything looser
 * ("circa 1960", "1960 to 1962"), which callers keep as text rather than guess.
 */
export function parseListDate(text: string): string | undefined {
  const value = text.trim();
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return isReal(value) ? value : undefined;
  const match = /^(?:(\d{1,2}) )?([A-Za-z]{3}) (\d{4})$/.exec(value);
  if (!match) return undefined;
  const [, day, monthName, year] = match as unknown as [string, string | undefined, string, string];
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return undefined;
  const date = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(Number(day))}`;
  return isReal(date) ? date : undefined;
}

/** Rejects 31 Feb and friends: the list has typos, the graph should not. */
function isReal(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number | undefined];
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCMonth() === month - 1 && real.getUTCDate() === day;
}
