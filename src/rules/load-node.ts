/**
 * Loads a rules directory from disk (Node only): reads every JSON file, reports unreadable files
 * and JSON syntax errors with line and column, then validates the whole ruleset.
 * The reference above lets the engine's Node-free tsconfig (which includes src/rules) compile it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Problem } from "./problem.ts";
import { type Validation, validateRules } from "./validate.ts";

/** Files read from a directory: parsed JSON by relative name, and the problems met reading them. */
interface ReadResult {
  json: Record<string, unknown>;
  problems: Problem[];
  broken: Set<string>;
}

/** Reads `dir` (e.g. `rules/`) and `dir/scenarios/*.json`, then validates them. Never throws. */
export function loadRulesDir(dir: string): Validation {
  const read: ReadResult = { json: {}, problems: [], broken: new Set() };
  const top = listJson(dir, "", read);
  if (top === null) return { rules: null, problems: read.problems };
  for (const name of top) readJson(dir, name, read);
  for (const name of listJson(join(dir, "scenarios"), "scenarios/", read, true) ?? [])
    readJson(dir, name, read);
  const files: Record<string, unknown> = {};
  const scenarios: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(read.json)) {
    if (name.startsWith("scenarios/")) scenarios[name] = value;
    else files[name] = value;
  }
  const result = validateRules(files, scenarios);
  // A file that could not be read or parsed was reported already; "missing" would only repeat it.
  const problems = result.problems.filter(
    (p) => !(read.broken.has(p.file) && p.message === "file is missing"),
  );
  return { rules: read.problems.length > 0 ? null : result.rules, problems: [...read.problems, ...problems] };
}

function listJson(dir: string, prefix: string, read: ReadResult, optional = false): string[] | null {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => prefix + name);
  } catch (error) {
    if (!optional) {
      read.problems.push({
        severity: "error",
        file: dir,
        path: "",
        message: `cannot read the rules directory: ${reason(error)}`,
      });
    }
    return null;
  }
}

function readJson(dir: string, name: string, read: ReadResult): void {
  let text: string;
  try {
    text = readFileSync(join(dir, name), "utf8");
  } catch (error) {
    read.broken.add(name);
    read.problems.push({
      severity: "error",
      file: name,
      path: "",
      message: `cannot read the file: ${reason(error)}`,
    });
    return;
  }
  try {
    read.json[name] = JSON.parse(text);
  } catch (error) {
    read.broken.add(name);
    const problem: Problem = {
      severity: "error",
      file: name,
      path: "",
      message: `invalid JSON: ${syntaxMessage(error, text)}`,
    };
    problem.hint = "rules files are plain JSON: no comments, no trailing commas";
    read.problems.push(problem);
  }
}

/** The parser's message, with a line and column computed from the position when it gives one. */
function syntaxMessage(error: unknown, text: string): string {
  const message = reason(error);
  const match = /at position (\d+)/.exec(message);
  if (match === null) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset).split("\n");
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return `${message.replace(/ (in JSON )?at position \d+.*$/, "")} at line ${line}, column ${column}`;
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/^[A-Z]+: /, "");
  return String(error);
}
