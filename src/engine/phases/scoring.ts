/** Phase 7, scoring: every agent's goals scored 0–100, the shared crisis penalty, the turn's record. */
import { record, round, type TurnContext } from "../context.ts";
import { interdependence, leverage } from "../measures/compute.ts";
import { scoreAll } from "../measures/objectives.ts";
import type { Cause } from "../types.ts";

const SCORE: Cause = { type: "rule", rule: "scoring" };

/** Score the turn and close it. */
export function scoring(ctx: TurnContext): void {
  const s = ctx.state;
  const plain = ctx.state;
  const scores = scoreAll(plain, ctx.rules, ctx.ix);
  for (const [a, sc] of Object.entries(scores)) {
    const from = s.scores[a]?.total ?? 0;
    const crisis = sc.crisis > 0 ? ` (−${sc.crisis} for the shared crisis)` : "";
    record(
      ctx,
      `scores.${a}`,
      from,
      sc.total,
      SCORE,
      `${ctx.ix.agent.get(a)?.name ?? a} scores ${sc.total} on its goals${crisis}.`,
      [a],
    );
  }
  s.scoreSum = Object.fromEntries(
    Object.entries(scores).map(([a, sc]) => [a, round((plain.scoreSum[a] ?? 0) + sc.total, 1)]),
  );
  s.scores = scores;
  const m = plain.measures;
  s.history.push(
    Object.freeze({
      turn: s.turn,
      tracks: { ...plain.tracks },
      influence: Object.fromEntries(Object.entries(plain.influence).map(([r, row]) => [r, { ...row }])),
      scores: Object.fromEntries(Object.entries(scores).map(([a, sc]) => [a, sc.total])),
      usSupplySecurity: m.usSupplySecurity,
      usRouteHhi: m.usRouteHhi,
      chinaProcessingShare: m.chinaProcessingShare,
      interdependenceUsRu: interdependence(m.dep, "us", "ru"),
      leverageTrOverUs: leverage(m.dep, "tr", "us"),
      events: ctx.events.map((e) => e.event),
    }),
  );
  s.lastOrders = Object.fromEntries(
    Object.entries(ctx.orders).map(([a, list]) => [a, list.map((x) => x.order)]),
  );
  s.turn += 1;
}
