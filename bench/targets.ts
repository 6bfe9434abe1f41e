// The performance targets of the issue, checked against a run's rows: met, missed, or not measured.
import type { BenchReport, TargetRow, WorkloadRow } from './report-types.js';
import { ratio } from './stats.js';

type Draft = Omit<BenchReport, 'targets'>;

// A workload whose every call failed (e.g. refused by a rate limit) measured nothing: not "0 ms, met".
const row = (r: Draft, id: string): WorkloadRow | undefined =>
  r.workloads.find((w) => w.id === id && w.result.count > 0);
const fmt = (v: number | null | undefined, unit: string) =>
  v === null || v === undefined ? 'n/a' : `${v} ${unit}`;
const check = (v: number | null | undefined, ok: (v: number) => boolean) =>
  v === null || v === undefined ? null : ok(v);

export function evaluateTargets(r: Draft): TargetRow[] {
  const out: TargetRow[] = [];
  const add = (name: string, target: string, measured: string, met: boolean | null) =>
    out.push({ name, target, measured, met });

  const tlIngest = row(r, 'ingest.threadline');
  const bareIngest = row(r, 'ingest.bare');
  const tlEps = tlIngest ? tlIngest.result.throughput * 1000 : undefined;
  const bareEps = bareIngest ? bareIngest.result.throughput * 1000 : undefined;
  const ingestRatio = ratio(tlEps, bareEps);
  add(
    'Ingest: GraphQL vs bare driver throughput',
    '≥ 0.7×',
    fmt(ingestRatio, '×'),
    check(ingestRatio, (v) => v >= 0.7),
  );
  add(
    'Ingest: GraphQL entities/s',
    '≥ 20,000/s',
    fmt(tlEps && Math.round(tlEps), '/s'),
    check(tlEps, (v) => v >= 20_000),
  );

  const e1 = row(r, 'expand.threadline.c1')?.result;
  const b1 = row(r, 'expand.bare.c1')?.result;
  const n1 = row(r, 'expand.neo4jGraphql.c1')?.result;
  const e16 = row(r, 'expand.threadline.c16')?.result;
  add(
    'Expand c=1 p50',
    '≤ 5 ms',
    fmt(e1?.p50Ms, 'ms'),
    check(e1?.p50Ms, (v) => v <= 5),
  );
  add(
    'Expand c=1 p95',
    '≤ 15 ms',
    fmt(e1?.p95Ms, 'ms'),
    check(e1?.p95Ms, (v) => v <= 15),
  );
  const vsBare = ratio(e1?.p50Ms, b1?.p50Ms);
  add(
    'Expand c=1 p50 vs bare driver',
    '≤ 1.5×',
    fmt(vsBare, '×'),
    check(vsBare, (v) => v <= 1.5),
  );
  add(
    'Expand c=16 throughput',
    '≥ 1,000 req/s',
    fmt(e16?.throughput, 'req/s'),
    check(e16?.throughput, (v) => v >= 1000),
  );
  add(
    'Expand c=16 p99',
    '≤ 100 ms',
    fmt(e16?.p99Ms, 'ms'),
    check(e16?.p99Ms, (v) => v <= 100),
  );
  const vsNeo = ratio(n1?.p95Ms, e1?.p95Ms);
  add(
    'Expand c=1 p95: @neo4j/graphql ÷ Threadline',
    '≥ 2×',
    fmt(vsNeo, '×'),
    check(vsNeo, (v) => v >= 2),
  );

  const paths = row(r, 'paths')?.result;
  add(
    'Shortest paths p95',
    '≤ 100 ms',
    fmt(paths?.p95Ms, 'ms'),
    check(paths?.p95Ms, (v) => v <= 100),
  );
  const search = row(r, 'search')?.result;
  add(
    'Search p95',
    '≤ 20 ms',
    fmt(search?.p95Ms, 'ms'),
    check(search?.p95Ms, (v) => v <= 20),
  );

  for (const renderer of ['canvas', 'webgl'] as const) {
    const c = r.ui?.cases.find((x) => x.renderer === renderer && x.nodes === 5000);
    add(
      `UI ${renderer}: 5,000 nodes/10,000 edges drawn and laid out`,
      '≤ 3 s',
      fmt(c?.totalMs, 'ms'),
      check(c?.totalMs, (v) => v <= 3000),
    );
    const x = r.ui?.expand.find((e) => e.renderer === renderer);
    add(
      `UI ${renderer}: expand added to a 5,000-node canvas`,
      '≤ 300 ms',
      fmt(x?.addMs, 'ms'),
      check(x?.addMs, (v) => v <= 300),
    );
  }

  const peaks = r.workloads.map((w) => w.memory.nodeRssMb).filter((v): v is number => v !== null);
  const peak = Math.max(...peaks, r.serverPeakRssMb ?? 0) || null;
  add(
    'Node server RSS (peak)',
    '≤ 400 MB',
    fmt(peak, 'MB'),
    check(peak, (v) => v <= 400),
  );
  return out;
}
