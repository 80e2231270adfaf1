/** Canonical JSON (object keys sorted at every level) and the rules hash built on it. */
import { hashText, type Rules } from "./engine.ts";

/** JSON text with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
    const obj = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, obj[k]]),
    );
  });
}

/** 16 hex digits identifying a ruleset: the engine's hashText of its canonical JSON. */
export const rulesHash = (rules: Rules): string => hashText(canonicalJson(rules));
