/** Test helpers: the shipped rules as parsed JSON, JSON-path patches, and temporary rules folders. */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The shipped rules folder. */
export const RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));
/** The folder of bad-rules fixtures: each case holds only the files that differ. */
export const BAD_DIR = fileURLToPath(new URL("../fixtures/rules-bad", import.meta.url));

/** Rules files and scenarios as `validateRules` takes them. */
export interface RawRules {
  files: Record<string, unknown>;
  scenarios: Record<string, unknown>;
}

/** Reads a rules folder into parsed JSON (tests only: no error handling). */
export function readRules(dir: string = RULES_DIR): RawRules {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), "utf8"));
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) files[name] = read(name);
  const scenarios: Record<string, unknown> = {};
  for (const name of readdirSync(join(dir, "scenarios")).filter((n) => n.endsWith(".json"))) {
    scenarios[`scenarios/${name}`] = read(`scenarios/${name}`);
  }
  return { files, scenarios };
}

/** Marks a key for deletion in `patch`. */
export const REMOVE = Symbol("remove");

type Container = Record<string, unknown> | unknown[];

function tokens(path: string): (string | number)[] {
  return [...path.matchAll(/\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\["([^"]*)"\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3] ?? ""),
  );
}

/** Sets (or with REMOVE deletes) the value at a JSON path like `corridors[0].path[1]`; path "" is the file. */
export function patch(raw: RawRules, file: string, path: string, value: unknown): void {
  const map = file.startsWith("scenarios/") ? raw.scenarios : raw.files;
  if (path === "" && value === REMOVE) {
    delete map[file];
    return;
  }
  const keys = tokens(path);
  const last = keys.pop();
  let node = map[file] as Container;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key] as Container;
  const target = node as Record<string | number, unknown>;
  if (last === undefined) throw new Error(`empty path in ${file}`);
  if (value === REMOVE) delete target[last];
  else target[last] = value;
}

/** A copy of the shipped rules in a temporary folder, with a fixture case's files laid over it. */
export function tempRules(fixture?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "corridors-rules-"));
  cpSync(RULES_DIR, dir, { recursive: true });
  if (fixture !== undefined) cpSync(join(BAD_DIR, fixture), dir, { recursive: true });
  return dir;
}
