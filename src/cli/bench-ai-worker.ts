/** The task a strength-table or par worker runs: one slice of one cell's games. Loaded through bench-ai-worker.mjs. */
import Tinypool from "tinypool";
import type { Rules } from "../engine/index.ts";
import { curvesOf, type ScoreJob, upgradedScores } from "./strength.ts";

/** Tinypool's entry point: every agent's game score (or its curve over the turns), game by game, for the job's games. */
export default function task(job: ScoreJob): Record<string, number>[] | Record<string, number[]>[] {
  const rules = Tinypool.workerData as Rules;
  return job.curves === true ? curvesOf(rules, job) : upgradedScores(rules, job);
}
