// Machine facts for a report: cores, memory, load, Node, Java and Neo4j versions.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import type { GraphDb } from '../server/runtime/graph-db.js';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  loadAverage: [number, number, number];
  platform: string;
  node: string;
  java: string;
  neo4j: string;
  chromium?: string;
}

function javaVersion(): string {
  // `java -version` writes to stderr.
  const out = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (out.stderr || out.stdout || 'unknown').split('\n')[0] ?? 'unknown';
}

export async function machineFacts(db: GraphDb): Promise<MachineFacts> {
  let neo4j = 'unknown';
  try {
    const result = await db.read(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    const r = result.records[0];
    if (r) neo4j = `${r.get('name')} ${(r.get('versions') as string[]).join(',')} ${r.get('edition')}`;
  } catch {
    // an older or restricted server: the version stays unknown
  }
  const load = os.loadavg().map((v) => Number(v.toFixed(2))) as [number, number, number];
  return {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: load,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    java: javaVersion(),
    neo4j,
  };
}
