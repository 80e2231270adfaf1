/**
 * `--debrief`: one game of a run played again on its own, with the engine's explanations and the
 * AI's reasons, written as the same after-action report the browser game gives. The game is the
 * one the run plays under the same flags (same seed `S:N`, sweep point, policies and turns), so
 * its final hash is the one in the run's JSONL record.
 */
import { writeFileSync } from "node:fs";
import { type AiGame, playAiGame } from "../../ai/index.ts";
import { type AiNotes, debriefHtml } from "../../game/debrief.ts";
import { type GameState, type Rules, replay, type TurnReport } from "./engine.ts";
import { gameSeed } from "./plan.ts";
import { playLabel } from "./policies.ts";
import type { BatchPlan } from "./prepare.ts";
import type { PointSetup } from "./record.ts";
import { applyValues } from "./sweep.ts";
import type { BatchOptions } from "./types.ts";
import { UsageError } from "./usage-error.ts";

/** Play one game as the batch does, keeping every state, report and AI reason (`playAiGame`, the same loop). */
export function playExplained(
  rules: Rules,
  setup: PointSetup,
  seed: string,
): { states: GameState[]; reports: TurnReport[]; notes: AiNotes } {
  const policies: AiGame["policies"] = {};
  const options: NonNullable<AiGame["options"]> = {};
  for (const [agent, play] of Object.entries(setup.plays)) {
    policies[agent] = play.policy;
    options[agent] = {
      ...(play.budget === undefined ? {} : { budget: play.budget }),
      ...(play.noise === undefined ? {} : { noise: play.noise }),
    };
  }
  const game = { seed, scenario: setup.scenario, policies, options };
  const played = playAiGame(rules, setup.turns === undefined ? game : { ...game, turns: setup.turns });
  const notes: AiNotes = {};
  played.choices.forEach((chosen, i) => {
    notes[String(i + 1)] = Object.fromEntries(
      Object.entries(chosen).map(([agent, list]) => [agent, list.map((c) => c.rationale)]),
    );
  });
  // The states between the turns, from the game's log (the loop keeps only the last).
  return { states: replay(rules, played.log).states, reports: played.reports, notes };
}

/** The run's game the options pick, as a debrief report's text; throws UsageError for a point the run lacks. */
export function debriefOf(o: BatchOptions, plan: BatchPlan): { html: string; seed: string; hash: string } {
  const pointIndex = o.point ?? 0;
  const point = plan.points[pointIndex];
  const setup = plan.setups[pointIndex];
  if (!point || !setup) {
    const n = plan.points.length;
    throw new UsageError(
      `--point ${pointIndex}: the run has ${n} sweep point${n === 1 ? "" : "s"} (0${n > 1 ? `–${n - 1}` : ""})`,
    );
  }
  const game = o.game ?? 0;
  const seed = gameSeed(o.seed, game);
  const rules = applyValues(plan.rules, point.values);
  const played = playExplained(rules, setup, seed);
  const swept = Object.entries(point.values).map(([path, v]) => `${path} = ${v}`);
  const note = `Game ${game} of a batch run with base seed ${o.seed} (seed ${seed})${
    swept.length ? `, sweep point ${pointIndex}: ${swept.join(", ")}` : ""
  }.`;
  const html = debriefHtml({
    rules,
    playedBy: Object.fromEntries(
      rules.agents.map((a) => {
        const play = setup.plays[a.id];
        return [a.id, play ? playLabel(play) : "nobody (it passes)"];
      }),
    ),
    note,
    ...played,
  });
  return { html, seed, hash: played.reports[played.reports.length - 1]?.hash ?? "" };
}

/** Write the debrief the options ask for; resolves to the exit code. */
export function runDebrief(o: BatchOptions, plan: BatchPlan, stderr: NodeJS.WritableStream): number {
  const file = o.debrief ?? "debrief.html";
  const { html, seed, hash } = debriefOf(o, plan);
  try {
    writeFileSync(file, html);
  } catch (e) {
    throw new UsageError(`--debrief ${file}: cannot write it (${(e as Error).message})`);
  }
  if (!o.quiet)
    stderr.write(`game ${o.game ?? 0} (seed ${seed}): final hash ${hash}; debrief report in ${file}\n`);
  return 0;
}
