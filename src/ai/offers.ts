/**
 * Offers the partner would turn down. A deal binds only when both sides sign it in the same turn,
 * so an offer the partner is not expected to make this turn fails now and is an opening: the
 * partner sees it on the next turn and answers it. Greedy's lookahead cannot see the answer (the
 * partner repeats what it did), so such an offer used to be measured at nothing, kept for the
 * personality's taste for deals and made again turn after turn, 50 $M and an action point each
 * time, to a partner whom the deal costs: in the ceasefire Mongolia offered Russia a transit deal in
 * 13.9 of a game's 16 turns (200 all-greedy games), and Russia, whose transit fees the deal halves,
 * measured signing it at −4.9 goal points.
 *
 * So before it tries such an offer, the agent asks what the deal is worth to the partner, by the
 * partner's own goals and personality, as the partner would value its answer next turn: the goal
 * points the deal moves when both sign, plus its taste for a deal offered to it, less what the
 * signature's capital is worth to it. It makes the offer only if that is above nothing.
 */
import type { AgentId, GameState, Order, OrdersByAgent } from "../engine/index.ts";
import { personalityFor } from "./ai-data.ts";
import { appealOf } from "./appeal.ts";
import { capitalCost, type Single } from "./candidates.ts";
import { judge } from "./goal-value.ts";
import type { Lookahead } from "./lookahead.ts";
import type { Situation } from "./situation.ts";

type Offer = Extract<Order, { type: "sign-agreement" }>;

/** The partner's side of an offer: the same deal, offered back. */
const answer = (agent: AgentId, offer: Offer): Offer => ({
  type: "sign-agreement",
  partner: agent,
  kind: offer.kind,
});

/** Whether an order (as the others' orders are: unchecked) is this offer. */
const sameDeal = (a: unknown, b: Offer): boolean => {
  const o = a as Partial<Offer> | null;
  return o?.type === "sign-agreement" && o.partner === b.partner && o.kind === b.kind;
};

/** How many deals of the offer's kind a state holds between the two. */
const deals = (s: GameState, a: AgentId, offer: Offer): number =>
  s.agreements.filter(
    (g) => g.kind === offer.kind && g.agents.includes(a) && g.agents.includes(offer.partner),
  ).length;

/**
 * The sets, best first, without those holding an offer the partner is not expected to make and
 * would not sign. Offers are checked from the best set down until a set passes or none left is
 * worth playing (one resolution an offer, each at most once); a set with an offer found refused is
 * dropped wherever it stands.
 * An offer the partner is expected to make is measured by the lookahead as it is.
 */
export function withoutRefusedOffers<T extends { parts: Single[]; value: number }>(
  look: Lookahead,
  x: Situation,
  sets: T[],
): T[] {
  const signs = new Map<Single, boolean>();
  const refused = (c: Single): boolean => {
    const offer = c.order;
    if (offer.type !== "sign-agreement") return false;
    let ok = signs.get(c);
    if (ok === undefined) {
      const back = answer(x.agent, offer);
      ok =
        (look.others[offer.partner] ?? []).some((o) => sameDeal(o, back)) ||
        partnerSigns(look, x, offer, back);
      signs.set(c, ok);
    }
    return !ok;
  };
  const first = sets.findIndex((e) => e.value <= 0 || !e.parts.some(refused));
  if (first < 0) return [];
  const known = (c: Single) => signs.get(c) === false;
  return [sets[first] as T, ...sets.slice(first + 1).filter((e) => !e.parts.some(known))];
}

/** Whether the partner gains from signing the deal it is offered (its answer put before its other orders). */
function partnerSigns(look: Lookahead, x: Situation, offer: Offer, back: Offer): boolean {
  const partner = offer.partner;
  const others: OrdersByAgent = { ...look.others, [partner]: [back, ...(look.others[partner] ?? [])] };
  const signed = look.resolveWith([offer], others);
  // Unaffordable, or refused by the engine for another reason: the partner cannot sign it now.
  if (deals(signed, x.agent, offer) <= deals(look.baseState, x.agent, offer)) return false;
  const p = personalityFor(x.rules, x.s.scenario, partner);
  const gain = judge(signed, x.rules, partner, p).value - judge(look.baseState, x.rules, partner, p).value;
  // Next turn the partner sees the offer among the agent's last orders.
  const seen: Situation = {
    s: { ...x.s, lastOrders: { ...x.s.lastOrders, [x.agent]: [offer] } },
    rules: x.rules,
    agent: partner,
  };
  const taste = (p.orders["sign-agreement"] ?? 0) * appealOf(seen, back).appeal;
  const cost = capitalCost(x.s, x.rules, partner, p, x.rules.actions["sign-agreement"].capital);
  return gain + taste - cost > 0;
}
