// A terminal progress bar (cli-progress on stderr) for seeding, fed by SeedProgress callbacks.
import cliProgress from 'cli-progress';
import type { SeedProgress } from './seed-synthetic.js';
import { perSecond } from './write-batches.js';

export interface SeedProgressBar {
  update(progress: SeedProgress): void;
  stop(): void;
}

export function seedProgressBar(label: string): SeedProgressBar {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {nodes} nodes ({nodeRate}/s), {rels} relationships ({relRate}/s) | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = {
        nodes: p.entities.toLocaleString('en-US'),
        rels: p.relationships.toLocaleString('en-US'),
        nodeRate: perSecond(p.entities, p.elapsedMs),
        relRate: perSecond(p.relationships, p.elapsedMs),
      };
      if (!started) {
        bar.start(p.cellsTotal, 0, payload);
        started = true;
      }
      bar.update(p.cellsDone, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
