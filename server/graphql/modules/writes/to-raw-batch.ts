// The typed UpsertInput flattened into the writer's RawBatch, and the writer's error paths mapped back.
import { MODEL } from '../../../../model/index.js';
import { type ErrorDetail, ThreadlineError } from '../../../errors/threadline-error.js';
import type { RawBatch } from '../../../graph/validate-batch.js';
import type { UpsertInput } from '../../__generated__/resolvers-types.js';
import { inputFieldName } from '../../model-sdl.js';

export interface FlatBatch {
  raw: RawBatch;
  /** `input.workers[2]` for each flattened entity index: how the client named the item. */
  entityPaths: string[];
  /** Index of the source entity in raw.entities, when the input names one. */
  sourceIndex: number | undefined;
}

// graphql-js hands input objects over without a prototype; the validator wants plain data.
const plain = (value: object): Record<string, unknown> => ({ ...value });

export function toRawBatch(input: UpsertInput): FlatBatch {
  const entities: RawBatch['entities'] = [];
  const entityPaths: string[] = [];
  let sourceIndex: number | undefined;
  if (input.source) {
    sourceIndex = entities.length;
    entities.push({ kind: 'Source', properties: plain(input.source) });
    entityPaths.push('input.source');
  }
  const lists = input as unknown as Record<string, object[] | null | undefined>;
  for (const kind of MODEL.kinds) {
    const field = inputFieldName(kind.name);
    (lists[field] ?? []).forEach((item, i) => {
      entities.push({ kind: kind.name, properties: plain(item) });
      entityPaths.push(`input.${field}[${i}]`);
    });
  }
  const relationships = (input.relationships ?? []).map((r) => ({
    type: r.type,
    from: {
      kind: r.from.kind,
      id: r.from.id ?? undefined,
      key: (r.from.key ?? undefined) as Record<string, unknown>,
    },
    to: {
      kind: r.to.kind,
      id: r.to.id ?? undefined,
      key: (r.to.key ?? undefined) as Record<string, unknown>,
    },
    properties: (r.properties ?? {}) as Record<string, unknown>,
  }));
  return { raw: { entities, relationships }, entityPaths, sourceIndex };
}

/** `entities[7].properties.birthDate` → `input.identities[2].birthDate`, as the client wrote it. */
export function clientPath(path: string | undefined, entityPaths: readonly string[]): string | undefined {
  if (!path) return path;
  const entity = /^entities\[(\d+)\](?:\.properties)?(.*)$/.exec(path);
  if (entity) return `${entityPaths[Number(entity[1])] ?? 'input'}${entity[2]}`;
  return path.startsWith('relationships[') ? `input.${path}` : path;
}

const RAW_PATH = /(?<![\w.])(entities|relationships)\[\d+\][\w.[\]]*/g;

/** The same error with every detail path as the client wrote it. */
export function withClientPaths(error: unknown, entityPaths: readonly string[]): unknown {
  if (!(error instanceof ThreadlineError)) return error;
  const details: ErrorDetail[] = error.details.map((d) => ({ ...d, path: clientPath(d.path, entityPaths) }));
  const message = error.message.replace(RAW_PATH, (path) => clientPath(path, entityPaths) ?? path);
  return new ThreadlineError(error.code, message, details, error.retryable);
}
