// A query file: a header of `//` lines holding YAML (name, title, parameters…), then the Cypher.
import { parse as parseYaml } from 'yaml';
import { parseHeader } from './header-schema.js';
import type { QueryHeader } from './types.js';

export interface ParsedQueryFile {
  header: QueryHeader;
  cypher: string;
}

/** Splits the leading `//` block from the body; the `// ` prefix is removed so YAML indentation survives. */
export function splitHeader(text: string): { yaml: string; cypher: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  while (i < lines.length && lines[i]?.trim() === '') i += 1;
  const header: string[] = [];
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (!line.trimStart().startsWith('//')) break;
    header.push(line.trimStart().replace(/^\/\/ ?/, ''));
  }
  return { yaml: header.join('\n'), cypher: lines.slice(i).join('\n').trim().replace(/;\s*$/, '') };
}

/** Parses one file's text; problems name what is wrong so the loader can report the file and skip it. */
export function parseQueryFile(text: string): { query: ParsedQueryFile } | { problems: string[] } {
  const { yaml, cypher } = splitHeader(text);
  if (yaml.trim() === '') return { problems: ['no header: the file must start with `// name: …` lines'] };
  let raw: unknown;
  try {
    raw = parseYaml(yaml);
  } catch (error) {
    return { problems: [`header is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = parseHeader(raw);
  if ('problems' in parsed) return parsed;
  if (cypher === '') return { problems: ['no Cypher after the header'] };
  return { query: { header: parsed.header, cypher } };
}
