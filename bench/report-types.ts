// The shape of one bench run, as written to bench/results/<timestamp>-<scale>.json.
import type { DatasetInfo } from './dataset.js';
import type { LoadOptions, LoadResult } from './load.js';
import type { MachineFacts } from './machine.js';
import type { MemoryPeaks } from './memory.js';
import type { ProfileRow } from './profile.js';
import type { UiResult } from './ui/types.js';

export interface WorkloadRow {
  /** Stable key, e.g. `expand.threadline.c16`; targets refer to rows by it. */
  id: string;
  label: string;
  concurrency: number;
  /** What one operation is: an HTTP request, a driver query, a 1,000-entity batch. */
  unit: string;
  result: LoadResult;
  memory: MemoryPeaks;
}

export interface TargetRow {
  name: string;
  target: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

export interface BenchReport {
  runId: string;
  startedAt: string;
  finishedAt: string;
  scale: string;
  machine: MachineFacts;
  dataset: DatasetInfo;
  load: LoadOptions;
  workloads: WorkloadRow[];
  /** PROFILE of the neighbourhood statement: the biggest hub and sampled starts. */
  profiles: ProfileRow[];
  ui: UiResult | null;
  /** Node server VmHWM (lifetime peak RSS) at the end of the run, MB. */
  serverPeakRssMb: number | null;
  targets: TargetRow[];
  notes: string[];
}
