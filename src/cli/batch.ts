/** `npm run batch`: seeded AI-versus-AI games in parallel, with sweeps, shards, tidy outputs and a report. */
import { parseArgs } from "./batch/args.ts";
import { runDebrief } from "./batch/debrief-game.ts";
import { HELP } from "./batch/help.ts";
import { runMerge } from "./batch/merge.ts";
import { DEFAULT_RULES_DIR } from "./batch/paths.ts";
import { preparePlan } from "./batch/prepare.ts";
import { runBatch } from "./batch/run-batch.ts";
import { UsageError } from "./batch/usage-error.ts";

/** Run the CLI with the given arguments; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseArgs(argv, DEFAULT_RULES_DIR);
    if (parsed.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const o = parsed.options;
    if (o.merge) return runMerge(o, process.stdout, process.stderr);
    if (o.debrief !== undefined) return runDebrief(o, preparePlan(o), process.stderr);
    return await runBatch(o, { stdout: process.stdout, stderr: process.stderr });
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`batch: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`batch: error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
