// mergeCandidates: shared identifiers, names, aliases and addresses make scored candidates with evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { type MergeCandidateView, mergeCandidates } from '../../server/resolution/merge-candidates.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { errorCode, fixtureTag, fixtureWorld, writeFixture } from '../support/fixture-world.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = fixtureTag();
const { entities, relationships, add, link } = fixtureWorld();

const ri = add('Worker', { name: `Ri Chol ${tag}`, aliases: [`Lee Chul ${tag}`] });
const lee = add('Worker', { name: `Lee Chul ${tag}` });
const wallet = add('Wallet', { network: 'ethereum', address: `0xcafe${tag}` });
link('CONTROLS', ri, wallet);
link('CONTROLS', lee, wallet);
const team = [1, 2, 3].map((i) => add('Worker', { name: `Team Member ${i} ${tag}` }));
const phone = add('PhoneNumber', { number: `+8210${parseInt(tag, 16) % 100_000_000}` });
for (const t of team) link('HAS_PHONE', t, phone);
const han1 = add('Person', { name: `Han Guk ${tag}`, qualifier: `A-${tag}` });
const han2 = add('Person', { name: `HAN  GUK ${tag}`, qualifier: `B-${tag}` });
const flat = add('Address', { full: `12 Duplicate Avenue ${tag}` });
link('RESIDES_AT', han1, flat);
link('RESIDES_AT', han2, flat);
const victim = add('Identity', { name: `Victim Name ${tag}`, birthDate: '1980-01-01', victim: true });
const namesake = add('Identity', { name: `Victim Name ${tag}`, birthDate: '1985-05-05' });

const mine = new Set(entities.map((e) => entityId(e.kind, e.properties)));
const pairOf = (list: MergeCandidateView[], a: string, b: string) =>
  list.find((c) => c.ids.includes(a) && c.ids.includes(b));

let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraphDb();
  await writeFixture(db, { entities, relationships }, 'test:resolution');
});

afterAll(() => db.close());

describe('mergeCandidates', () => {
  it("scores a shared wallet plus a name that is the other one's alias highest", async () => {
    const list = await mergeCandidates(db, { kind: 'Worker', limit: 1000, unmask: false });
    const pair = pairOf(list, ri.id, lee.id);
    expect(pair?.score).toBe(0.75);
    expect(pair?.nodes.map((n) => n.id).sort()).toEqual([ri.id, lee.id].sort());
    expect(pair?.evidence).toEqual([
      `shared Wallet 0xcafe${tag} (only these two)`,
      `"lee chul ${tag}" is one's name and the other's alias`,
    ]);
    // A phone three workers share is weaker evidence than one two share.
    expect(pairOf(list, team[0]?.id as string, team[2]?.id as string)?.score).toBe(0.3);
    expect(list.every((c) => c.nodes.every((n) => n.kind === 'Worker'))).toBe(true);
    const mineOnly = list.filter((c) => c.ids.every((id) => mine.has(id)));
    expect(mineOnly.map((c) => c.score)).toEqual([0.75, 0.3, 0.3, 0.3]);
  });

  it('adds equal normalised names and a shared address', async () => {
    const list = await mergeCandidates(db, { kind: 'Person', limit: 1000, unmask: false });
    const pair = pairOf(list, han1.id, han2.id);
    expect(pair?.score).toBe(0.68);
    expect(pair?.evidence).toContain(`same name "han guk ${tag}"`);
  });

  it('weakens namesakes born on different days, and masks victims unless the caller may unmask', async () => {
    const masked = pairOf(
      await mergeCandidates(db, { kind: 'Identity', limit: 1000, unmask: false }),
      victim.id,
      namesake.id,
    );
    expect(masked?.score).toBe(0.24);
    expect(masked?.evidence.join(' ')).not.toContain('victim name');
    expect(masked?.evidence).toContain('different birth dates [masked]');
    const open = pairOf(
      await mergeCandidates(db, { kind: 'Identity', limit: 1000, unmask: true }),
      victim.id,
      namesake.id,
    );
    expect(open?.evidence).toContain(`same name "victim name ${tag}"`);
  });

  it('looks at every kind when none is given, and refuses unknown kinds', async () => {
    const list = await mergeCandidates(db, { limit: 1000, unmask: false });
    expect(pairOf(list, ri.id, lee.id)).toBeDefined();
    expect(pairOf(list, han1.id, han2.id)).toBeDefined();
    expect(await errorCode(mergeCandidates(db, { kind: 'Planet', unmask: false }))).toBe('BAD_USER_INPUT');
  });
});
