// What an entry keeps of a root field's arguments and result: ids, a size, and the arguments summarised
// where they can be huge (an upsert batch is counted per kind, not stored).

const COLLECTION_KEYS = ['ids', 'rows', 'entries', 'nodes'] as const;

/** An upsert batch as counts per list (kind) plus the source's title: never the items themselves. */
function summariseUpsertInput(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object') return {};
  const counts: Record<string, number> = {};
  let items = 0;
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value)) {
      counts[key] = value.length;
      items += value.length;
    }
  }
  const source = (input as { source?: { title?: unknown; publisher?: unknown } }).source;
  return {
    counts,
    items,
    ...(source ? { source: { title: source.title ?? null, publisher: source.publisher ?? null } } : {}),
  };
}

/** The parameters to store for a root field call (redaction and truncation happen later, in the log). */
export function summariseArguments(field: string, args: Record<string, unknown>): Record<string, unknown> {
  if (field === 'upsertEntities') return { input: summariseUpsertInput(args.input) };
  if (field === 'saveInvestigation') {
    const { state, ...rest } = args;
    return { ...rest, stateChars: JSON.stringify(state ?? null).length };
  }
  return args;
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : [];

/** Ids the call named or produced: id/ids/from/to arguments, and ids in the result. */
export function targetIdsOf(args: Record<string, unknown>, result: unknown): string[] {
  const ids = [...strings(args.id), ...strings(args.ids), ...strings(args.from), ...strings(args.to)];
  if (result && typeof result === 'object') {
    if (Array.isArray(result)) ids.push(...strings(result));
    else {
      const r = result as { id?: unknown; ids?: unknown };
      ids.push(...strings(r.id), ...strings(r.ids));
    }
  }
  return [...new Set(ids)];
}

/** How much the call returned: items of its main list, nodes plus edges of an export, else 1 (0 for null). */
export function resultSizeOf(result: unknown): number {
  if (result === null || result === undefined) return 0;
  if (Array.isArray(result)) return result.length;
  if (typeof result !== 'object') return 1;
  const r = result as Record<string, unknown>;
  if (typeof r.nodeCount === 'number' || typeof r.edgeCount === 'number')
    return Number(r.nodeCount ?? 0) + Number(r.edgeCount ?? 0);
  for (const key of COLLECTION_KEYS) {
    const value = r[key];
    if (Array.isArray(value)) return value.length;
  }
  return 1;
}
