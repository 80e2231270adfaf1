/** Random legal play for the sim, the bench and tests: each agent packs random legal orders into its budget. */
import {
  type AgentId,
  createGame,
  type GameLog,
  type GameState,
  logTurn,
  newLog,
  ORDER_TYPES,
  type Order,
  type OrdersByAgent,
  type Rules,
  resolveTurn,
  resumeRng,
  seedRng,
  type TurnReport,
} from "../engine/index.ts";
import { fits, type OrderKind } from "../engine/orders/order-kind.ts";
import { indexRules, type RulesIndex } from "../engine/rules-index.ts";
import { isLegal, ORDER_KINDS } from "../engine/validate-orders.ts";

/** Draws from an agent's candidates before falling back to listing its legal orders. */
const MAX_DRAWS = 48;

/** The order kinds, in the order `legalOrders` lists them. */
const KINDS: readonly OrderKind[] = ORDER_TYPES.map((t) => ORDER_KINDS[t] as unknown as OrderKind);

/** A source of uniform draws in [0, 1). */
interface Draws {
  next(): number;
}

/**
 * One agent's candidate orders this turn (every kind's `candidates`, in `legalOrders` order, less
 * those whose cost is out of reach), drawn from by position. Reused from call to call.
 */
class CandidateSpace {
  lists: Order[][] = [];
  kinds: OrderKind[] = [];
  /** Whether every order of a list is known to fit the whole budget. */
  fitsAll: boolean[] = [];
  /** The position just past each list. */
  ends: number[] = [];
  size = 0;
  total = 0;
  /** Every legal position, once listed (only when drawing keeps failing). */
  legal: number[] | null = null;

  fill(state: GameState, rules: Rules, ix: RulesIndex, agent: AgentId, ap: number, capital: number): void {
    this.size = 0;
    this.total = 0;
    this.legal = null;
    for (const kind of KINDS) {
      // Leaving out candidates known to be illegal (too dear) keeps the draws uniform over the legal ones.
      const c = kind.within
        ? kind.within(state, rules, ix, agent, ap, capital)
        : kind.candidates(state, rules, ix, agent);
      const first = c[0];
      if (first === undefined) continue;
      const flat = kind.flatCost === true;
      if (flat && !kind.within && !fits(kind.cost(rules, first), ap, capital)) continue;
      const k = this.size++;
      this.lists[k] = c;
      this.kinds[k] = kind;
      this.fitsAll[k] = flat || kind.within !== undefined;
      this.total += c.length;
      this.ends[k] = this.total;
    }
  }

  /** The list a position falls in. */
  listOf(at: number): number {
    let k = 0;
    while (at >= (this.ends[k] as number)) k++;
    return k;
  }

  orderAt(at: number, k: number): Order {
    const list = this.lists[k] as Order[];
    return list[at - (this.ends[k] as number) + list.length] as Order;
  }

  /** Whether the candidate at a position is legal: what `legalOrders` asks of it. */
  isLegal(
    state: GameState,
    rules: Rules,
    ix: RulesIndex,
    agent: AgentId,
    at: number,
    ap: number,
    capital: number,
  ) {
    const k = this.listOf(at);
    const kind = this.kinds[k] as OrderKind;
    const order = this.orderAt(at, k);
    if (this.fitsAll[k])
      return kind.allowed
        ? kind.allowed(state, rules, ix, agent, order)
        : kind.check(state, rules, ix, agent, order) === null;
    return isLegal(state, rules, ix, agent, kind, order, ap, capital);
  }

  /** The position of a legal order drawn uniformly, or -1 when there is none. */
  pick(
    state: GameState,
    rules: Rules,
    ix: RulesIndex,
    agent: AgentId,
    ap: number,
    capital: number,
    rng: Draws,
  ): number {
    // Uniform draws over the candidates, kept only when legal: uniform over the legal ones.
    for (let d = 0; d < MAX_DRAWS && this.total > 0; d++) {
      const at = Math.floor(rng.next() * this.total);
      if (this.isLegal(state, rules, ix, agent, at, ap, capital)) return at;
    }
    if (this.legal === null) {
      const legal: number[] = [];
      for (let at = 0; at < this.total; at++)
        if (this.isLegal(state, rules, ix, agent, at, ap, capital)) legal.push(at);
      this.legal = legal;
    }
    return this.legal.length === 0 ? -1 : (this.legal[Math.floor(rng.next() * this.legal.length)] as number);
  }
}

const space = new CandidateSpace();

/**
 * A random set of orders that fits the agent's action points and capital, drawn from its own stream.
 * Each pick is uniform over the agent's legal orders (what `legalOrders` lists); a pick that no longer
 * fits the budget left, repeats an earlier pick or conflicts with one (same key) is skipped, up to 8
 * picks. A pick draws candidates uniformly until one is legal, so nothing lists every legal order
 * (unless many draws in a row fail, when it lists them and picks among them: uniform either way).
 */
export function randomOrders(state: GameState, rules: Rules, agent: string, next: () => number): Order[] {
  return drawOrders(state, rules, agent, { next });
}

function drawOrders(state: GameState, rules: Rules, agent: AgentId, rng: Draws): Order[] {
  const ix = indexRules(rules);
  const a = ix.agent.get(agent);
  const me = state.agents[agent];
  if (!a || !me || state.turn > state.turns) return [];
  const apTotal = a.actionPoints;
  const treasury = me.treasury;
  space.fill(state, rules, ix, agent, apTotal, treasury);
  let ap = apTotal;
  let capital = treasury;
  const out: Order[] = [];
  const picked: number[] = [];
  const keys: string[] = [];
  for (let tries = 0; tries < 8 && ap > 0; tries++) {
    const at = space.pick(state, rules, ix, agent, apTotal, treasury, rng);
    if (at < 0) break;
    if (picked.includes(at)) continue;
    const k = space.listOf(at);
    const kind = space.kinds[k] as OrderKind;
    const order = space.orderAt(at, k);
    const cost = kind.cost(rules, order);
    if (cost.ap > ap || cost.capital > capital) continue;
    const key = kind.key(order);
    if (key !== null && keys.includes(key)) continue;
    picked.push(at);
    if (key !== null) keys.push(key);
    out.push(order);
    ap -= cost.ap;
    capital -= cost.capital;
  }
  return out;
}

/** Every agent's random orders for this turn, each from a stream derived from (seed, agent, turn). */
export function randomTurn(state: GameState, rules: Rules): OrdersByAgent {
  const orders: OrdersByAgent = {};
  for (const a of rules.agents) {
    const rng = resumeRng(seedRng(`random:${state.seed}:${a.id}:${state.turn}`));
    orders[a.id] = drawOrders(state, rules, a.id, rng);
  }
  return orders;
}

/** Play a whole game of random legal orders. */
export function playRandomGame(
  rules: Rules,
  opts: { seed: string; scenario: string; turns?: number },
): { state: GameState; reports: TurnReport[]; log: GameLog } {
  let state = createGame(rules, opts);
  let log = newLog(state.scenario, state.seed, state.turns);
  const reports: TurnReport[] = [];
  while (state.turn <= state.turns) {
    const orders = randomTurn(state, rules);
    const r = resolveTurn(state, rules, orders);
    state = r.state;
    reports.push(r.report);
    log = logTurn(log, orders, r.report.hash);
  }
  return { state, reports, log };
}
