/** The end of a run or a merge: the summary on stdout and the HTML report. */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Collected } from "./digest.ts";
import { reportData } from "./report-data.ts";
import { reportHtml } from "./report-html.ts";
import { formatSummary } from "./summary.ts";

/** Write a file whole: to a temporary name first, then renamed into place. */
export function writeWhole(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Print the summary and write the report (when asked for). */
export function finish(
  collected: Collected | null,
  report: string | undefined,
  stdout: NodeJS.WritableStream,
): void {
  if (!collected) {
    stdout.write("No games finished.\n");
    return;
  }
  stdout.write(`${formatSummary(collected).join("\n")}\n`);
  if (report) writeWhole(report, reportHtml(reportData(collected)));
}
