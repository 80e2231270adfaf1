/**
 * Routing: each producer's output goes over its open corridors in its chosen order, within
 * capacity; what finds no route is lost. Rank by rank, so that no producer is favoured by id:
 * all producers first ask their first usable corridor, a corridor asked for more than it has
 * shares its room in proportion, and what is left moves on to each producer's next corridor.
 */
import type { Rules } from "../../rules/schema.ts";
import { round } from "../context.ts";
import { gateTrack } from "../gates.ts";
import type { Readable } from "../orders/order-kind.ts";
import type { RulesIndex } from "../rules-index.ts";
import type { AgentId, Flow } from "../types.ts";

/** Why a corridor cannot carry a seller's cargo now, or null if it can. */
export function blockedFor(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  corridor: string,
  seller: AgentId,
): string | null {
  const c = ix.corridor.get(corridor);
  const cs = s.corridors[corridor];
  if (!c || !cs) return "unknown corridor";
  if (cs.status === "closed") return `${c.name} is closed`;
  if (cs.blockedBy.length > 0)
    return `${c.name} is blocked by ${cs.blockedBy.map((a) => ix.agent.get(a)?.name ?? a).join(", ")}`;
  const buyer = ix.buyer.get(corridor) ?? "";
  if (corridor === "trans-siberian" && buyer === "us") {
    const gate = gateTrack(rules, s.tracks, "no-us-cargo-trans-siberian");
    if (gate) return gate.text;
  }
  const sanctions = (a: AgentId) => s.agents[a]?.sanctions ?? [];
  if (sanctions(buyer).includes(seller) || sanctions(seller).includes(buyer))
    return "sanctions between seller and buyer";
  for (const g of Object.keys(c.fees)) {
    if (g === seller || g === buyer) continue;
    if (sanctions(buyer).includes(g) || sanctions(g).includes(buyer))
      return `sanctions on transit through ${ix.agent.get(g)?.name ?? g}`;
  }
  return null;
}

/** A producer's output this turn after event modifiers, kt per commodity. */
export function currentOutput(s: Readable, producer: string): Record<string, number> {
  const base = s.producers[producer]?.output ?? {};
  let factor = 1;
  for (const m of s.modifiers)
    if (m.kind === "output" && m.target === producer && m.from <= s.turn && m.until >= s.turn)
      factor *= m.factor;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(base)) out[k] = v * factor;
  return out;
}

/** Whether two agents have an agreement of a kind in force. */
export function hasAgreement(s: Readable, a: AgentId, b: AgentId, kind: string): boolean {
  return s.agreements.some(
    (g) => g.kind === kind && g.until >= s.turn && g.agents.includes(a) && g.agents.includes(b),
  );
}

/** Allocate every producer's output over its routes within the given capacities. */
export function routeFlows(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  capacity: Record<string, number>,
): { flows: Flow[]; lost: Record<string, number> } {
  const room: Record<string, number> = { ...capacity };
  const left: Record<string, number> = {};
  const mix: Record<string, Record<string, number>> = {};
  const queue: Record<string, string[]> = {};
  const carried: Record<string, Record<string, number>> = {};
  for (const p of ix.producers) {
    const out = currentOutput(s, p);
    const total = Object.values(out).reduce((a, b) => a + b, 0);
    left[p] = total;
    mix[p] = out;
    const seller = ix.place.get(p)?.country ?? "";
    queue[p] = (s.producers[p]?.routes ?? []).filter((c) => blockedFor(s, rules, ix, c, seller) === null);
    carried[p] = {};
  }
  for (let rank = 0; ; rank++) {
    const asks: Record<string, { p: string; v: number }[]> = {};
    let any = false;
    for (const p of ix.producers) {
      const c = queue[p]?.[rank];
      if (c === undefined || (left[p] ?? 0) <= 1e-9) continue;
      const list = asks[c] ?? [];
      asks[c] = list;
      list.push({ p, v: left[p] ?? 0 });
      any = true;
    }
    if (!any) break;
    for (const [c, list] of Object.entries(asks)) {
      const want = list.reduce((a, x) => a + x.v, 0);
      const scale = want <= (room[c] ?? 0) ? 1 : (room[c] ?? 0) / want;
      for (const { p, v } of list) {
        const got = v * scale;
        left[p] = (left[p] ?? 0) - got;
        const row = carried[p] ?? {};
        row[c] = (row[c] ?? 0) + got;
      }
      room[c] = Math.max(0, (room[c] ?? 0) - want * scale);
    }
  }
  const flows: Flow[] = [];
  const lost: Record<string, number> = {};
  for (const p of ix.producers) {
    lost[p] = round(Math.max(0, left[p] ?? 0), 3);
    const seller = ix.place.get(p)?.country ?? "";
    // The most valuable cargo takes the first routes: a kt of rare earths goes before a kt of coal.
    const remaining = { ...(mix[p] ?? {}) };
    const byValue = Object.keys(remaining).sort(
      (a, b) => (ix.commodity.get(b)?.price ?? 0) - (ix.commodity.get(a)?.price ?? 0) || (a < b ? -1 : 1),
    );
    for (const c of queue[p] ?? []) {
      let kt = carried[p]?.[c] ?? 0;
      if (kt <= 1e-9) continue;
      const volume: Record<string, number> = {};
      for (const k of byValue) {
        const take = Math.min(kt, remaining[k] ?? 0);
        if (take <= 1e-12) continue;
        volume[k] = round(take, 4);
        remaining[k] = (remaining[k] ?? 0) - take;
        kt -= take;
      }
      flows.push(makeFlow(s, rules, ix, p, c, seller, volume));
    }
  }
  return { flows, lost };
}

function makeFlow(
  s: Readable,
  rules: Rules,
  ix: RulesIndex,
  producer: string,
  corridor: string,
  seller: AgentId,
  volume: Record<string, number>,
): Flow {
  const c = ix.corridor.get(corridor);
  let value = 0;
  let kt = 0;
  for (const [k, v] of Object.entries(volume)) {
    kt += v;
    value += v * (ix.commodity.get(k)?.price ?? 0);
  }
  const fees: Record<AgentId, number> = {};
  const level = rules.actions["set-transit-fee"].levels[s.corridors[corridor]?.feeLevel ?? "normal"] ?? 1;
  const discount = rules.actions["sign-agreement"].feeDiscount;
  for (const [g, fee] of Object.entries(c?.fees ?? {})) {
    if (g === seller) continue;
    const cut = hasAgreement(s, seller, g, "transit") ? 1 - discount : 1;
    fees[g] = round(fee * kt * level * cut, 2);
  }
  return {
    producer,
    corridor,
    seller,
    buyer: ix.buyer.get(corridor) ?? "",
    volume,
    total: round(kt, 4),
    value: round(value, 2),
    fees,
  };
}
