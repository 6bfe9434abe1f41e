// Reads a text file line by line with 1-based line numbers, without holding the raw text twice.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { badInput } from '../../server/errors/threadline-error.js';

export interface NumberedLine {
  line: number;
  text: string;
}

/** Every non-blank line; a missing file is BAD_USER_INPUT before anything is read or written. */
export async function readLines(file: string): Promise<NumberedLine[]> {
  try {
    await access(file);
  } catch {
    throw badInput(`cannot read "${file}": no such file`);
  }
  const out: NumberedLine[] = [];
  let line = 0;
  const reader = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of reader) {
    line += 1;
    if (text.trim() !== '') out.push({ line, text });
  }
  return out;
}
