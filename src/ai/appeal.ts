/**
 * Heuristic appeal of an order, 0–1, from the public situation, with the reason in plain words.
 * A personality turns appeal into goal points (`orders` weights in personalities.json): this is
 * how an AI values what a one-turn lookahead cannot see (odds, threats, deals, slow projects).
 */
import { type AgentId, indexRules, type Order, peaceOdds } from "../engine/index.ts";
import { appealInvest, appealReroute } from "./appeal-economy.ts";
import { shortName } from "./describe.ts";
import {
  badness,
  gateHeld,
  grievance,
  hostility,
  leverageOver,
  relation,
  type Situation,
  tradesOn,
  unit,
} from "./situation.ts";

/** How much an order appeals, and why. */
export interface Appeal {
  appeal: number;
  why: string;
}

const relText = (x: Situation, other: AgentId) =>
  `relations with ${shortName(x.rules, other)} at ${Math.round(relation(x.s, x.agent, other))}`;
const none = (why = ""): Appeal => ({ appeal: 0, why });
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The appeal of one order for the agent in the situation. */
export function appealOf(x: Situation, order: Order): Appeal {
  switch (order.type) {
    case "invest":
      return appealInvest(x, order);
    case "reroute-exports":
      return appealReroute(x, order);
    case "broker-peace":
      return brokerPeace(x, order.track);
    case "escalate":
      return escalate(x, order.track);
    case "block-corridor":
      return block(x, order.corridor);
    case "reopen-corridor": {
      const b = block(x, order.corridor);
      return {
        appeal: 1 - b.appeal,
        why: b.appeal < 0.5 ? "the quarrel behind the block has cooled" : b.why,
      };
    }
    case "set-transit-fee":
      return fee(x, order.corridor, order.level);
    case "sanction":
      return sanction(x, order.target);
    case "lift-sanctions":
      return lift(x, order.target);
    case "export-controls":
      return exportControls(x);
    case "sign-agreement":
      return agreement(x, order.partner, order.kind);
    case "soft-power":
      return softPower(x, order.region);
    case "pass":
      return none();
  }
}

function brokerPeace(x: Situation, track: string): Appeal {
  const t = indexRules(x.rules).track.get(track);
  if (!t) return none();
  const odds = peaceOdds(x.rules, x.s.relations, x.agent, t.parties);
  const heat = unit((badness(x, track) - 30) / 50) + (gateHeld(x, track) ? 0.3 : 0);
  const effect = x.rules.actions["broker-peace"].effect;
  const why = `${shortName(x.rules, track)} stands at ${x.s.tracks[track] ?? 0}; ${pct(odds)} odds of a ${effect}-point calm`;
  return { appeal: unit(odds * heat * 1.6), why };
}

function otherParty(x: Situation, track: string): AgentId | null {
  const parties = indexRules(x.rules).track.get(track)?.parties ?? [];
  return parties.includes(x.agent) ? (parties.find((p) => p !== x.agent) ?? null) : null;
}

function escalate(x: Situation, track: string): Appeal {
  const rival = otherParty(x, track);
  if (rival === null) return none();
  const crisis = x.rules.goals.crisis.tracks[track];
  const room = crisis === undefined ? 1 : unit((crisis - badness(x, track)) / 30);
  const wrong = grievance(x, rival);
  const appeal = unit((hostility(x, rival) + (wrong ? 0.5 : 0)) * room);
  const why = `${wrong ?? relText(x, rival)}; pressure shows resolve`;
  return { appeal, why };
}

/** Block: answer a wrong, or show a hostile buyer how much it leans on our route. */
function block(x: Situation, corridor: string): Appeal {
  const buyer = indexRules(x.rules).buyer.get(corridor);
  if (
    !buyer ||
    buyer === x.agent ||
    !x.s.flows.some((f) => f.corridor === corridor && f.buyer === buyer && f.total > 0)
  )
    return none();
  const wrong = grievance(x, buyer);
  const lev = leverageOver(x, buyer);
  const pressure = 0.6 * hostility(x, buyer, 20) + 0.6 * unit((lev - 0.05) * 4);
  const name = shortName(x.rules, buyer);
  const why = `${wrong ?? relText(x, buyer)}; ${name} leans on this route (our leverage ${pct(lev)})`;
  // Without a wrong to answer, a show of strength is a rare mood, not a habit.
  const mood = (x.whim ?? 1) < 0.1 ? 1 : 0.3;
  return { appeal: wrong ? 1 : unit(pressure) * mood, why };
}

function fee(x: Situation, corridor: string, level: "low" | "normal" | "high"): Appeal {
  const buyer = indexRules(x.rules).buyer.get(corridor) ?? "";
  if (level !== "high" || buyer === x.agent || !tradesOn(x, corridor)) return none();
  const lev = leverageOver(x, buyer);
  const name = shortName(x.rules, buyer);
  const why =
    lev > 0.05 ? `${name} has few other routes (our leverage ${pct(lev)})` : `${name} buys what crosses it`;
  return { appeal: unit(0.3 + lev * 3 + hostility(x, buyer, 20) * 0.5), why };
}

