/**
 * Turns valibot issues into problems that name the file, the JSON path and what to do about it.
 */
import * as v from "valibot";
import { didYouMean } from "./did-you-mean.ts";
import { joinPath, type Problem } from "./problem.ts";

type Issue = v.BaseIssue<unknown>;
type PathItem = NonNullable<Issue["path"]>[number];

/** The parts of a valibot schema object that the walker reads. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  options?: unknown[];
  key?: string;
  literal?: unknown;
}

/** Validation checks whose `received` is the offending value itself (worth quoting back). */
const VALUE_CHECKS = new Set(["min_value", "max_value", "regex", "integer", "finite"]);

/** Every issue of parsing `input` with `schema`, as error problems for `file`. */
export function schemaProblems(
  file: string,
  schema: v.GenericSchema,
  input: unknown,
  rootHint?: string,
): Problem[] {
  const result = v.safeParse(schema, input, { abortEarly: false });
  if (result.success) return [];
  return result.issues.map((issue) => toProblem(file, schema, issue, rootHint));
}

function toProblem(file: string, schema: v.GenericSchema, issue: Issue, rootHint?: string): Problem {
  const items = issue.path ?? [];
  const path = joinPath(...items.map((item) => keyOf(item)));
  const { message, hint } = describe(schema, issue, items);
  const problem: Problem = { severity: "error", file, path, message };
  const finalHint = hint ?? (items.length === 0 ? rootHint : undefined);
  if (finalHint !== undefined) problem.hint = finalHint;
  return problem;
}

function keyOf(item: PathItem): string | number {
  return typeof item.key === "number" ? item.key : String(item.key);
}

function describe(
  schema: v.GenericSchema,
  issue: Issue,
  items: PathItem[],
): { message: string; hint?: string } {
  const last = items.at(-1);
  const isKey = last !== undefined && "origin" in last && last.origin === "key";
  if (isKey && (issue.type === "strict_object" || issue.type === "object")) {
    const key = String(last.key);
    if (issue.expected === "never") {
      return {
        message: `unknown field ${JSON.stringify(key)}`,
        hint: didYouMean(key, knownKeys(schema, items)),
      };
    }
    return { message: `missing field ${JSON.stringify(key)}` };
  }
  if (isKey) return { message: `key ${JSON.stringify(String(last.key))} ${issue.message}` };
  if (issue.kind === "schema") return describeType(issue);
  const got = VALUE_CHECKS.has(issue.type) ? `, got ${issue.received}` : "";
  return { message: `${issue.message}${got}` };
}

function describeType(issue: Issue): { message: string; hint?: string } {
  const expected = issue.expected ?? "";
  if (issue.type === "picklist" || issue.type === "variant") {
    const options = [...expected.matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? "");
    const received = typeof issue.input === "string" ? issue.input : undefined;
    const message = `expected one of ${options.map((o) => JSON.stringify(o)).join(", ")}, got ${issue.received}`;
    return { message, hint: received === undefined ? undefined : didYouMean(received, options) };
  }
  return { message: `expected ${plainType(expected)}, got ${issue.received}` };
}

function plainType(expected: string): string {
  const names: Record<string, string> = {
    Object: "an object",
    Array: "an array",
    number: "a number",
    string: "a string",
    boolean: "true or false",
    "(string | null)": "a string or null",
  };
  return names[expected] ?? expected;
}

/** The field names the schema allows where the last path item points (for "did you mean"). */
function knownKeys(schema: v.GenericSchema, items: PathItem[]): string[] {
  let node: SchemaNode | undefined = schema as unknown as SchemaNode;
  for (const item of items.slice(0, -1)) node = descend(node, keyOf(item), item.input);
  const container = resolve(node, items.at(-1)?.input);
  return Object.keys(container?.entries ?? {});
}

function descend(node: SchemaNode | undefined, key: string | number, input: unknown): SchemaNode | undefined {
  const n = resolve(node, input);
  if (n === undefined) return undefined;
  if (n.type === "array") return n.item;
  if (n.type === "record") return n.value;
  return typeof key === "string" ? n.entries?.[key] : undefined;
}

/** Unwraps optional/nullable schemas and picks the variant option that matches the input. */
function resolve(node: SchemaNode | undefined, input: unknown): SchemaNode | undefined {
  let n = node;
  while (n?.wrapped !== undefined) n = n.wrapped;
  if (n?.type !== "variant" || n.key === undefined) return n;
  const key = n.key;
  const tag =
    typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  const options = (n.options ?? []) as SchemaNode[];
  return options.find((option) => option.entries?.[key]?.literal === tag);
}
