/**
 * Save files: the rules hash, the game's setup, the log of orders and the state. Loading checks
 * everything (shape, the engine's save validation, and a replay of the log under the current rules
 * that must arrive at the saved state) and reports the first problem in one clear sentence.
 */
import {
  type GameLog,
  type GameState,
  hashState,
  hashText,
  type Rules,
  replay,
  type TurnReport,
  validateSave,
} from "../engine/index.ts";
import type { AiNotes } from "./debrief.ts";
import { type GameSetup, isSetup } from "./game-setup.ts";

export type { AiNotes };

/** What a save file holds. */
export interface SaveFile {
  format: "corridors-save";
  version: 1;
  rulesHash: string;
  setup: GameSetup;
  log: GameLog;
  state: GameState;
  notes: AiNotes;
}

/** A parsed save, or the reason it cannot be loaded. */
export type SaveResult =
  | { ok: true; save: SaveFile; states: GameState[]; reports: TurnReport[] }
  | { ok: false; error: string };

/**
 * A fingerprint of the rules. A save made under the same rules loads after the usual checks; one
 * made under other rules loads only if its log still replays to its state under these.
 */
export function rulesHash(rules: Rules): string {
  return hashText(JSON.stringify(rules));
}

/** Build a save for the current game. */
export function makeSave(
  rules: Rules,
  setup: GameSetup,
  log: GameLog,
  state: GameState,
  notes: AiNotes,
): SaveFile {
  return { format: "corridors-save", version: 1, rulesHash: rulesHash(rules), setup, log, state, notes };
}

/** The save as the text of a file. */
export function saveText(save: SaveFile): string {
  return JSON.stringify(save);
}

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** Read and check a save file's text. Never throws. */
export function parseSave(rules: Rules, text: string): SaveResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      error: `This file is not a Corridors save: it is not valid JSON (${(e as Error).message}).`,
    };
  }
  if (!isObj(json) || json.format !== "corridors-save") {
    return { ok: false, error: "This file is not a Corridors save (its format field is missing)." };
  }
  if (json.version !== 1)
    return { ok: false, error: `This save has version ${String(json.version)}; this game reads version 1.` };
  // A save made under other rules still loads when its log replays to its state under these rules
  // (a change of wording, say); when it does not, that is the reason to give, not damage.
  const sameRules = json.rulesHash === rulesHash(rules);
  const refuse = (error: string): SaveResult => ({
    ok: false,
    error: sameRules ? error : "This save was made with different rules, so it cannot be continued here.",
  });
  if (!isSetup(rules, json.setup)) return refuse("The save's game setup is damaged (setup).");
  const log = json.log;
  if (!isLog(log)) return refuse("The save's log of orders is damaged (log).");
  const badInject = injectProblem(rules, log);
  if (badInject) return refuse(badInject);
  const checked = validateSave(rules, json.state);
  if (!checked.state) {
    const first = checked.problems[0] ?? "unknown problem";
    return refuse(
      `The saved game state is damaged: ${first}${checked.problems.length > 1 ? ` (and ${checked.problems.length - 1} more)` : ""}.`,
    );
  }
  const state = checked.state;
  if (log.seed !== state.seed || log.scenario !== state.scenario || log.orders.length !== state.turn - 1) {
    return refuse("The saved state does not belong to the saved log (seed, scenario or turn differ).");
  }
  let replayed: ReturnType<typeof replay>;
  try {
    replayed = replay(rules, log);
  } catch (e) {
    return refuse(`The save's log cannot be replayed: ${(e as Error).message}.`);
  }
  if (replayed.mismatch !== null) {
    return refuse(
      `The save's log does not replay: turn ${replayed.mismatch} comes out differently (the file was changed, or an earlier version of the game played that turn differently).`,
    );
  }
  const last = replayed.states[replayed.states.length - 1];
  if (!last || hashState(last) !== hashState(state)) {
    return refuse("The saved state does not match what its log of orders produces.");
  }
  const notes = isObj(json.notes) ? (json.notes as AiNotes) : {};
  const save: SaveFile = {
    format: "corridors-save",
    version: 1,
    // Checked against these rules by the replay: saved again, it carries their fingerprint.
    rulesHash: rulesHash(rules),
    setup: json.setup,
    log,
    state,
    notes,
  };
  // The replayed final state equals the saved one byte for byte; keep the saved object as the current state.
  return { ok: true, save, states: [...replayed.states.slice(0, -1), state], reports: replayed.reports };
}

/** The first inject in a log that names no event of these rules or no turn of its game, in a sentence. */
function injectProblem(rules: Rules, log: GameLog): string | null {
  const list = log.injects ?? [];
  for (const [i, x] of list.entries()) {
    if (!rules.events.some((e) => e.id === x.event))
      return `The save's log injects an event these rules do not have, "${x.event}" (log.injects[${i}]).`;
    if (!Number.isInteger(x.turn) || x.turn < 1 || x.turn > log.turns)
      return `The save's log injects an event in a turn its game does not have, ${x.turn} (log.injects[${i}]).`;
  }
  return null;
}

function isLog(x: unknown): x is GameLog {
  if (!isObj(x)) return false;
  return (
    typeof x.scenario === "string" &&
    typeof x.seed === "string" &&
    typeof x.turns === "number" &&
    Array.isArray(x.orders) &&
    x.orders.every(isObj) &&
    Array.isArray(x.hashes) &&
    x.hashes.every((h) => typeof h === "string") &&
    (x.injects === undefined ||
      (Array.isArray(x.injects) &&
        x.injects.every((i) => isObj(i) && typeof i.event === "string" && typeof i.turn === "number")))
  );
}
