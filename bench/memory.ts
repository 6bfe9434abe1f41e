// Samples the server's and the JVM's memory while a workload runs: RSS from /proc, heap from Neo4j's JMX.
import { readFileSync } from 'node:fs';
import type { GraphDb } from '../server/runtime/graph-db.js';

export interface MemoryPeaks {
  /** Highest VmRSS of the Node server seen during the window, in MB. */
  nodeRssMb: number | null;
  /** Highest VmRSS of the Neo4j JVM during the window, in MB. */
  javaRssMb: number | null;
  /** Highest JVM heap in use (java.lang:type=Memory HeapMemoryUsage.used), in MB. */
  jvmHeapUsedMb: number | null;
}

const SAMPLE_MS = 500;
const mb = (kb: number) => Math.round(kb / 1024);

/** A field of /proc/<pid>/status in kB, or null when the process or the field is gone. */
export function procStatusKb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | null {
  if (!pid) return null;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function heapUsedBytes(db: GraphDb): Promise<number | null> {
  try {
    const result = await db.read(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes " +
        'RETURN attributes.HeapMemoryUsage.value.properties.used AS used',
    );
    const used = result.records[0]?.get('used');
    return used === undefined || used === null ? null : Number(used);
  } catch {
    return null;
  }
}

const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

export class MemorySampler {
  private peaks: MemoryPeaks = { nodeRssMb: null, javaRssMb: null, jvmHeapUsedMb: null };
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;

  constructor(
    private readonly serverPid: number | undefined,
    private readonly javaPid: number | undefined,
    private readonly db: GraphDb,
  ) {}

  /** Starts a new window; the previous window's peaks are returned by stop(). */
  start(): void {
    this.peaks = { nodeRssMb: null, javaRssMb: null, jvmHeapUsedMb: null };
    void this.sample();
    this.timer = setInterval(() => void this.sample(), SAMPLE_MS);
  }

  async stop(): Promise<MemoryPeaks> {
    clearInterval(this.timer);
    await this.sample();
    return this.peaks;
  }

  private async sample(): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    const node = procStatusKb(this.serverPid, 'VmRSS');
    const java = procStatusKb(this.javaPid, 'VmRSS');
    const heap = await heapUsedBytes(this.db);
    this.peaks = {
      nodeRssMb: max(this.peaks.nodeRssMb, node === null ? null : mb(node)),
      javaRssMb: max(this.peaks.javaRssMb, java === null ? null : mb(java)),
      jvmHeapUsedMb: max(this.peaks.jvmHeapUsedMb, heap === null ? null : Math.round(heap / 1048576)),
    };
    this.inFlight = false;
  }
}
