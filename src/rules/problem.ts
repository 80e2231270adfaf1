/** A problem found in the rules data: what is wrong, in which file, and where in it. */
export interface Problem {
  severity: "error" | "warning";
  /** The rules file, relative to the rules directory, e.g. `corridors.json` or `scenarios/base-2026.json`. */
  file: string;
  /** A JSON path inside the file, e.g. `corridors[2].path[1]`; empty for the whole file. */
  path: string;
  message: string;
  /** A suggestion, e.g. `did you mean "caspian"?`. */
  hint?: string;
}

/** One line for a terminal or a log: `error corridors.json corridors[2].path[1]: unknown place … (hint)`. */
export function formatProblem(p: Problem): string {
  const where = p.path === "" ? p.file : `${p.file} ${p.path}`;
  const hint = p.hint === undefined ? "" : ` (${p.hint})`;
  return `${p.severity} ${where}: ${p.message}${hint}`;
}

/** A JSON path segment: `[2]` for an index, `.key` for a plain key, `["odd key"]` otherwise. */
export function pathSegment(key: string | number): string {
  if (typeof key === "number") return `[${key}]`;
  return /^[A-Za-z0-9_-]+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** Joins segments into a JSON path without a leading dot, e.g. `corridors[2].path[1]`. */
export function joinPath(...keys: (string | number)[]): string {
  const joined = keys.map(pathSegment).join("");
  return joined.startsWith(".") ? joined.slice(1) : joined;
}