function sanction(x: Situation, target: AgentId): Appeal {
  const wrong = grievance(x, target);
  const rivalry = [...indexRules(x.rules).track.values()].some(
    (t) => t.parties.includes(x.agent) && t.parties.includes(target) && gateHeld(x, t.id),
  );
  const appeal = unit(hostility(x, target, -30) * (wrong ? 1 : rivalry ? 0.6 : 0.2));
  return { appeal, why: wrong ?? relText(x, target) };
}

function lift(x: Situation, target: AgentId): Appeal {
  const shared = [...indexRules(x.rules).track.values()].filter(
    (t) => t.parties.includes(x.agent) && t.parties.includes(target),
  );
  const calm = shared.length === 0 ? 1 : Math.min(...shared.map((t) => 1 - badness(x, t.id) / 100));
  const r = relation(x.s, x.agent, target);
  return {
    appeal: unit(((r + 40) / 60) * calm),
    why: `relations with ${shortName(x.rules, target)} have recovered to ${Math.round(r)}`,
  };
}

function exportControls(x: Situation): Appeal {
  const tracks = [...indexRules(x.rules).track.values()].filter(
    (t) => t.parties.includes(x.agent) && t.tension,
  );
  const worst = tracks.reduce<{ id: string; v: number } | null>((w, t) => {
    const v = badness(x, t.id);
    return w === null || v > w.v ? { id: t.id, v } : w;
  }, null);
  if (worst === null) return none();
  const rival = otherParty(x, worst.id) ?? "";
  const wrong = grievance(x, rival);
  const appeal = unit((worst.v - 55) / 30 + (wrong ? 0.5 : 0));
  return {
    appeal,
    why: `${wrong ?? `${shortName(x.rules, worst.id)} stands at ${worst.v}`}; a squeeze shows what we hold`,
  };
}

function agreement(x: Situation, partner: AgentId, kind: "transit" | "offtake" | "security"): Appeal {
  const name = shortName(x.rules, partner);
  const until =
    x.s.agreements.find((g) => g.kind === kind && g.agents.includes(x.agent) && g.agents.includes(partner))
      ?.until ?? 0;
  if (until > x.s.turn + 1)
    return { appeal: 0, why: `a ${kind} deal with ${name} holds until turn ${until}` };
  const offered = (x.s.lastOrders[partner] ?? []).some(
    (o) => o.type === "sign-agreement" && o.partner === x.agent && o.kind === kind,
  );
  if (offered) return { appeal: 1, why: `${name} offered this ${kind} deal last turn` };
  const mine = (x.s.lastOrders[x.agent] ?? []).some(
    (o) => o.type === "sign-agreement" && o.partner === partner && o.kind === kind,
  );
  const friendly = unit(relation(x.s, x.agent, partner) / 60);
  const fit = kindFit(x, partner, kind);
  const appeal = unit(friendly * fit * (mine ? 0.6 : 0.35));
  return { appeal, why: fit >= 0.9 ? `${relText(x, partner)}, and ${FIT[kind]}` : relText(x, partner) };
}

const FIT = {
  transit: "our trade crosses each other",
  offtake: "we trade with each other",
  security: "a tension track binds us",
};

/** How well a kind of deal fits the pair: transit where one's cargo crosses the other, offtake where they trade. */
function kindFit(x: Situation, partner: AgentId, kind: "transit" | "offtake" | "security"): number {
  const me = x.agent;
  if (kind === "transit") {
    const crosses = x.s.flows.some(
      (f) =>
        (f.seller === me && (f.fees[partner] ?? 0) > 0) || (f.seller === partner && (f.fees[me] ?? 0) > 0),
    );
    return crosses ? 1 : 0.2;
  }
  if (kind === "offtake") {
    const trade = (x.s.measures.exportsTo[me]?.[partner] ?? 0) + (x.s.measures.exportsTo[partner]?.[me] ?? 0);
    return trade > 0 ? 1 : 0.4;
  }
  const shared = [...indexRules(x.rules).track.values()].filter(
    (t) => t.parties.includes(me) && t.parties.includes(partner),
  );
  return shared.length ? Math.max(...shared.map((t) => badness(x, t.id) / 100)) : 0.1;
}

function softPower(x: Situation, region: string): Appeal {
  const goal = (x.rules.goals.agents[x.agent] ?? []).find(
    (o) => o.measure === "influence" && o.region === region,
  );
  const share = x.s.influence[region]?.[x.agent] ?? 0;
  const name = shortName(x.rules, region);
  if (goal)
    return {
      appeal: unit(1 - (share - goal.worst) / (goal.best - goal.worst || 1)),
      why: `our influence in ${name} is ${share}`,
    };
  return { appeal: 0.2, why: `a voice in ${name} (influence ${share})` };
}
