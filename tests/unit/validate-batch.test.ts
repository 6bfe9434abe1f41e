// Validation names every bad item and field, and never lets an unknown kind or link through.
import { describe, expect, it } from 'vitest';
import { ThreadlineError } from '../../server/errors/threadline-error.js';
import { validateBatch } from '../../server/graph/validate-batch.js';

function errorOf(fn: () => unknown): ThreadlineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ThreadlineError) return error;
    throw error;
  }
  throw new Error('expected a ThreadlineError');
}

describe('validateBatch', () => {
  it('types values and derives ids', () => {
    const batch = validateBatch({
      entities: [
        {
          kind: 'Wallet',
          properties: { network: 'ethereum', address: '0xAbC', assets: ['ETH', 'ETH', 'USDT'] },
        },
        { kind: 'FrontCompany', properties: { name: 'Volasys Silver Star', country: null } },
      ],
      relationships: [
        {
          type: 'CONTROLS',
          from: { kind: 'FrontCompany', key: { name: 'VOLASYS SILVER STAR' } },
          to: { kind: 'Wallet', key: { network: 'ethereum', address: '0xabc' } },
        },
      ],
    });
    expect(batch.entities[0]?.properties.assets).toEqual(['ETH', 'USDT']);
    expect(batch.entities[1]?.properties).not.toHaveProperty('country');
    expect(batch.relationships[0]?.from.id).toBe(batch.entities[1]?.id);
    expect(batch.relationships[0]?.to.id).toBe(batch.entities[0]?.id);
  });

  it('names every bad item with its path and code BAD_USER_INPUT', () => {
    const error = errorOf(() =>
      validateBatch({
        entities: [
          { kind: 'Worker', properties: { name: 'A' } },
          { kind: 'Yacht', properties: {} },
          { kind: 'Identity', properties: { name: 'B', birthDate: '31/12/1990' } },
          { kind: 'Laptop', properties: { serial: 'S1', colour: 'red' } },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.map((d) => d.path)).toEqual([
      'entities[1].kind',
      'entities[2].properties.birthDate',
      'entities[3].properties',
    ]);
    expect(error.details[2]?.message).toContain('colour');
  });

  it('refuses a link the model does not allow and system-kept provenance', () => {
    const error = errorOf(() =>
      validateBatch({
        entities: [{ kind: 'Worker', properties: { name: 'A', origins: ['forged'] } }],
        relationships: [
          {
            type: 'SHIPPED_TO',
            from: { kind: 'Worker', key: { name: 'A' } },
            to: { kind: 'Address', key: { full: 'X' } },
          },
        ],
      }),
    );
    expect(error.details.map((d) => d.path)).toEqual(['entities[0].properties', 'relationships[0]']);
    expect(error.details[1]?.message).toBe('SHIPPED_TO does not link Worker to Address');
  });

  it('refuses an oversized batch with BATCH_TOO_LARGE', () => {
    const entities = Array.from({ length: 11 }, (_, i) => ({
      kind: 'Domain',
      properties: { name: `d${i}.example` },
    }));
    expect(errorOf(() => validateBatch({ entities }, 10)).code).toBe('BATCH_TOO_LARGE');
  });
});
