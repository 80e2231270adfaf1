/**
 * Save files: the rules hash, the game's setup, the log of orders and the state. Loading checks
 * everything (shape, the engine's save validation, and a replay of the log under the current rules
 * that must arrive at the saved state) and reports the first problem in one clear sentence. A save
 * whose turns an earlier version of the game played differently is not lost: the game continues
 * from its saved state, with a note saying so.
 */
import {
  createGame,
  firstLoggedTurn,
  type GameLog,
  type GameState,
  hashState,
  hashText,
  type Rules,
  randomTurn,
  replay,
  resolveTurn,
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
  /** How the version of the game that wrote it plays (`engineFingerprint`); absent in older saves. */
  engine?: string;
  setup: GameSetup;
  log: GameLog;
  state: GameState;
  notes: AiNotes;
}

/**
 * A parsed save, or the reason it cannot be loaded. `takenOver` is null when every turn replayed;
 * otherwise the game continues from the saved state (`states` holds it alone, `reports` is empty,
 * and the log starts from it), and `takenOver` says so in a sentence for the player.
 */
export type SaveResult =
  | { ok: true; save: SaveFile; states: GameState[]; reports: TurnReport[]; takenOver: string | null }
  | { ok: false; error: string };

/**
 * A fingerprint of the rules. A save made under other rules still loads in full when its log
 * replays to its state under these (a change of wording, say), and is taken over at its state when
 * it does not.
 */
export function rulesHash(rules: Rules): string {
  return hashText(JSON.stringify(rules));
}

/** Turns of random orders the engine's fingerprint plays in each scenario. */
const FINGERPRINT_TURNS = 8;
const fingerprints = new WeakMap<Rules, string>();

/**
 * A fingerprint of how this version of the game plays these rules: the hashes of a few turns of
 * seeded random orders in every scenario. A version that resolves any of them differently has
 * another, so a save that does not replay can be told apart: from an earlier version (continued
 * from its state) or changed since it was written (refused). Worked out once per rules.
 */
export function engineFingerprint(rules: Rules): string {
  let f = fingerprints.get(rules);
  if (f === undefined) {
    const hashes: string[] = [];
    for (const scenario of rules.scenarios) {
      let state = createGame(rules, { seed: "fingerprint", scenario: scenario.id, turns: FINGERPRINT_TURNS });
      while (state.turn <= state.turns) {
        const r = resolveTurn(state, rules, randomTurn(state, rules), { explain: false });
        state = r.state;
        hashes.push(r.report.hash);
      }
    }
    f = hashText(hashes.join(" "));
    fingerprints.set(rules, f);
  }
  return f;
}

/** The game's starting state among a game's `states`, or null when it was taken over from a save after its start. */
export function gameStart(states: readonly GameState[]): GameState | null {
  const first = states[0];
  return first !== undefined && first.turn === 1 ? first : null;
}

