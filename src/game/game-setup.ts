/** A new game's settings: scenario, seed, turns, and who plays each country (a human or an AI). */
import type { AgentId, Rules } from "../engine/index.ts";

/** How hard an AI plays. */
export type Difficulty = "easy" | "normal" | "hard";

/** The difficulties, easiest first. */
export const DIFFICULTIES: readonly Difficulty[] = ["easy", "normal", "hard"];

/** Who plays a country. */
export type Seat = { kind: "human" } | { kind: "ai"; difficulty: Difficulty };

/** Everything needed to start a game. */
export interface GameSetup {
  scenario: string;
  seed: string;
  turns: number;
  seats: Record<AgentId, Seat>;
}

/** Who plays a country, in words, as the debrief says it: "a human player", "the AI (normal)". */
export function seatLabel(seat: Seat | undefined): string {
  return seat?.kind === "human" ? "a human player" : `the AI (${seat?.difficulty ?? "normal"})`;
}

/** The default setup: the first scenario, one human (the first agent by default) against normal AIs. */
export function defaultSetup(
  rules: Rules,
  seed: string,
  human: AgentId | null = rules.agents[0]?.id ?? null,
): GameSetup {
  const scenario = rules.scenarios[0];
  return {
    scenario: scenario?.id ?? "",
    seed,
    turns: scenario?.turns ?? 12,
    seats: Object.fromEntries(
      rules.agents.map((a): [AgentId, Seat] => [
        a.id,
        a.id === human ? { kind: "human" } : { kind: "ai", difficulty: "normal" },
      ]),
    ),
  };
}

/** The human-played agents, in the rules' order (which is also the hot-seat order). */
export function humansOf(rules: Rules, setup: GameSetup): AgentId[] {
  return rules.agents.map((a) => a.id).filter((id) => setup.seats[id]?.kind === "human");
}

/** Problems with a setup, as lines for the setup screen; empty when it can start. */
export function setupProblems(rules: Rules, setup: GameSetup): string[] {
  const problems: string[] = [];
  if (!rules.scenarios.some((s) => s.id === setup.scenario))
    problems.push(`Unknown scenario "${setup.scenario}".`);
  if (setup.seed.trim() === "") problems.push("The seed must not be empty.");
  if (!Number.isInteger(setup.turns) || setup.turns < 1 || setup.turns > 60)
    problems.push("Turns must be a whole number from 1 to 60.");
  for (const a of rules.agents) if (!setup.seats[a.id]) problems.push(`Choose who plays ${a.name}.`);
  return problems;
}

/** Whether a value read from a save file is a well-formed setup for these rules. */
export function isSetup(rules: Rules, x: unknown): x is GameSetup {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Record<string, unknown>;
  if (typeof s.scenario !== "string" || typeof s.seed !== "string" || typeof s.turns !== "number")
    return false;
  const seats = s.seats;
  if (typeof seats !== "object" || seats === null) return false;
  return rules.agents.every((a) => {
    const seat = (seats as Record<string, unknown>)[a.id] as
      | { kind?: unknown; difficulty?: unknown }
      | undefined;
    if (!seat) return false;
    if (seat.kind === "human") return true;
    return seat.kind === "ai" && DIFFICULTIES.includes(seat.difficulty as Difficulty);
  });
}
