// A declarative CSV mapping (YAML), in the spirit of FtM mappings: which columns make which entities,
// and which links join them. Checked against the model as it loads: a bad mapping writes nothing.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { MODEL } from '../../model/index.js';
import { badInput, type ErrorDetail } from '../../server/errors/threadline-error.js';

/** A column name, a column split into a list, or a constant. */
const source = z.union([
  z.string().min(1),
  z.strictObject({ column: z.string().min(1), split: z.string().min(1).optional() }),
  z.strictObject({ value: z.union([z.string(), z.number(), z.boolean()]) }),
]);
export type ValueSource = z.infer<typeof source>;

const MAPPING = z.strictObject({
  csv: z
    .strictObject({ delimiter: z.string().length(1).default(','), quote: z.string().length(1).default('"') })
    .default({ delimiter: ',', quote: '"' }),
  origin: z.string().min(1).optional(),
  entities: z.record(
    z.string(),
    z.strictObject({ kind: z.string(), properties: z.record(z.string(), source) }),
  ),
  relationships: z
    .array(
      z.strictObject({
        type: z.string(),
        from: z.string(),
        to: z.string(),
        properties: z.record(z.string(), source).default({}),
      }),
    )
    .default([]),
});
export type CsvMapping = z.infer<typeof MAPPING>;

function checkModel(m: CsvMapping): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const [alias, e] of Object.entries(m.entities)) {
    if (!MODEL.isKind(e.kind)) {
      details.push({ path: `entities.${alias}.kind`, message: `unknown kind "${e.kind}"` });
      continue;
    }
    for (const prop of Object.keys(e.properties)) {
      if (!MODEL.kind(e.kind).own.includes(prop))
        details.push({
          path: `entities.${alias}.properties.${prop}`,
          message: `${e.kind} has no property "${prop}"`,
        });
    }
  }
  m.relationships.forEach((r, i) => {
    const from = m.entities[r.from]?.kind;
    const to = m.entities[r.to]?.kind;
    if (!from || !to)
      details.push({ path: `relationships[${i}]`, message: `unknown alias "${from ? r.to : r.from}"` });
    else if (!MODEL.isRelationship(r.type))
      details.push({ path: `relationships[${i}].type`, message: `unknown relationship type "${r.type}"` });
    else if (!MODEL.allows(r.type, from, to))
      details.push({ path: `relationships[${i}]`, message: `${r.type} does not link ${from} to ${to}` });
    else
      for (const prop of Object.keys(r.properties))
        if (!MODEL.relationship(r.type).own.includes(prop))
          details.push({
            path: `relationships[${i}].properties.${prop}`,
            message: `${r.type} has no property "${prop}"`,
          });
  });
  return details;
}

/** Parses and checks a mapping; BAD_USER_INPUT lists every problem at once. */
export function parseMapping(text: string, name = 'mapping'): CsvMapping {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw badInput(`${name}: not YAML: ${(error as Error).message}`);
  }
  const parsed = MAPPING.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw badInput(`${name}: ${details[0]?.path}: ${details[0]?.message}`, details);
  }
  const details = checkModel(parsed.data);
  if (details.length > 0) throw badInput(`${name}: ${details[0]?.path}: ${details[0]?.message}`, details);
  return parsed.data;
}

export async function loadMapping(file: string): Promise<CsvMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw badInput(`cannot read mapping "${file}"`);
  }
  return parseMapping(text, file);
}