/** Build a save for the current game. */
export function makeSave(
  rules: Rules,
  setup: GameSetup,
  log: GameLog,
  state: GameState,
  notes: AiNotes,
): SaveFile {
  return {
    format: "corridors-save",
    version: 1,
    rulesHash: rulesHash(rules),
    engine: engineFingerprint(rules),
    setup,
    log,
    state,
    notes,
  };
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
  // A save made under other rules that these rules cannot take (a setup, log or state they do not
  // fit): that is the reason to give, not damage.
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
  if (!checked.state) return refuse(damaged("The saved game state", checked.problems));
  const state = checked.state;
  if (log.start !== undefined) {
    const start = validateSave(rules, log.start);
    if (!start.state)
      return refuse(damaged("The state the save's log starts from (log.start)", start.problems));
  }
  if (
    log.seed !== state.seed ||
    log.scenario !== state.scenario ||
    log.orders.length !== state.turn - firstLoggedTurn(log) ||
    (log.start !== undefined && (log.start.seed !== state.seed || log.start.scenario !== state.scenario))
  ) {
    return refuse("The saved state does not belong to the saved log (seed, scenario or turn differ).");
  }
  const notes = notesOf(json.notes);
  const save = (log: GameLog): SaveFile => ({
    format: "corridors-save",
    version: 1,
    // Checked against these rules: saved again, it carries their fingerprint and this version's.
    rulesHash: rulesHash(rules),
    engine: engineFingerprint(rules),
    setup: json.setup as GameSetup,
    log,
    state,
    notes,
  });
  const replayed = replayTo(rules, log, state);
  if (replayed.ok) {
    // The replayed final state equals the saved one byte for byte; keep the saved object as the current state.
    const states = [...replayed.states.slice(0, -1), state];
    return { ok: true, save: save(log), states, reports: replayed.reports, takenOver: null };
  }
  // Written by this version under these rules, yet its turns come out otherwise: the file was changed.
  if (sameRules && json.engine === engineFingerprint(rules)) return refuse(replayed.error);
  // Written by an earlier version (or under earlier rules): continue from its state, which is whole.
  const played = state.turn - 1;
  const { injects } = log;
  const from: GameLog = {
    scenario: log.scenario,
    seed: log.seed,
    turns: log.turns,
    orders: [],
    hashes: [],
    ...(injects ? { injects } : {}),
    start: state,
  };
  const what = sameRules ? "an earlier version of the game" : "an earlier version of the game's rules";
  const where = played === 0 ? "before its first turn" : `after turn ${played}`;
  const takenOver = `This save was made with ${what}, and this version plays its turns differently. The game continues from where it was saved, ${where}; the replay and the debrief start there.`;
  return { ok: true, save: save(from), states: [state], reports: [], takenOver };
}

/**
 * The AI's notes of a save, as far as they are whole: a note that is not text is left blank (it
 * stays in its place, beside its order), and anything else out of shape is dropped. Notes only
 * explain the AI's orders, so a damaged one costs the game nothing.
 */
function notesOf(x: unknown): AiNotes {
  const out: AiNotes = {};
  if (!isObj(x)) return out;
  for (const [turn, byAgent] of Object.entries(x)) {
    if (!isObj(byAgent)) continue;
    const kept: Record<string, string[]> = {};
    for (const [agent, list] of Object.entries(byAgent))
      if (Array.isArray(list)) kept[agent] = list.map((n) => (typeof n === "string" ? n : ""));
    out[turn] = kept;
  }
  return out;
}

/** "The saved game state is damaged: agents.tr: … (and 2 more)." */
function damaged(what: string, problems: string[]): string {
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
  return `${what} is damaged: ${problems[0] ?? "unknown problem"}${more}.`;
}

/** Replay a save's log and check that it arrives at the saved state; the reason in a sentence if not. */
function replayTo(
  rules: Rules,
  log: GameLog,
  state: GameState,
): { ok: true; states: GameState[]; reports: TurnReport[] } | { ok: false; error: string } {
  let replayed: ReturnType<typeof replay>;
  try {
    replayed = replay(rules, log);
  } catch (e) {
    return { ok: false, error: `The save's log cannot be replayed: ${(e as Error).message}.` };
  }
  if (replayed.mismatch !== null) {
    return {
      ok: false,
      error: `The save's log does not replay: turn ${replayed.mismatch} comes out differently, so the file was changed after it was saved.`,
    };
  }
  const last = replayed.states[replayed.states.length - 1];
  if (!last || hashState(last) !== hashState(state))
    return { ok: false, error: "The saved state does not match what its log of orders produces." };
  return { ok: true, states: replayed.states, reports: replayed.reports };
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
    (x.start === undefined || isObj(x.start)) &&
    (x.injects === undefined ||
      (Array.isArray(x.injects) &&
        x.injects.every((i) => isObj(i) && typeof i.event === "string" && typeof i.turn === "number")))
  );
}
