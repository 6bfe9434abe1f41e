// UpsertInput → RawBatch: per-kind lists flattened, and the writer's error paths mapped back to the client's.
import { describe, expect, it } from 'vitest';
import { ThreadlineError } from '../../server/errors/threadline-error.js';
import type { UpsertInput } from '../../server/graphql/__generated__/resolvers-types.js';
import { clientPath, toRawBatch, withClientPaths } from '../../server/graphql/modules/writes/to-raw-batch.js';

const input = {
  source: { title: 'Indictment', publisher: 'DOJ' },
  workers: [{ name: 'A' }, { name: 'B' }],
  identities: [{ name: 'C', birthDate: '1990' }],
  relationships: [
    { type: 'USES', from: { kind: 'Worker', key: { name: 'A' } }, to: { kind: 'Identity', id: 'idn_x' } },
  ],
} as unknown as UpsertInput;

describe('toRawBatch', () => {
  it('puts the source first, then each kind in model order', () => {
    const { raw, entityPaths, sourceIndex } = toRawBatch(input);
    expect(sourceIndex).toBe(0);
    expect(raw.entities?.map((e) => e.kind)).toEqual(['Source', 'Worker', 'Worker', 'Identity']);
    expect(entityPaths).toEqual([
      'input.source',
      'input.workers[0]',
      'input.workers[1]',
      'input.identities[0]',
    ]);
    expect(raw.relationships?.[0]?.to).toEqual({ kind: 'Identity', id: 'idn_x', key: undefined });
  });

  it('maps writer paths to the fields the client sent', () => {
    const { entityPaths } = toRawBatch(input);
    expect(clientPath('entities[3].properties.birthDate', entityPaths)).toBe('input.identities[0].birthDate');
    expect(clientPath('relationships[0].from', entityPaths)).toBe('input.relationships[0].from');
    const error = withClientPaths(
      new ThreadlineError('BAD_USER_INPUT', 'Invalid batch: entities[2].properties.name: bad', [
        { path: 'entities[2].properties.name', message: 'bad' },
      ]),
      entityPaths,
    ) as ThreadlineError;
    expect(error.details[0]?.path).toBe('input.workers[1].name');
    expect(error.message).toBe('Invalid batch: input.workers[1].name: bad');
  });
});
