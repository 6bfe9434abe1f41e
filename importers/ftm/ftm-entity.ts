// One FollowTheMoney entity as OpenSanctions and Aleph publish it: every property a list of strings.

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** The entity, or the reason the line is not one (reported as MALFORMED_ROW with its line). */
export function parseFtmLine(text: string): FtmEntity | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const { id, schema, properties } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '') return 'no "id"';
  if (typeof schema !== 'string' || schema.trim() === '') return `${id}: no "schema"`;
  if (properties !== undefined && (typeof properties !== 'object' || properties === null)) {
    return `${id}: "properties" is not an object`;
  }
  const props: Record<string, string[]> = {};
  for (const [name, values] of Object.entries((properties ?? {}) as Record<string, unknown>)) {
    // FtM says lists of strings; a lone string is common enough in hand-made files to accept.
    const list = Array.isArray(values) ? values : [values];
    if (!list.every((v) => typeof v === 'string'))
      return `${id}: property "${name}" is not a list of strings`;
    const kept = (list as string[]).map((v) => v.trim()).filter((v) => v !== '');
    if (kept.length > 0) props[name] = [...new Set(kept)];
  }
  return { id, schema, properties: props };
}

export const first = (e: FtmEntity, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = e.properties[name]?.[0];
    if (value !== undefined) return value;
  }
  return undefined;
};

export const all = (e: FtmEntity, ...names: string[]): string[] => [
  ...new Set(names.flatMap((name) => e.properties[name] ?? [])),
];

/** FtM dates may carry a time or be partial; the model takes YYYY, YYYY-MM or YYYY-MM-DD. */
export const ftmDate = (value: string | undefined): string | undefined => value?.slice(0, 10);

/** A float from FtM's text numbers ("1,200.50"); undefined when it is not one. */
export function ftmNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/[,\s]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}
