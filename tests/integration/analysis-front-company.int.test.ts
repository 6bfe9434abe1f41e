// frontCompanyNetwork on a small organisation with a shared laptop farm, an employer and money flows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontCompanyNetwork } from '../../server/analysis/front-company-network.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { errorCode, fixtureTag, namedEntities, writeFixture } from '../support/fixture-world.js';
import { openTestGraphDb } from '../support/graph-db.js';

const tag = fixtureTag();
const E = {
  company: { kind: 'FrontCompany', properties: { name: `Frontco ${tag}` } },
  w1: { kind: 'Worker', properties: { name: `Worker One ${tag}` } },
  w2: { kind: 'Worker', properties: { name: `Worker Two ${tag}` } },
  i1: { kind: 'Identity', properties: { name: `Persona One ${tag}`, birthDate: '1990-01-01' } },
  i2: { kind: 'Identity', properties: { name: `Persona Two ${tag}`, birthDate: '1991-02-02', victim: true } },
  l1: { kind: 'Laptop', properties: { serial: `L1-${tag}` } },
  l2: { kind: 'Laptop', properties: { serial: `L2-${tag}` } },
  farm: { kind: 'Address', properties: { full: `1 Farm Road ${tag}` } },
  office: { kind: 'Address', properties: { full: `9 Office Street ${tag}` } },
  fac: { kind: 'Facilitator', properties: { name: `Host ${tag}` } },
  facWallet: { kind: 'Wallet', properties: { network: 'bitcoin', address: `bc1fac${tag}` } },
  phone: { kind: 'PhoneNumber', properties: { number: `+1555${parseInt(tag, 16) % 10_000_000}` } },
  mail: { kind: 'Account', properties: { platform: 'mail', handle: `p1-${tag}@example.com` } },
  w1Wallet: { kind: 'Wallet', properties: { network: 'ethereum', address: `0xa${tag}` } },
  coWallet: { kind: 'Wallet', properties: { network: 'ethereum', address: `0xc${tag}` } },
  domain: { kind: 'Domain', properties: { name: `frontco-${tag}.example` } },
  sanction: { kind: 'Sanction', properties: { list: 'TEST', entryId: `S-${tag}` } },
  // Outside the network: a victim employer, a foreign wallet, another company using the same farm.
  employer: { kind: 'Employer', properties: { name: `Victim Corp ${tag}` } },
  outside: { kind: 'Wallet', properties: { network: 'ethereum', address: `0xe${tag}` } },
  other: { kind: 'FrontCompany', properties: { name: `Otherco ${tag}` } },
  ow: { kind: 'Worker', properties: { name: `Other Worker ${tag}` } },
  oi: { kind: 'Identity', properties: { name: `Other Persona ${tag}`, birthDate: '1992-03-03' } },
  ol: { kind: 'Laptop', properties: { serial: `OL-${tag}` } },
} as const;
type Key = keyof typeof E;
const { entities, id, link } = namedEntities(E);

let db: GraphDb;

beforeAll(async () => {
  db = await openTestGraphDb();
  const relationships = [
    link('EMPLOYED_BY', 'w1', 'company'),
    link('OFFICER_OF', 'w2', 'company', { role: 'leader' }),
    link('USES', 'w1', 'i1'),
    link('USES', 'w2', 'i2'),
    link('ASSIGNED_TO', 'l1', 'i1'),
    link('ASSIGNED_TO', 'l2', 'i2'),
    link('SHIPPED_TO', 'l1', 'farm'),
    link('SHIPPED_TO', 'l2', 'farm'),
    link('HOSTS', 'fac', 'l1'),
    link('HOSTS', 'fac', 'l2'),
    link('RESIDES_AT', 'fac', 'farm'),
    link('CONTROLS', 'fac', 'facWallet'),
    link('HAS_PHONE', 'i1', 'phone'),
    link('HAS_ACCOUNT', 'i1', 'mail'),
    link('CONTROLS', 'w1', 'w1Wallet'),
    link('LOCATED_AT', 'company', 'office'),
    link('OPERATES', 'company', 'domain'),
    link('CONTROLS', 'company', 'coWallet'),
    link('SANCTIONED_UNDER', 'company', 'sanction'),
    link('HIRED_BY', 'i1', 'employer'),
    link('ISSUED', 'employer', 'l1'),
    link('PAID', 'employer', 'mail', { amount: 5000, currency: 'USD', on: '2023-01-31' }),
    link('PAID', 'employer', 'mail', { amount: 900, currency: 'EUR', on: '2023-02-28' }),
    link('TRANSFERRED_TO', 'outside', 'w1Wallet', {
      amount: 1,
      asset: 'ETH',
      at: '2023-03-01T00:00:00Z',
      amountUsd: 1200,
    }),
    link('TRANSFERRED_TO', 'w1Wallet', 'coWallet', {
      amount: 1,
      asset: 'ETH',
      at: '2023-03-02T00:00:00Z',
      amountUsd: 700,
    }),
    link('EMPLOYED_BY', 'ow', 'other'),
    link('USES', 'ow', 'oi'),
    link('ASSIGNED_TO', 'ol', 'oi'),
    link('SHIPPED_TO', 'ol', 'farm'),
    link('HOSTS', 'fac', 'ol'),
  ];
  await writeFixture(db, { entities, relationships }, 'test:analysis');
});

