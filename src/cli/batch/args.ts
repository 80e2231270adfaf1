/** Parsing the batch command line into checked options. Every mistake names its flag. */
import { availableParallelism } from "node:os";
import { nearest } from "../../rules/did-you-mean.ts";
import type { BatchOptions, Shard, SweepAxis } from "./types.ts";
import { UsageError } from "./usage-error.ts";

/** What parsing produced: options to run with, or a request for the help text. */
export type ParsedArgs = { help: true } | { help: false; options: BatchOptions };

const VALUE_FLAGS = [
  "games",
  "seed",
  "scenario",
  "rules",
  "turns",
  "policy",
  "difficulty",
  "workers",
  "out",
  "csv",
  "turns-csv",
  "orders-csv",
  "report",
  "shard",
  "sweep",
  "debrief",
  "game",
  "point",
] as const;
const SWITCHES = ["quiet", "no-header", "merge", "help"] as const;

type ValueFlag = (typeof VALUE_FLAGS)[number];
type Raw = { values: Map<string, string[]>; switches: Set<string>; positional: string[] };

/** Parse `argv` (without node and the script). Throws UsageError naming the flag at fault. */
export function parseArgs(argv: readonly string[], defaultRulesDir: string): ParsedArgs {
  const raw = tokenize(argv);
  if (raw.switches.has("help")) return { help: true };
  const merging = raw.switches.has("merge");
  if (!merging && raw.positional.length > 0) {
    throw new UsageError(`unexpected argument "${raw.positional[0]}" (flags start with --; see --help)`);
  }
  if (merging && raw.positional.length === 0) throw new UsageError("--merge needs the JSONL files to merge");
  const one = (flag: ValueFlag): string | undefined => single(raw, flag);
  const debrief = one("debrief");
  checkDebrief(raw, debrief, merging);
  return {
    help: false,
    options: {
      games: intFlag("games", one("games"), 1) ?? 100,
      seed: one("seed") ?? "1",
      scenario: one("scenario"),
      rulesDir: one("rules") ?? defaultRulesDir,
      turns: intFlag("turns", one("turns"), 1),
      policy: one("policy"),
      agentPolicies: agentPolicies(raw),
      difficulty: difficulty(one("difficulty")),
      workers: intFlag("workers", one("workers"), 1) ?? availableParallelism(),
      out: one("out"),
      csv: one("csv"),
      turnsCsv: one("turns-csv"),
      ordersCsv: one("orders-csv"),
      report: one("report"),
      shard: shard(one("shard")),
      sweeps: (raw.values.get("sweep") ?? []).map(sweepAxis),
      quiet: raw.switches.has("quiet"),
      header: !raw.switches.has("no-header"),
      merge: merging ? raw.positional : undefined,
      debrief,
      game: intFlag("game", one("game"), 0),
      point: intFlag("point", one("point"), 0),
    },
  };
}

/** `--debrief` plays one game (`--game`, of sweep point `--point`) and writes nothing else. */
function checkDebrief(raw: Raw, debrief: string | undefined, merging: boolean): void {
  if (debrief === undefined) {
    for (const flag of ["game", "point"])
      if (raw.values.has(flag))
        throw new UsageError(`--${flag} picks the game for --debrief; give --debrief FILE.html too`);
    return;
  }
  if (!raw.values.has("game"))
    throw new UsageError("--debrief needs --game N: the game of the run to report on (its seed is S:N)");
  const others = ["out", "csv", "turns-csv", "orders-csv", "report", "shard"].filter((f) =>
    raw.values.has(f),
  );
  if (merging) others.push("merge");
  if (others.length > 0)
    throw new UsageError(
      `--debrief plays one game and writes only its report; leave out --${others.join(", --")}`,
    );
}

function tokenize(argv: readonly string[]): Raw {
  const raw: Raw = { values: new Map(), switches: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "-h") {
      raw.switches.add("help");
      continue;
    }
    if (!arg.startsWith("--")) {
      raw.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)).toLowerCase();
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      raw.switches.add(name);
      continue;
    }
    if (!isValueFlag(name)) throw new UsageError(`unknown flag --${name}${hint(name)} (see --help)`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`--${name} needs a value`);
    }
    raw.values.set(name, [...(raw.values.get(name) ?? []), value]);
  }
  return raw;
}

const isValueFlag = (name: string): boolean =>
  (VALUE_FLAGS as readonly string[]).includes(name) || /^policy-[a-z0-9]+$/.test(name);

function hint(name: string): string {
  const all: string[] = [...VALUE_FLAGS, ...SWITCHES];
  const close = all.find((f) => f.startsWith(name)) ?? nearest(name, all);
  return close === undefined ? "" : `; did you mean --${close}?`;
}

function single(raw: Raw, flag: string): string | undefined {
  const values = raw.values.get(flag);
  if (values && values.length > 1)
    throw new UsageError(`--${flag} is given ${values.length} times; give it once`);
  return values?.[0];
}

function intFlag(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${flag} must be a whole number of at least ${min}, not "${value}"`);
  }
  return n;
}

function agentPolicies(raw: Raw): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of raw.values.keys()) {
    if (!name.startsWith("policy-")) continue;
    const value = single(raw, name);
    if (value !== undefined) out[name.slice("policy-".length)] = value;
  }
  return out;
}

function difficulty(value: string | undefined): BatchOptions["difficulty"] {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === "easy" || v === "normal" || v === "hard") return v;
  throw new UsageError(`--difficulty must be easy, normal or hard, not "${value}"`);
}

function shard(value: string | undefined): Shard {
  if (value === undefined) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) {
    throw new UsageError(
      `--shard must be i/n with 0 <= i < n (e.g. 0/4 for the first of four), not "${value}"`,
    );
  }
  return { index, count };
}

/** Parse `PATH=v1,v2,…` into a sweep axis. */
export function sweepAxis(text: string): SweepAxis {
  const eq = text.indexOf("=");
  const path = eq < 0 ? "" : text.slice(0, eq).trim();
  const items = eq < 0 ? [] : text.slice(eq + 1).split(",");
  if (path === "" || items.length === 0) {
    throw new UsageError(`--sweep must be PATH=v1,v2,… (e.g. corridors.tripp.capacity=10,30), not "${text}"`);
  }
  const values = items.map((item) => {
    const n = Number(item.trim());
    if (item.trim() === "" || !Number.isFinite(n)) {
      throw new UsageError(`--sweep ${path}: "${item}" is not a number`);
    }
    return n;
  });
  return { path, values };
}
