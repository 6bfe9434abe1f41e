// A progress bar for long imports (cli-progress) that stays silent when nobody watches a terminal.
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  advance(step: number): void;
  stop(): void;
}

export const SILENT_PROGRESS: Progress = { start() {}, advance() {}, stop() {} };

/** A bar on stderr, so stdout stays clean for the summary; falls back to silence without a TTY. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return SILENT_PROGRESS;
  const bar = new cliProgress.SingleBar(
    { stream, format: '{label} [{bar}] {value}/{total} items | {eta_formatted} left', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (label, total) => bar.start(total, 0, { label }),
    advance: (step) => bar.increment(step),
    stop: () => bar.stop(),
  };
}
