// Pure merge pieces: property folding, where links go, the survivor's aliases, exact integer round trips.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { MODEL } from '../../model/index.js';
import { relationshipId } from '../../model/keys.js';
import { foldProperties } from '../../server/resolution/fold-properties.js';
import { planMoves, type StoredRelationship, targetProperties } from '../../server/resolution/merge-plan.js';
import { forWrite, fromStored } from '../../server/resolution/stored-properties.js';
import { survivorProperties } from '../../server/resolution/survivor-properties.js';

const rel = (
  type: string,
  from: string,
  to: string,
  props: Record<string, unknown> = {},
): StoredRelationship => ({
  id: relationshipId(type, from, to, props),
  type,
  from,
  to,
  props: { ...props, id: relationshipId(type, from, to, props) },
  ints: [],
});

describe('foldProperties', () => {
  it('unions lists, keeps the strongest grade and the widest sighting, and fills only missing scalars', () => {
    const folded = foldProperties(
      {
        id: 's',
        name: 'A',
        aliases: ['x'],
        grade: 'probable',
        firstSeen: '2020',
        lastSeen: '2021',
        role: 'lead',
      },
      [
        {
          id: 'o',
          name: 'B',
          aliases: ['y', 'x'],
          grade: 'confirmed',
          firstSeen: '2019',
          lastSeen: '2022',
          role: 'dev',
          nationality: 'KP',
          mergedInto: 'q',
        },
      ],
      MODEL.kind('Worker').properties,
    );
    expect(folded).toEqual({
      id: 's',
      name: 'A',
      aliases: ['x', 'y'],
      grade: 'confirmed',
      firstSeen: '2019',
      lastSeen: '2022',
      role: 'lead',
      nationality: 'KP',
    });
  });
});

describe('planMoves', () => {
  const links = [
    rel('CONTROLS', 'wrk_b', 'wal_1'),
    rel('CONTROLS', 'wrk_c', 'wal_1'),
    rel('LINKED_TO', 'wrk_b', 'wrk_c'),
    rel('LINKED_TO', 'wrk_a', 'wrk_b'),
    rel('TRANSFERRED_TO', 'wal_9', 'wal_1', { txHash: '0x1', at: '2020-01-01T00:00:00.000Z' }),
    rel('HAS_PHONE', 'wrk_c', 'phn_1'),
  ];

  it('re-points links at the survivor under the ids an upsert would derive, and drops loops', () => {
    const plan = planMoves('wrk_a', ['wrk_b', 'wrk_c'], links);
    expect(plan.dropped.map((r) => r.type).sort()).toEqual(['LINKED_TO', 'LINKED_TO']);
    const controls = plan.targets.find((t) => t.type === 'CONTROLS');
    expect(controls?.id).toBe(relationshipId('CONTROLS', 'wrk_a', 'wal_1', {}));
    expect(controls?.sources).toHaveLength(2);
    expect(plan.targets.find((t) => t.type === 'HAS_PHONE')).toMatchObject({ from: 'wrk_a', to: 'phn_1' });
    // A link between two other entities is untouched by the plan (the caller only reads the duplicates' links).
    expect(plan.targets.find((t) => t.type === 'TRANSFERRED_TO')).toMatchObject({
      from: 'wal_9',
      to: 'wal_1',
    });
  });

  it("folds twin links into one, or into the survivor's existing link", () => {
    const [target] = planMoves('wrk_a', ['wrk_b', 'wrk_c'], links.slice(0, 2)).targets;
    if (!target) throw new Error('no target');
    const created = targetProperties(target, undefined, 'NOW');
    expect(created.props).toMatchObject({ id: target.id, updatedAt: 'NOW' });
    const folded = targetProperties(
      target,
      { props: { id: target.id, from: '2018', sourceIds: ['s1'] }, ints: [] },
      'NOW',
    );
    expect(folded.props).toMatchObject({ id: target.id, from: '2018', sourceIds: ['s1'] });
  });
});

describe('survivorProperties', () => {
  it("adds the duplicates' names and aliases once each, by normalised form, and refreshes search text", () => {
    const node = (id: string, props: Record<string, unknown>) => ({
      id,
      kind: 'Worker',
      labels: [],
      props,
      ints: [],
    });
    const out = survivorProperties(
      node('wrk_a', { name: 'Pak Il', aliases: ['P. Il'] }),
      [node('wrk_b', { name: 'PAK  IL' }), node('wrk_c', { name: 'Park Il', aliases: ['p il', 'Il Park'] })],
      'NOW',
    );
    expect(out.props.aliases).toEqual(['P. Il', 'Park Il', 'Il Park']);
    expect(out.props.searchText).toContain('park');
    expect(out.props.updatedAt).toBe('NOW');
  });
});

describe('stored properties', () => {
  it('keep integers integers through JSON, and refuse values JSON cannot hold', () => {
    const stored = fromStored(
      { props: { n: neo4j.int(7), list: [neo4j.int(1)], f: 1.5 }, ints: ['n', 'list'], exotic: [] },
      'x',
    );
    const back = forWrite(JSON.parse(JSON.stringify(stored)));
    expect(neo4j.isInt(back.n)).toBe(true);
    expect((back.list as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(back.f).toBe(1.5);
    expect(() => fromStored({ props: {}, ints: [], exotic: ['when'] }, 'x')).toThrow(/exactly/);
  });
});
