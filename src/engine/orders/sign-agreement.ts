/** `sign-agreement`: a transit, offtake or security deal, binding only when both sides order it the same turn. */

import type { Rules } from "../../rules/schema.ts";
import { nameOf, orderCause, outcome, record, type TurnContext, titleOf } from "../context.ts";
import { gateTrack } from "../gates.ts";
import { pay, shiftRelation, shiftTrack } from "../ops.ts";
import type { AgentId, AgreementKind } from "../types.ts";
import { writable } from "../working-copy.ts";
import { fits, type OrderKind, perAgent, type Readable, refuse, str } from "./order-kind.ts";

type SignAgreement = { type: "sign-agreement"; partner: AgentId; kind: AgreementKind };
const KINDS: readonly AgreementKind[] = ["transit", "offtake", "security"];
const candidateCache = new WeakMap<Rules, Map<AgentId, SignAgreement[]>>();

/** Whether an agreement of this kind between the two holds this turn. */
function inForce(s: Readable, agent: AgentId, partner: AgentId, kind: AgreementKind): boolean {
  const turn = s.turn;
  for (const g of s.agreements) {
    if (g.kind === kind && g.until >= turn && g.agents.includes(agent) && g.agents.includes(partner))
      return true;
  }
  return false;
}

/** Whether two agents sanction each other either way. */
export function sanctioned(s: Readable, a: AgentId, b: AgentId): boolean {
  return (s.agents[a]?.sanctions.includes(b) ?? false) || (s.agents[b]?.sanctions.includes(a) ?? false);
}

const isUsRu = (a: AgentId, b: AgentId) => (a === "us" && b === "ru") || (a === "ru" && b === "us");

/** Offer an agreement to a partner. */
export const signAgreement: OrderKind<SignAgreement> = {
  type: "sign-agreement",
  phase: "diplomacy",
  parse(raw) {
    const partner = str(raw, "partner");
    const kind = str(raw, "kind");
    if (partner === null) return `needs a "partner" agent id`;
    if (kind === null || !KINDS.includes(kind as AgreementKind))
      return `needs a "kind": one of ${KINDS.join(", ")}`;
    return { type: "sign-agreement", partner, kind: kind as AgreementKind };
  },
  check(s, rules, ix, agent, order) {
    if (!ix.agent.has(order.partner)) return refuse("unknown-id", `There is no agent "${order.partner}".`);
    if (order.partner === agent) return refuse("not-allowed", "An agreement needs another party.");
    const inForce = s.agreements.find(
      (g) =>
        g.kind === order.kind &&
        g.until >= s.turn &&
        g.agents.includes(agent) &&
        g.agents.includes(order.partner),
    );
    if (inForce)
      return refuse(
        "no-effect",
        `A ${order.kind} agreement with ${nameOf(ix, order.partner)} holds until turn ${inForce.until}.`,
      );
    if (sanctioned(s, agent, order.partner)) {
      return refuse("not-allowed", `Sanctions stand between you and ${nameOf(ix, order.partner)}.`);
    }
    const gate = isUsRu(agent, order.partner) ? gateTrack(rules, s.tracks, "no-us-ru-joint-projects") : null;
    if (gate) return refuse("gated", gate.text);
    return null;
  },
  allowed(s, rules, ix, agent, order) {
    if (!ix.agent.has(order.partner) || order.partner === agent) return false;
    if (inForce(s, agent, order.partner, order.kind)) return false;
    if (sanctioned(s, agent, order.partner)) return false;
    return !(isUsRu(agent, order.partner) && gateTrack(rules, s.tracks, "no-us-ru-joint-projects"));
  },
  cost: (rules) => ({
    ap: rules.actions["sign-agreement"].ap,
    capital: rules.actions["sign-agreement"].capital,
  }),
  flatCost: true,
  legal(s, rules, ix, agent, ap, capital, out) {
    const candidates = signAgreement.candidates(s, rules, ix, agent);
    const first = candidates[0];
    if (first === undefined || !fits(signAgreement.cost(rules, first), ap, capital)) return;
    // The agreements in force that bind this agent, read once rather than once per candidate.
    const turn = s.turn;
    const binding: typeof s.agreements = [];
    for (const g of s.agreements) if (g.until >= turn && g.agents.includes(agent)) binding.push(g);
    let partner = "";
    let open = false;
    for (const order of candidates) {
      if (order.partner !== partner) {
        partner = order.partner;
        open =
          ix.agent.has(partner) &&
          partner !== agent &&
          !sanctioned(s, agent, partner) &&
          !(isUsRu(agent, partner) && gateTrack(rules, s.tracks, "no-us-ru-joint-projects"));
      }
      if (!open) continue;
      let held = false;
      for (const g of binding) {
        if (g.kind === order.kind && g.agents.includes(partner)) {
          held = true;
          break;
        }
      }
      if (!held) out.push(order);
    }
  },
  staticCandidates: true,
  candidates: (_s, rules, _ix, agent) =>
    perAgent(candidateCache, rules, agent, () =>
      Object.freeze(
        rules.agents
          .filter((a) => a.id !== agent)
          .flatMap((a) =>
            KINDS.map((kind) => Object.freeze({ type: "sign-agreement" as const, partner: a.id, kind })),
          ),
      ),
    ) as SignAgreement[],
  key: (o) => `agreement:${o.partner}:${o.kind}`,
  apply(ctx, agent, order, index) {
    const cause = orderCause(agent, order, index);
    const partnerName = nameOf(ctx.ix, order.partner);
    pay(
      ctx,
      agent,
      ctx.rules.actions["sign-agreement"].capital,
      cause,
      ctx.explain ? `an agreement with ${partnerName}` : "",
    );
    const matched = (ctx.orders[order.partner] ?? []).some(
      ({ order: o }) => o.type === "sign-agreement" && o.partner === agent && o.kind === order.kind,
    );
    if (!matched) {
      outcome(
        ctx,
        agent,
        index,
        order,
        "failed",
        `${titleOf(ctx.ix, order.partner)} did not sign the ${order.kind} agreement.`,
      );
      return;
    }
    // Both sides ordered it: the first of the pair (by id) makes it, so it is made once.
    if (agent < order.partner) makeAgreement(ctx, agent, order.partner, order.kind, cause);
    outcome(ctx, agent, index, order, "applied", `Signed ${anAgreement(order.kind)} with ${partnerName}.`);
  },
};

