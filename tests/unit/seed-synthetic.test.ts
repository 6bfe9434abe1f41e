// The synthetic generator: deterministic per seed, the promised sizes, valid and flagged synthetic throughout.
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/keys.js';
import { ANCHOR_FRONT_COMPANIES, publicFactsBatch } from '../../seed/public-facts/index.js';
import { cellCount, worldBatches, worldCells } from '../../seed/synthetic/generate.js';
import { mulberry32 } from '../../seed/synthetic/rng.js';
import { SCALES } from '../../seed/synthetic/scales.js';
import { World } from '../../seed/synthetic/world.js';
import { validateBatch } from '../../server/graph/validate-batch.js';

const firstBatches = (seed: number, n: number) => {
  const out = [];
  for (const { batch } of worldBatches(new World('small', seed))) {
    out.push(batch);
    if (out.length === n) break;
  }
  return out;
};

/** Entities and relationships of a sample of cells, scaled up to the whole plan. */
function estimate(world: World, sample: number) {
  const plan = world.plan;
  let workerNodes = 0;
  let workerRels = 0;
  let noiseNodes = 0;
  let noiseRels = 0;
  let frame = { nodes: 0, rels: 0 };
  let seen = 0;
  const frameCells = cellCount(world) - plan.workers - plan.noise;
  for (const cell of worldCells(world)) {
    seen += 1;
    if (seen <= frameCells)
      frame = { nodes: frame.nodes + cell.entities.length, rels: frame.rels + cell.relationships.length };
    else if (cell.entities[0]?.kind === 'Worker') {
      workerNodes += cell.entities.length;
      workerRels += cell.relationships.length;
    } else {
      noiseNodes += cell.entities.length;
      noiseRels += cell.relationships.length;
    }
    if (seen >= frameCells + sample) break;
  }
  const workers = sample * (plan.workers / (plan.workers + plan.noise));
  const noise = sample - workers;
  return {
    nodes: frame.nodes + (workerNodes / workers) * plan.workers + (noiseNodes / noise) * plan.noise,
    rels: frame.rels + (workerRels / workers) * plan.workers + (noiseRels / noise) * plan.noise,
  };
}

describe('mulberry32', () => {
  it('repeats its sequence for one seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('synthetic world', () => {
  it('is deterministic: the same seed gives the same batches, another seed others', () => {
    expect(firstBatches(7, 2)).toEqual(firstBatches(7, 2));
    expect(JSON.stringify(firstBatches(8, 2))).not.toEqual(JSON.stringify(firstBatches(7, 2)));
  });

  it('gives about 2,000 nodes at small (with the public facts), each generated once', () => {
    const ids = new Set<string>();
    let nodes = 0;
    let relationships = 0;
    for (const { batch } of worldBatches(new World('small', 1))) {
      const valid = validateBatch(batch);
      nodes += valid.entities.length;
      relationships += valid.relationships.length;
      for (const e of valid.entities) ids.add(e.id);
    }
    const total = nodes + (publicFactsBatch().entities?.length ?? 0);
    expect(ids.size).toBe(nodes);
    expect(total).toBeGreaterThan(1_800);
    expect(total).toBeLessThan(2_300);
    expect(relationships / nodes).toBeGreaterThan(3);
  });

  it('plans about 100k nodes at medium and 1M nodes / 5M relationships at large', () => {
    const medium = estimate(new World('medium', 1), 600);
    expect(medium.nodes).toBeGreaterThan(85_000);
    expect(medium.nodes).toBeLessThan(115_000);
    const large = estimate(new World('large', 1), 600);
    expect(large.nodes).toBeGreaterThan(850_000);
    expect(large.nodes).toBeLessThan(1_150_000);
    expect(large.rels).toBeGreaterThan(4_000_000);
    expect(large.rels).toBeLessThan(6_000_000);
    expect(SCALES.large.workers).toBeGreaterThan(SCALES.medium.workers);
  });

  it('passes validation and flags every item synthetic, graded, with the world’s Source', () => {
    const world = new World('small', 3);
    const written = new Set(ANCHOR_FRONT_COMPANIES.map((name) => entityId('FrontCompany', { name })));
    for (const { batch } of worldBatches(world, 1_000)) {
      const valid = validateBatch(batch);
      for (const e of valid.entities) {
        written.add(e.id);
        expect(e.properties.synthetic).toBe(true);
        if (e.kind === 'Source') continue;
        expect(e.properties.sourceIds).toEqual([world.sourceId]);
        expect(['probable', 'unverified']).toContain(e.properties.grade);
      }
      for (const r of valid.relationships) {
        expect(r.properties.synthetic).toBe(true);
        expect(['probable', 'unverified']).toContain(r.properties.grade);
        // Streamed order: every link names entities already written, or the real front companies.
        expect(written.has(r.from.id), `${r.type} from`).toBe(true);
        expect(written.has(r.to.id), `${r.type} to`).toBe(true);
      }
    }
  });

  it('attaches workers to the real front companies and never reuses a real person’s name', () => {
    const world = new World('small', 1);
    const realIds = new Set(publicFactsBatch().entities?.map((e) => entityId(e.kind, e.properties)));
    const anchors = ANCHOR_FRONT_COMPANIES.map((name) => entityId('FrontCompany', { name }));
    const employers = new Set<string>();
    for (const { batch } of worldBatches(world)) {
      const valid = validateBatch(batch);
      for (const e of valid.entities) expect(realIds.has(e.id), `${e.kind} ${e.id}`).toBe(false);
      for (const r of valid.relationships) if (r.type === 'EMPLOYED_BY') employers.add(r.to.id);
    }
    expect([...employers].sort()).toEqual([...anchors].sort());
  });

  it('gives workers distinct names across the large scale', () => {
    const world = new World('large', 1);
    const names = new Set<string>();
    for (let i = 0; i < world.plan.workers; i++) names.add(world.workerName(i));
    expect(names.size).toBe(world.plan.workers);
  });
});
