/** The task a strength-table worker runs: one slice of one cell's games. Loaded through bench-ai-worker.mjs. */
import Tinypool from "tinypool";
import type { Rules } from "../engine/index.ts";
import { type ScoreJob, upgradedScores } from "./strength.ts";

/** Tinypool's entry point: every agent's game score, game by game, for the job's games. */
export default function task(job: ScoreJob): Record<string, number>[] {
  return upgradedScores(Tinypool.workerData as Rules, job);
}