function makeAgreement(
  ctx: TurnContext,
  a: AgentId,
  b: AgentId,
  kind: AgreementKind,
  cause: ReturnType<typeof orderCause>,
): void {
  const rules = ctx.rules.actions["sign-agreement"];
  const s = ctx.state;
  const until = s.turn + rules.duration - 1;
  writable.agreements(ctx).push({ agents: [a, b], kind, until });
  const names = `${nameOf(ctx.ix, a)} and ${nameOf(ctx.ix, b)}`;
  if (ctx.explain)
    record(
      ctx,
      "agreements",
      null,
      `${kind}:${a}-${b}`,
      cause,
      `${titleOf(ctx.ix, a)} and ${nameOf(ctx.ix, b)} signed ${anAgreement(kind)}, in force until turn ${until}.`,
      [a, b],
    );
  shiftRelation(ctx, a, b, rules.relation, cause, `they signed ${anAgreement(kind)}`);
  if (kind === "offtake") {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const row = writable.jointTrade(ctx, x);
      row[y] = (row[y] ?? 0) + rules.offtakeTrade;
    }
  }
  if (kind === "security") {
    for (const t of ctx.rules.tracks) {
      if (t.parties.includes(a) && t.parties.includes(b)) {
        shiftTrack(
          ctx,
          t.id,
          t.tension ? -rules.securityTension : rules.securityTension,
          cause,
          `${names} signed a security pact`,
        );
      }
    }
  }
  for (const c of ctx.rules.corridors) {
    const opening = c.opening;
    const shared = s.corridors[c.id];
    if (!opening || !shared || shared.status === "open") continue;
    if (!(opening.parties.includes(a) && opening.parties.includes(b))) continue;
    const cs = writable.corridor(ctx, c.id) as typeof shared;
    cs.openingAgreements += 1;
    const text =
      cs.openingAgreements >= opening.agreements
        ? `${titleOf(ctx.ix, c.id)} opened after ${cs.openingAgreements} agreements between ${names}.`
        : `${titleOf(ctx.ix, a)} and ${nameOf(ctx.ix, b)} moved ${nameOf(ctx.ix, c.id)} closer to opening (${cs.openingAgreements} of ${opening.agreements} agreements).`;
    if (cs.openingAgreements >= opening.agreements) cs.status = "open";
    if (ctx.explain) record(ctx, `corridors.${c.id}.status`, "closed", cs.status, cause, text, [a, b]);
  }
}

/** "a transit agreement", "an offtake agreement". */
function anAgreement(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} agreement`;
}
