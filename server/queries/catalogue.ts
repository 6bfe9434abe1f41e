// docs/queries.md, generated from the query headers: the catalogue analysts read, never edited by hand.
import { CATALOGUE_INTRO } from './catalogue-intro.js';
import type { QueryLibrary } from './load-library.js';
import type { QueryParameter, SavedQueryDef } from './types.js';

export const CATALOGUE_FILE = 'docs/queries.md';

function parameterLine(p: QueryParameter): string {
  const facts = [
    p.type,
    p.required ? 'required' : p.default !== undefined ? `default ${JSON.stringify(p.default)}` : 'optional',
  ];
  if (p.min !== undefined || p.max !== undefined) facts.push(`${p.min ?? '…'} to ${p.max ?? '…'}`);
  return `| \`${p.name}\` | ${facts.join(', ')} | ${p.description.replaceAll('|', '\\|')} |`;
}

function section(q: SavedQueryDef): string {
  const lines = [
    `### ${q.title}`,
    '',
    `\`${q.name}\` · shows ${q.shows} · ${q.tags.map((t) => `#${t}`).join(' ')}`,
    '',
    q.description,
    '',
  ];
  if (q.parameters.length > 0) {
    lines.push(
      '| Parameter | Type | Meaning |',
      '| --- | --- | --- |',
      ...q.parameters.map(parameterLine),
      '',
    );
  }
  const example = q.parameters
    .filter((p) => p.required)
    .map((p) => ` --param ${p.name}=…`)
    .join('');
  lines.push(`\`npm run query -- ${q.name}${example}\``, '');
  return lines.join('\n');
}

export function catalogueMarkdown(library: QueryLibrary): string {
  const queries = [...library.queries.values()].sort((a, b) => a.name.localeCompare(b.name));
  const index = queries.map((q) => `- [${q.title}](#${anchor(q.title)}) (\`${q.name}\`)`);
  const problems = library.problems.map((p) => `- \`${p.file}\`: ${p.message}`);
  const broken = problems.length > 0 ? ['', '## Files with problems', '', ...problems] : [];
  return `${[CATALOGUE_INTRO, ...index, '', ...queries.map(section)].join('\n').trimEnd()}\n${broken.join('\n')}${broken.length ? '\n' : ''}`;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replaceAll(' ', '-');
}
