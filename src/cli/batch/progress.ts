/** Progress on stderr: a bar with games/s and ETA on a terminal, a line every few seconds otherwise. */
import cliProgress from "cli-progress";

/** Something that hears about finished games. */
export interface Progress {
  tick(games: number): void;
  stop(): void;
}

/** How to show progress: a bar (terminal), periodic lines (logs, pipes) or nothing (--quiet). */
export type ProgressMode = "bar" | "lines" | "off";

/** Choose the mode from --quiet and whether stderr is a terminal. */
export const progressMode = (quiet: boolean, tty: boolean): ProgressMode =>
  quiet ? "off" : tty ? "bar" : "lines";

const LINE_EVERY_MS = 5000;

const fmtSeconds = (s: number): string =>
  !Number.isFinite(s)
    ? "?"
    : s >= 3600
      ? `${(s / 3600).toFixed(1)}h`
      : s >= 60
        ? `${Math.round(s / 60)}m`
        : `${Math.round(s)}s`;

/** Start showing progress towards `total` games on `stream`. */
export function startProgress(total: number, mode: ProgressMode, stream: NodeJS.WriteStream): Progress {
  const started = performance.now();
  let done = 0;
  const rate = () => done / Math.max(1e-3, (performance.now() - started) / 1000);
  if (mode === "off") return { tick: () => {}, stop: () => {} };
  if (mode === "bar") {
    const bar = new cliProgress.SingleBar({
      stream,
      format: "games {bar} {value}/{total} | {rate} games/s | ETA {eta_formatted}",
      hideCursor: true,
      etaBuffer: 50,
    });
    bar.start(total, 0, { rate: "0.0" });
    return {
      tick(games) {
        done += games;
        bar.update(done, { rate: rate().toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = started;
  const line = () => {
    const r = rate();
    const pct = total === 0 ? 100 : (100 * done) / total;
    stream.write(
      `batch: ${done}/${total} games (${pct.toFixed(1)}%), ${r.toFixed(1)} games/s, ETA ${fmtSeconds((total - done) / r)}\n`,
    );
  };
  return {
    tick(games) {
      done += games;
      if (performance.now() - last >= LINE_EVERY_MS) {
        last = performance.now();
        line();
      }
    },
    stop: line,
  };
}
