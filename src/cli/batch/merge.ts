/** `--merge`: combine the JSONL of several shards into one run's outputs, summary and report. */
import { existsSync, readFileSync } from "node:fs";
import { shapeOf } from "./columns.ts";
import { collector } from "./digest.ts";
import { finish } from "./finish.ts";
import { openResultFiles } from "./output.ts";
import type { BatchOptions, GameRecord } from "./types.ts";
import { UsageError } from "./usage-error.ts";

/** Read every record of a JSONL file; a line that is not a record names its file and line. */
export function readJsonl(path: string): GameRecord[] {
  if (!existsSync(path)) throw new UsageError(`--merge: file ${path} does not exist`);
  const lines = readFileSync(path, "utf8").split("\n");
  return lines.flatMap((line, i) => {
    if (line.trim() === "") return [];
    try {
      const r = JSON.parse(line) as GameRecord;
      if (typeof r.manifest?.game !== "number" || !Array.isArray(r.turns))
        throw new Error("not a game record");
      return [r];
    } catch (e) {
      throw new UsageError(`--merge: ${path} line ${i + 1}: ${(e as Error).message}`);
    }
  });
}

/** Merge the files into the outputs the options name; resolves to the exit code. */
export function runMerge(
  o: BatchOptions,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): number {
  // Sorted by (point, game), the whole run's order, so the files may be given in any order.
  const records = (o.merge ?? [])
    .flatMap(readJsonl)
    .sort((a, b) => a.manifest.point - b.manifest.point || a.manifest.game - b.manifest.game);
  const first = records[0];
  if (!first) throw new UsageError("--merge: the files hold no records");
  if (o.ordersCsv !== undefined && records.some((r) => !Array.isArray(r.orders)))
    throw new UsageError(
      "--orders-csv: the files hold no orders; the runs that wrote them need --orders-csv too",
    );
  const seen = new Set<string>();
  for (const r of records) {
    const key = `${r.manifest.point}:${r.manifest.game}`;
    if (seen.has(key))
      stderr.write(`warning: point ${r.manifest.point} game ${r.manifest.game} appears more than once\n`);
    seen.add(key);
  }
  const files = openResultFiles(o, shapeOf(first), o.header);
  const collected = collector();
  files.write(records);
  files.close();
  collected.add(records);
  finish(collected.result(), o.report, stdout);
  return 0;
}