afterAll(() => db.close());

describe('frontCompanyNetwork', () => {
  it('holds the organisation, not its victims or the other users of its farm', async () => {
    const network = await frontCompanyNetwork(db, id('company'), { unmask: false });
    const members: Key[] = [
      'company',
      'w1',
      'w2',
      'i1',
      'i2',
      'l1',
      'l2',
      'farm',
      'office',
      'fac',
      'facWallet',
    ];
    members.push('phone', 'mail', 'w1Wallet', 'coWallet', 'domain', 'sanction');
    expect(network.nodes.map((n) => n.id).sort()).toEqual(members.map(id).sort());
    expect(network.truncated).toBe(false);
    const { summary } = network;
    expect(summary.id).toBe(id('company'));
    expect(summary.label).toBe(`Frontco ${tag} network`);
    expect(summary.anchor?.id).toBe(id('company'));
    expect(summary.memberCount).toBe(17);
    const counts = Object.fromEntries(summary.counts.map((c) => [c.kind, c.count]));
    expect(counts).toEqual({
      Wallet: 3,
      Address: 2,
      Identity: 2,
      Laptop: 2,
      Worker: 2,
      Account: 1,
      Domain: 1,
      Facilitator: 1,
      FrontCompany: 1,
      PhoneNumber: 1,
      Sanction: 1,
    });
    // 5,000 USD of pay and a 1,200 USD transfer come in; EUR is not converted; 700 USD stays inside.
    expect(summary.totalFlowUsd).toBe(6200);
    expect(summary.keyMembers).toHaveLength(5);
    expect(summary.keyMembers.map((n) => n.id)).not.toContain(id('company'));
  });

  it('draws the links among members, internal transfers included, and masks victims', async () => {
    const network = await frontCompanyNetwork(db, id('company'), { unmask: false });
    const types = network.edges.map((e) => e.type);
    expect(types.filter((t) => t === 'SHIPPED_TO')).toHaveLength(2);
    expect(types).toContain('TRANSFERRED_TO');
    expect(types).not.toContain('HIRED_BY');
    expect(network.edges).toHaveLength(20);
    const victim = network.nodes.find((n) => n.id === id('i2'));
    expect(victim?.caption).not.toContain('Persona Two');
    expect(victim?.flags).toContain('victim');
  });

  it('stops at limit, nearest members first, and says so', async () => {
    const network = await frontCompanyNetwork(db, id('company'), { limit: 5, unmask: false });
    expect(network.nodes).toHaveLength(5);
    expect(network.truncated).toBe(true);
    expect(network.nodes[0]?.id).toBe(id('company'));
    const firstHop = new Set(
      ['w1', 'w2', 'office', 'domain', 'coWallet', 'sanction'].map((k) => id(k as Key)),
    );
    for (const node of network.nodes.slice(1)) expect(firstHop.has(node.id)).toBe(true);
  });

  it('refuses what is not a front company, with stable codes', async () => {
    expect(await errorCode(frontCompanyNetwork(db, id('w1'), { unmask: false }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(frontCompanyNetwork(db, `frc_missing${tag}`, { unmask: false }))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(frontCompanyNetwork(db, id('company'), { limit: 0, unmask: false }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
