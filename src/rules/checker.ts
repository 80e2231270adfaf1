/**
 * The shared state and helpers of the cross-reference checks: a problem list and the loose rules.
 */
import { didYouMean } from "./did-you-mean.ts";
import { type IdKind, LISTS, type LooseRules } from "./loose.ts";
import { type Problem, pathSegment } from "./problem.ts";

/** What every check reads and writes. */
export interface Checker {
  problems: Problem[];
  rules: LooseRules;
  /** Personality ids from personalities.json, or null when there is none. */
  personalities: string[] | null;
}

/** Records a problem. */
export function report(
  ck: Checker,
  severity: Problem["severity"],
  file: string,
  path: string,
  message: string,
  hint?: string,
): void {
  const problem: Problem = { severity, file, path, message };
  if (hint !== undefined) problem.hint = hint;
  ck.problems.push(problem);
}

/** Reports problems in one file: `inFile(ck, "agents.json").error(path, message, hint)`. */
export function inFile(ck: Checker, file: string) {
  const add = (severity: Problem["severity"]) => (path: string, message: string, hint?: string) =>
    report(ck, severity, file, path, message, hint);
  return { error: add("error"), warning: add("warning") };
}

/** A did-you-mean hint, or a list of the known ids when there are few and none is close. */
export function refHint(id: string, known: string[]): string | undefined {
  const near = didYouMean(id, known);
  if (near !== undefined) return near;
  if (known.length > 0 && known.length <= 8) return `known: ${known.join(", ")}`;
  return undefined;
}

/**
 * Checks that `id` names a known thing of `kind`; reports an error if not. Returns false only when
 * the id is known to be wrong (an unknown id list, e.g. a broken file, is not held against it).
 */
export function checkRef(
  ck: Checker,
  file: string,
  path: string,
  kind: IdKind,
  id: string | null | undefined,
): boolean {
  if (id === null || id === undefined) return true;
  const known = ck.rules.ids[kind];
  if (known === null || known.includes(id)) return true;
  report(ck, "error", file, path, `unknown ${kind} ${JSON.stringify(id)}`, refHint(id, known));
  return false;
}

/** Checks every key of a record as an id of `kind`. */
export function checkKeys(
  ck: Checker,
  file: string,
  path: string,
  kind: IdKind,
  record: object | undefined,
): void {
  for (const key of Object.keys(record ?? {})) checkRef(ck, file, path + pathSegment(key), kind, key);
}

/** Reports ids used twice in a list. */
export function checkDuplicates(ck: Checker, kind: IdKind, items: { id?: string }[] | null): void {
  const { file, key } = LISTS[kind];
  checkUnique(ck, file, key, kind, items ?? []);
}

/** Reports ids used twice among items at `path[i].id`. */
export function checkUnique(
  ck: Checker,
  file: string,
  path: string,
  what: string,
  items: { id?: string }[],
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      report(
        ck,
        "error",
        file,
        `${path}[${i}].id`,
        `duplicate ${what} id ${JSON.stringify(item.id)}`,
        `first used at ${path}[${seen}]`,
      );
  });
}

/** Checks every id of a list, at `path[i]`. */
export function checkRefs(
  ck: Checker,
  file: string,
  path: string,
  kind: IdKind,
  ids: string[] | undefined,
): void {
  for (const [id, i] of indexed(ids ?? null)) checkRef(ck, file, `${path}[${i}]`, kind, id);
}

/** Checks a pair of agents: both known and different. */
export function checkPair(ck: Checker, file: string, path: string, agents: string[] | undefined): void {
  if (agents === undefined) return;
  checkRefs(ck, file, path, "agent", agents);
  if (agents.length === 2 && agents[0] === agents[1]) {
    report(
      ck,
      "error",
      file,
      path,
      `names the same agent twice (${JSON.stringify(agents[0])})`,
      "name two different agents",
    );
  }
}

/** The loose items of a list with their index, skipping none (indices match the file). */
export function indexed<T>(items: T[] | null): [T, number][] {
  return (items ?? []).map((item, i) => [item, i]);
}
