/**
 * Offers the partner would turn down: greedy makes an offer its partner is not expected to make
 * only when the deal is worth signing to the partner, by the partner's own goals.
 */
import { describe, expect, it } from "vitest";
import { personalityFor } from "../../src/ai/ai-data.ts";
import { type Single, singles } from "../../src/ai/candidates.ts";
import { chooseOrders } from "../../src/ai/index.ts";
import { makeLookahead } from "../../src/ai/lookahead.ts";
import { withoutRefusedOffers } from "../../src/ai/offers.ts";
import { playAiGame } from "../../src/ai/play-game.ts";
import {
  type AgentId,
  createGame,
  type GameState,
  type Order,
  playerView,
  resolveTurn,
} from "../../src/engine/index.ts";
import { policies, rules } from "./support.ts";

const offer = (partner: AgentId, kind: "transit" | "offtake" | "security"): Order => ({
  type: "sign-agreement",
  partner,
  kind,
});

/** The ceasefire after one all-greedy turn (on turn 1 no cargo has moved yet, so no fees are at stake). */
const turn2 = (() => {
  let state: GameState | null = null;
  return (): GameState => {
    if (state) return state;
    const start = createGame(rules(), { seed: "offers", scenario: "ceasefire" });
    const orders = Object.fromEntries(
      rules().agents.map((a) => [
        a.id,
        chooseOrders("greedy", start, rules(), a.id, { rationales: false }).map((c) => c.order),
      ]),
    );
    state = resolveTurn(start, rules(), orders).state;
    return state;
  };
})();

/** Mongolia's lookahead on turn 2 of the ceasefire, with `others` as the others' expected orders. */
function mongolia(others?: Record<AgentId, Order[]>) {
  const state = turn2();
  const view = playerView(state, "mn");
  const p = personalityFor(rules(), "ceasefire", "mn");
  const look = makeLookahead(view, rules(), "mn", p, "offers", 1, others);
  const all = singles({ s: view, rules: rules(), agent: "mn" }, p);
  const single = (o: Order): Single => {
    const found = all.find((c) => JSON.stringify(c.order) === JSON.stringify(o));
    if (!found) throw new Error(`Mongolia may not order ${JSON.stringify(o)}`);
    return found;
  };
  return { look, x: { s: view, rules: rules(), agent: "mn" }, single };
}

describe("offers the partner would refuse", () => {
  it("a transit deal that halves Russia's fees is dropped, with every set holding it, at one resolution an offer", () => {
    const { look, x, single } = mongolia();
    const deal = single(offer("ru", "transit"));
    const other = single(offer("cn", "offtake"));
    const sets = [
      { parts: [deal], value: 3 },
      { parts: [other, deal], value: 2 },
      { parts: [other], value: 1 },
    ];
    const used = look.used;
    const kept = withoutRefusedOffers(look, x, sets);
    expect(look.used - used).toBe(2); // Russia's answer to the transit deal, China's to the offtake deal
    expect(kept.map((e) => e.value)).toEqual([1]);
  });

  it("a deal the partner is expected to offer is kept without a resolution", () => {
    const { look, x, single } = mongolia({ ru: [offer("mn", "transit")] });
    const used = look.used;
    const sets = [{ parts: [single(offer("ru", "transit"))], value: 3 }];
    expect(withoutRefusedOffers(look, x, sets)).toEqual(sets);
    expect(look.used).toBe(used);
  });

  it("sets below passing are left unchecked", () => {
    const { look, x, single } = mongolia();
    const used = look.used;
    const sets = [{ parts: [single(offer("ru", "transit"))], value: -1 }];
    expect(withoutRefusedOffers(look, x, sets)).toEqual(sets);
    expect(look.used).toBe(used);
  });

  it("in all-greedy ceasefire games Mongolia no longer offers Russia the transit deal turn after turn", () => {
    let offers = 0;
    let failed = 0;
    for (let g = 0; g < 4; g++) {
      const game = playAiGame(rules(), {
        seed: `offers-${g}`,
        scenario: "ceasefire",
        turns: 8,
        policies: policies("greedy"),
      });
      for (const r of game.reports) {
        for (const o of r.orders) {
          if ((o.order as Order).type !== "sign-agreement") continue;
          offers++;
          if (o.outcome === "failed") failed++;
        }
      }
      const mnToRu = game.reports.flatMap((r) =>
        r.orders.filter(
          (o) => o.agent === "mn" && JSON.stringify(o.order) === JSON.stringify(offer("ru", "transit")),
        ),
      );
      expect(mnToRu.length).toBeLessThanOrEqual(1);
    }
    // Every deal needs one opening offer that fails (the partner answers it a turn later).
    expect(failed / offers).toBeLessThan(0.5);
  });
});
