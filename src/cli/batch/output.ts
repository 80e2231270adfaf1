/**
 * The result files: JSONL, results.csv, turns.csv and orders.csv. Each batch of records is written with one
 * synchronous write of whole lines, so an interrupted run never leaves half a line behind.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import {
  type Column,
  gameColumns,
  gameLine,
  headerLine,
  orderColumns,
  orderLines,
  type Shape,
  type TurnRow,
  turnColumns,
  turnLines,
} from "./columns.ts";
import type { GameRecord } from "./types.ts";

/** Where to write; each is optional. */
export interface OutputPaths {
  out: string | undefined;
  csv: string | undefined;
  turnsCsv: string | undefined;
  ordersCsv: string | undefined;
}

/** Open result files that take records in order. */
export interface ResultFiles {
  write(records: GameRecord[]): void;
  close(): void;
}

interface Sink {
  fd: number;
  line(r: GameRecord): string;
}

/** Write all of `text`, looping over short writes. */
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  for (let done = 0; done < buf.length; ) done += writeSync(fd, buf, done, buf.length - done);
}

function openSink(path: string, header: string | null, line: (r: GameRecord) => string): Sink {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  if (header !== null) writeAll(fd, header);
  return { fd, line };
}

/** Open (truncate) each requested file and write the CSV headers unless `header` is false. */
export function openResultFiles(paths: OutputPaths, shape: Shape, header: boolean): ResultFiles {
  const sinks: Sink[] = [];
  const head = <Row>(cols: Column<Row>[]) => (header ? headerLine(cols) : null);
  if (paths.out) sinks.push(openSink(paths.out, null, (r) => `${JSON.stringify(r)}\n`));
  if (paths.csv) {
    const cols = gameColumns(shape);
    sinks.push(openSink(paths.csv, head(cols), (r) => gameLine(cols, r)));
  }
  if (paths.turnsCsv) {
    const cols: Column<TurnRow>[] = turnColumns(shape);
    sinks.push(openSink(paths.turnsCsv, head(cols), (r) => turnLines(cols, r)));
  }
  if (paths.ordersCsv) {
    const cols = orderColumns(shape);
    sinks.push(openSink(paths.ordersCsv, head(cols), (r) => orderLines(cols, r)));
  }
  return {
    write(records) {
      for (const sink of sinks) writeAll(sink.fd, records.map(sink.line).join(""));
    },
    close() {
      for (const sink of sinks.splice(0)) closeSync(sink.fd);
    },
  };
}
