// A TextSink over a file that respects back-pressure, so exporting a large graph keeps memory flat.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { TextSink } from './element-types.js';

export interface FileSink extends TextSink {
  close(): Promise<void>;
}

export function fileSink(path: string): FileSink {
  const stream = createWriteStream(path, 'utf8');
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

/** Collects text in memory: for GraphQL responses and tests, never for the whole database. */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    write: (chunk) => {
      parts.push(chunk);
    },
    text: () => parts.join(''),
  };
}
