/** Phase 7, scoring: every agent's goals scored 0–100, the shared crisis penalty, the turn's record. */

import { decimal, record, round, type TurnContext, titleOf } from "../context.ts";
import { interdependence, leverage } from "../measures/compute.ts";
import { scoreAll } from "../measures/objectives.ts";
import type { Cause, Order } from "../types.ts";
import { writable } from "../working-copy.ts";

const SCORE: Cause = { type: "rule", rule: "scoring" };

/** Score the turn and close it. */
export function scoring(ctx: TurnContext): void {
  const s = ctx.state;
  const scores = scoreAll(s, ctx.rules, ctx.ix);
  const sum: Record<string, number> = {};
  const totals: Record<string, number> = {};
  for (const a in scores) {
    const sc = scores[a] as (typeof scores)[string];
    if (ctx.explain) {
      const crisis = sc.crisis > 0 ? ` (−${sc.crisis} for the shared crisis)` : "";
      record(
        ctx,
        `scores.${a}`,
        s.scores[a]?.total ?? 0,
        sc.total,
        SCORE,
        `${titleOf(ctx.ix, a)} scores ${decimal(sc.total)} on its goals${crisis}.`,
        [a],
      );
    }
    sum[a] = round((s.scoreSum[a] ?? 0) + sc.total, 1);
    totals[a] = sc.total;
  }
  s.scoreSum = sum;
  s.scores = scores;
  const m = s.measures;
  writable.history(ctx).push(
    Object.freeze({
      turn: s.turn,
      // Shared with the state, which no later turn writes (each copies what it changes).
      tracks: s.tracks,
      influence: s.influence,
      scores: totals,
      usSupplySecurity: m.usSupplySecurity,
      usRouteHhi: m.usRouteHhi,
      chinaProcessingShare: m.chinaProcessingShare,
      interdependenceUsRu: interdependence(m.dep, "us", "ru"),
      leverageTrOverUs: leverage(m.dep, "tr", "us"),
      events: ctx.events.map((e) => e.event),
    }),
  );
  const last: Record<string, Order[]> = {};
  for (const a in ctx.orders) last[a] = (ctx.orders[a] ?? []).map((x) => x.order);
  s.lastOrders = last;
  s.turn += 1;
}
