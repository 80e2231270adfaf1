/** `export-controls`: China withholds processed rare earths from the world for a while. */

import { orderCause, outcome, titleOf } from "../context.ts";
import { note, pay, shiftTrack } from "../ops.ts";
import { writable } from "../working-copy.ts";
import { fits, type OrderKind, refuse } from "./order-kind.ts";

type ExportControls = { type: "export-controls" };
const CANDIDATES: ExportControls[] = Object.freeze([
  Object.freeze({ type: "export-controls" }),
]) as ExportControls[];

/** Impose export controls on processed rare earths (only the agents the rules allow). */
export const exportControls: OrderKind<ExportControls> = {
  type: "export-controls",
  phase: "restrictions",
  parse: () => ({ type: "export-controls" }),
  check(s, rules, _ix, agent) {
    if (!rules.actions["export-controls"].agents.includes(agent)) {
      return refuse("not-allowed", "Only a processing power can impose export controls.");
    }
    if ((s.exportControls[agent] ?? 0) >= s.turn)
      return refuse("no-effect", "Your export controls already hold.");
    return null;
  },
  allowed: (s, rules, _ix, agent) =>
    rules.actions["export-controls"].agents.includes(agent) && !((s.exportControls[agent] ?? 0) >= s.turn),
  flatCost: true,
  legal(s, rules, ix, agent, ap, capital, out) {
    const list = exportControls.candidates(s, rules, ix, agent);
    const first = list[0];
    if (first === undefined || !fits(exportControls.cost(rules, first), ap, capital)) return;
    for (const order of list) if (exportControls.allowed?.(s, rules, ix, agent, order)) out.push(order);
  },
  cost: (rules) => ({
    ap: rules.actions["export-controls"].ap,
    capital: rules.actions["export-controls"].capital,
  }),
  staticCandidates: true,
  candidates: () => CANDIDATES,
  key: () => "export-controls",
  apply(ctx, agent, order, index) {
    const a = ctx.rules.actions["export-controls"];
    const cause = orderCause(agent, order, index);
    pay(ctx, agent, a.capital, cause, "export controls");
    const until = ctx.state.turn + a.duration - 1;
    const controls = writable.exportControls(ctx);
    const before = controls[agent] ?? 0;
    controls[agent] = until;
    if (ctx.explain)
      note(
        ctx,
        `exportControls.${agent}`,
        String(before),
        String(until),
        cause,
        `${titleOf(ctx.ix, agent)} stopped exports of processed rare earths until turn ${until}.`,
        [agent, "us"],
      );
    for (const t of ctx.rules.tracks) {
      if (t.parties.includes(agent))
        shiftTrack(ctx, t.id, t.tension ? a.tension : -a.tension, cause, "export controls");
    }
    outcome(ctx, agent, index, order, "applied", `Imposed export controls until turn ${until}.`);
  },
};
