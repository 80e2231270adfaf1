/// <reference types="vite/client" />
/**
 * The rules as bundled into the browser build: every JSON file under `rules/`, imported eagerly by
 * Vite, then validated exactly as the Node loader does. Only the UI imports this (it needs Vite).
 */
import { type Validation, validateRules } from "./validate.ts";

/** Splits Vite's glob result into top-level files and scenarios, keyed as the validator expects. */
export function splitRulesModules(modules: Record<string, unknown>): {
  files: Record<string, unknown>;
  scenarios: Record<string, unknown>;
} {
  const files: Record<string, unknown> = {};
  const scenarios: Record<string, unknown> = {};
  for (const [path, mod] of Object.entries(modules)) {
    const name = path.replace(/^.*?\/rules\//, "");
    const json =
      typeof mod === "object" && mod !== null && "default" in mod
        ? (mod as { default: unknown }).default
        : mod;
    if (name.startsWith("scenarios/")) scenarios[name] = json;
    else files[name] = json;
  }
  return { files, scenarios };
}

/** The bundled rules, validated: `rules` is null when any problem is an error. */
export function loadBundledRules(): Validation {
  const modules = import.meta.glob("../../rules/**/*.json", { eager: true });
  const { files, scenarios } = splitRulesModules(modules);
  return validateRules(files, scenarios);
}
