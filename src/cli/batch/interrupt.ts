/** Ctrl-C handling: the first SIGINT (or SIGTERM) stops cleanly after the games in flight; a second stops now. */
import type { RunControl } from "./pool.ts";

/** A run control wired to SIGINT and SIGTERM, with a way to unhook it. */
export interface Interrupts extends RunControl {
  dispose(): void;
}

/** Listen for interrupts; `onForce` is called on the second one. */
export function watchInterrupts(stderr: NodeJS.WritableStream, onForce: () => void): Interrupts {
  let stopping = false;
  let forced = false;
  const handler = (signal: NodeJS.Signals) => {
    if (!stopping) {
      stopping = true;
      stderr.write(
        `\n${signal}: finishing the games in progress, then writing results (again to stop at once)\n`,
      );
      return;
    }
    forced = true;
    stderr.write(`\n${signal}: stopping now; writing the games already finished\n`);
    onForce();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    stopping: () => stopping,
    forced: () => forced,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    },
  };
}
