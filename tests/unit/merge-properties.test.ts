// The merge rules of an upsert: what a second writer may change, and what it may not.
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/index.js';
import { mergeProperties } from '../../server/graph/merge-properties.js';

const specs = MODEL.kind('FrontCompany').properties;
const base = { specs, origin: 'test', now: '2025-01-01T00:00:00.000Z', defaultSourceIds: [] };

describe('mergeProperties', () => {
  it('creates with provenance defaults', () => {
    const { properties, status } = mergeProperties({ ...base, existing: undefined, incoming: { name: 'X' } });
    expect(status).toBe('created');
    expect(properties).toMatchObject({
      name: 'X',
      grade: 'unverified',
      origins: ['test'],
      firstSeen: base.now,
      createdAt: base.now,
    });
  });

  it('reports unchanged and keeps the stored properties when the same fact comes again', () => {
    const first = mergeProperties({ ...base, existing: undefined, incoming: { name: 'X', aliases: ['Y'] } });
    const again = mergeProperties({
      ...base,
      now: '2025-02-01T00:00:00.000Z',
      existing: first.properties,
      incoming: { name: 'X', aliases: ['Y'] },
    });
    expect(again.status).toBe('unchanged');
    expect(again.properties).toEqual(first.properties);
  });

  it('unions lists, lets the last writer win on scalars and keeps unstated properties', () => {
    const existing = { name: 'X', country: 'CN', aliases: ['A'], origins: ['seed'], grade: 'confirmed' };
    const { properties, status } = mergeProperties({
      ...base,
      existing,
      incoming: { name: 'X', aliases: ['B', 'A'], country: 'RU' },
    });
    expect(status).toBe('updated');
    expect(properties).toMatchObject({ aliases: ['A', 'B'], country: 'RU', origins: ['seed', 'test'] });
    expect(properties.updatedAt).toBe(base.now);
  });

  it('never lets a weaker grade weaken a fact, and widens the seen window', () => {
    const existing = {
      name: 'X',
      grade: 'probable',
      firstSeen: '2020-01-01T00:00:00.000Z',
      lastSeen: '2021-01-01T00:00:00.000Z',
    };
    const weaker = mergeProperties({ ...base, existing, incoming: { name: 'X', grade: 'unverified' } });
    expect(weaker.properties.grade).toBe('probable');
    const stronger = mergeProperties({
      ...base,
      existing,
      incoming: {
        grade: 'confirmed',
        firstSeen: '2019-06-01T00:00:00.000Z',
        lastSeen: '2020-06-01T00:00:00.000Z',
      },
    });
    expect(stronger.properties).toMatchObject({
      grade: 'confirmed',
      firstSeen: '2019-06-01T00:00:00.000Z',
      lastSeen: '2021-01-01T00:00:00.000Z',
    });
  });

  it('adds the batch sources to a fact that names none', () => {
    const { properties } = mergeProperties({
      ...base,
      defaultSourceIds: ['src_1'],
      existing: { name: 'X', sourceIds: ['src_0'] },
      incoming: { name: 'X' },
    });
    expect(properties.sourceIds).toEqual(['src_0', 'src_1']);
  });
});
