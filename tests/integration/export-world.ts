// A small front-company organisation (one persona a victim), unique per call: the data export tests share.
import { frontCompanyNetwork } from '../../server/analysis/front-company-network.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { fixtureTag, namedEntities, writeFixture } from '../support/fixture-world.js';

export async function createExportWorld(db: GraphDb) {
  const tag = fixtureTag();
  const E = {
    company: {
      kind: 'FrontCompany',
      properties: { name: `Exportco ${tag}`, aliases: ['EC', `Ex & "Co" <${tag}>`] },
    },
    w1: { kind: 'Worker', properties: { name: `Export Worker One ${tag}` } },
    w2: { kind: 'Worker', properties: { name: `Export Worker Two ${tag}` } },
    i1: { kind: 'Identity', properties: { name: `Export Persona ${tag}`, birthDate: '1990-01-01' } },
    i2: {
      kind: 'Identity',
      properties: { name: `Export Victim ${tag}`, birthDate: '1991-02-02', victim: true },
    },
    l1: { kind: 'Laptop', properties: { serial: `EL1-${tag}` } },
    l2: { kind: 'Laptop', properties: { serial: `EL2-${tag}` } },
    farm: { kind: 'Address', properties: { full: `1 Export Farm Road ${tag}` } },
    fac: { kind: 'Facilitator', properties: { name: `Export Host ${tag}` } },
    w1Wallet: { kind: 'Wallet', properties: { network: 'ethereum', address: `0xe1${tag}` } },
    coWallet: { kind: 'Wallet', properties: { network: 'ethereum', address: `0xe2${tag}` } },
  } as const;
  const { entities, id, link } = namedEntities(E);
  const relationships = [
    link('EMPLOYED_BY', 'w1', 'company'),
    link('EMPLOYED_BY', 'w2', 'company'),
    link('USES', 'w1', 'i1'),
    link('USES', 'w2', 'i2'),
    link('ASSIGNED_TO', 'l1', 'i1'),
    link('ASSIGNED_TO', 'l2', 'i2'),
    link('SHIPPED_TO', 'l1', 'farm'),
    link('SHIPPED_TO', 'l2', 'farm'),
    link('HOSTS', 'fac', 'l1'),
    link('RESIDES_AT', 'fac', 'farm'),
    link('CONTROLS', 'w1', 'w1Wallet'),
    link('CONTROLS', 'company', 'coWallet'),
    link('TRANSFERRED_TO', 'w1Wallet', 'coWallet', {
      amount: 1.5,
      asset: 'ETH',
      at: '2023-03-02T00:00:00Z',
      amountUsd: 700,
    }),
  ];
  await writeFixture(db, { entities, relationships }, 'test:export');
  const network = await frontCompanyNetwork(db, id('company'), { unmask: true });
  return { tag, id, network, companyId: id('company'), victimId: id('i2') };
}

export type ExportWorld = Awaited<ReturnType<typeof createExportWorld>>;

/** A canvas state as the UI saves it: the network's nodes inside a group node, and its edges. */
export function canvasState(world: ExportWorld) {
  const group = `group:front-company:${world.companyId}`;
  return {
    version: 1,
    elements: [
      { group: 'nodes', data: { id: group, label: 'group' }, classes: ['group'] },
      ...world.network.nodes.map((n) => ({
        group: 'nodes',
        data: { id: n.id, parent: group, kind: n.kind },
      })),
      ...world.network.edges.map((e) => ({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ],
    collapsed: [],
    pinned: [],
    notes: '',
    filters: {},
    layout: 'fcose',
    viewport: { zoom: 1, pan: { x: 0, y: 0 } },
  };
}
