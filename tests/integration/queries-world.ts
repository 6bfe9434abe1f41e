// A small investigation written through the one write path, unique per run, that every saved query
// has something to find in: two front companies, a laptop farm, shared phones, a payroll wallet…
import { randomBytes } from 'node:crypto';
import { entityId } from '../../model/keys.js';
import { upsertBatch } from '../../server/graph/upsert.js';
import { type RawEntity, type RawRelationship, validateBatch } from '../../server/graph/validate-batch.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';

type Props = Record<string, unknown>;

export function buildWorld(u = `q${randomBytes(4).toString('hex')}`) {
  const entities: RawEntity[] = [];
  const relationships: RawRelationship[] = [];
  const sources = {
    good: { title: `Indictment ${u}`, publisher: 'US DOJ', sourceType: 'indictment', reliability: 'A' },
    weak: { title: `Forum post ${u}`, publisher: 'Anonymous', sourceType: 'news', reliability: 'E' },
  };
  const good = entityId('Source', sources.good);
  const weak = entityId('Source', sources.weak);
  entities.push({ kind: 'Source', properties: sources.good }, { kind: 'Source', properties: sources.weak });
  const add = (kind: string, properties: Props, grade = 'confirmed', sourceIds = [good]) => {
    entities.push({ kind, properties: { ...properties, grade, sourceIds } });
    return { kind, id: entityId(kind, properties) };
  };
  type Ref = ReturnType<typeof add>;
  const link = (type: string, from: Ref, to: Ref, properties: Props = {}) => {
    relationships.push({ type, from, to, properties: { grade: 'confirmed', ...properties } });
  };

  const fc1 = add('FrontCompany', { name: `Silverstar ${u} Trading`, country: 'CN' });
  const fc2 = add('FrontCompany', { name: `Volasys ${u} Star`, country: 'RU' });
  const sanction1 = add('Sanction', { list: 'SDN', entryId: `${u}-1`, programs: ['DPRK3'] });
  const sanction2 = add('Sanction', { list: 'SDN', entryId: `${u}-2`, programs: ['DPRK3'] });
  const w1 = add('Worker', { name: `Kim ${u} One` });
  const w2 = add('Worker', { name: `Ri ${u} Two` });
  const w3 = add('Worker', { name: `Pak ${u} Three` });
  const i1 = add('Identity', {
    name: `Alex ${u} Smith`,
    birthDate: '1990-01-01',
    identityType: 'fabricated',
  });
  const i2 = add('Identity', {
    name: `Brian ${u} Jones`,
    birthDate: '1988-05-05',
    identityType: 'stolen',
    victim: true,
  });
  const i3 = add('Identity', { name: `Chris ${u} Lee`, birthDate: '1992-02-02' });
  const i4 = add('Identity', { name: `Dana ${u} Park`, birthDate: '1991-03-03' }, 'unverified', [good]);
  const i5 = add('Identity', { name: `Eve ${u} Gone`, birthDate: '1993-04-04' });
  const e1 = add('Employer', { name: `Acme ${u} Corp` });
  const e2 = add('Employer', { name: `Globex ${u} Inc` });
  const e3 = add('Employer', { name: `Initech ${u} LLC` });
  const farm = add('Address', { full: `12 ${u} Street, Hendersonville`, city: 'Hendersonville' });
  const other = add('Address', { full: `99 ${u} Other Road, Nashville` });
  const laptops = [1, 2, 3, 4, 5].map((n) => add('Laptop', { serial: `${u}-L${n}` }));
  const [l1, l2, l3, l4, l5] = laptops as [Ref, Ref, Ref, Ref, Ref];
  const f1 = add('Facilitator', { name: `Chapman ${u} Helper`, country: 'US' });
  const f2 = add('Facilitator', { name: `Minor ${u} Host` }, 'unverified', [weak]);
  const phone = add('PhoneNumber', { number: `+1 555 ${parseInt(u.slice(1, 7), 16) % 10_000_000}` });
  const account = add('Account', { platform: 'gmail', handle: `${u}@example.com`, accountType: 'email' });
  const domain = add('Domain', { name: `${u}-front.example` }, 'unverified', []);
  const payroll = add('Wallet', { network: 'tron', address: `T${u}PAYROLL` });
  const front = add('Wallet', { network: 'tron', address: `T${u}FRONT` });
  const sanctioned = add('Wallet', { network: 'tron', address: `T${u}SANCTIONED` });
  const retractedTarget = add('Wallet', { network: 'tron', address: `T${u}RETRACTED` });
  const person = add('Person', { name: `Sim ${u} Hyon`, qualifier: `${u}-2` });

  link('SANCTIONED_UNDER', fc1, sanction1);
  link('SANCTIONED_UNDER', person, sanction2);
  link('EMPLOYED_BY', w1, fc1);
  link('EMPLOYED_BY', w2, fc2);
  link('OPERATES', fc1, domain);
  for (const [w, i] of [
    [w1, i1],
    [w1, i2],
    [w2, i3],
    [w3, i4],
  ] as const)
    link('USES', w, i);
  link('HIRED_BY', i1, e1, { from: '2023-01-01', to: '2023-12-31' });
  link('HIRED_BY', i1, e2, { from: '2023-06-01' });
  link('HIRED_BY', i2, e3, { from: '2022-01-01', to: '2022-06-30' });
  link('HIRED_BY', i2, e1, { from: '2022-07-01', to: '2022-12-31' });
  link('HIRED_BY', i3, e2, { from: '2024-01-01' });
  link('HIRED_BY', i4, e3, { from: '2024-02-01' });
  const issued: [Ref, Ref, Ref, Ref][] = [
    [e1, l1, i1, farm],
    [e2, l2, i3, farm],
    [e3, l3, i4, farm],
    [e3, l4, i2, other],
    [e1, l5, i5, farm],
  ];
  for (const [employer, laptop, identity, address] of issued) {
    link('ISSUED', employer, laptop);
    link('ASSIGNED_TO', laptop, identity);
    link('SHIPPED_TO', laptop, address);
  }
  link('RESIDES_AT', f1, farm);
  link('HOSTS', f1, l1);
  link('HOSTS', f1, l2);
  link('HAS_PHONE', i1, phone);
  link('HAS_PHONE', i3, phone);
  link('HAS_ACCOUNT', i2, account);
  link('HAS_ACCOUNT', i4, account);
  link('CONTROLS', w1, payroll);
  link('CONTROLS', w2, payroll);
  link('CONTROLS', fc1, front);
  link('CONTROLS', w3, front);
  link('CONTROLS', person, sanctioned);
  link('CONTROLS', fc2, retractedTarget);
  const pay = (employer: Ref, to: Ref, amount: number, on: string) =>
    link('PAID', employer, to, { amount, currency: 'USD', on, reference: `${u}-${on}` });
  pay(e1, payroll, 5000, '2024-01-31');
  pay(e2, payroll, 6000, '2024-02-28');
  pay(e3, payroll, 4000, '2024-03-31');
  pay(e1, retractedTarget, 7000, '2024-04-30');
  link('TRANSFERRED_TO', payroll, front, {
    amount: 10000,
    asset: 'USDT',
    at: '2024-04-01T00:00:00Z',
    txHash: `${u}tx1`,
    amountUsd: 10000,
  });

  // Written later: the links new-links-since should find.
  const later: RawRelationship[] = [
    {
      type: 'TRANSFERRED_TO',
      from: front,
      to: sanctioned,
      properties: {
        amount: 3000,
        asset: 'USDT',
        at: '2025-06-01T00:00:00Z',
        txHash: `${u}tx2`,
        amountUsd: 3000,
      },
    },
    { type: 'HOSTS', from: f2, to: l4, properties: {} },
  ];
  const ids = Object.fromEntries(
    Object.entries({
      fc1,
      fc2,
      sanction1,
      sanction2,
      w1,
      w2,
      w3,
      i1,
      i2,
      i3,
      i4,
      i5,
      e1,
      e2,
      e3,
      farm,
      other,
      l1,
      l2,
      l3,
      l4,
      l5,
      f1,
      f2,
      phone,
      account,
      domain,
      payroll,
      front,
      sanctioned,
      retractedTarget,
      person,
    }).map(([k, v]) => [k, v.id]),
  ) as Record<string, string>;
  return { u, ids, batch: { entities, relationships }, later };
}

export type World = ReturnType<typeof buildWorld>;

/** Writes the world: the bulk as of 2020, two links as of mid-2025, then the retractions. */
export async function writeWorld(db: GraphDb, world: World = buildWorld()): Promise<World> {
  const session = db.session('WRITE');
  try {
    await upsertBatch(session, validateBatch(world.batch), {
      origin: 'test:queries',
      now: '2020-01-01T00:00:00.000Z',
    });
    await upsertBatch(session, validateBatch({ relationships: world.later }), {
      origin: 'test:queries',
      now: '2025-06-01T00:00:00.000Z',
    });
  } finally {
    await session.close();
  }
  // Retraction is an editor's act, not an input property: set the way the retract mutation does.
  await db.write('MATCH (n:Entity {id: $id}) SET n.retracted = true', { id: world.ids.i5 });
  await db.write('MATCH (:Employer {id: $from})-[r:PAID]->(:Wallet {id: $to}) SET r.retracted = true', {
    from: world.ids.e1,
    to: world.ids.retractedTarget,
  });
  return world;
}
