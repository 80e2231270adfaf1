/**
 * What an order is expected to do, computed by the engine on a copy of the state: the turn is
 * resolved with and without it (every other country passing) and the viewer's numbers compared.
 * The copy gets its own random stream and no scheduled injects, so a preview never reveals the
 * game's future events; it shows the order's effect under a typical draw.
 */
import {
  type AgentId,
  type GameState,
  hashText,
  measureValue,
  type Order,
  type OrderOutcome,
  type Rules,
  resolveTurn,
  seedRng,
} from "../engine/index.ts";
import { indexRules } from "../engine/rules-index.ts";

/** A number before and after. */
export interface Delta {
  label: string;
  from: number;
  to: number;
  unit: string;
}

/** An order's preview for the agent giving it. */
export interface Preview {
  outcome: OrderOutcome | "unknown";
  message: string;
  /** Total score, treasury, then each objective's measure. */
  deltas: Delta[];
  /** The engine's explanations of what the order itself changed. */
  effects: string[];
}

/** A copy of the state with a stand-in random stream and no injects, for lookahead. */
export function previewState(state: GameState): GameState {
  return { ...state, rng: seedRng(`preview:${hashText(`${state.seed}:${state.turn}`)}`), injects: [] };
}

/** Resolve the turn with the pending orders, with and without `order`, and compare for `agent`. */
export function previewOrder(
  state: GameState,
  rules: Rules,
  agent: AgentId,
  pending: Order[],
  order: Order,
): Preview {
  const probe = previewState(state);
  const base = resolveTurn(probe, rules, { [agent]: pending }, { hash: false }).state;
  const withIt = resolveTurn(probe, rules, { [agent]: [...pending, order] }, { hash: false });
  const index = pending.length;
  const result = withIt.report.orders.find((o) => o.agent === agent && o.index === index);
  const effects = withIt.report.effects
    .filter((e) => e.cause.type === "order" && e.cause.agent === agent && e.cause.index === index)
    .map((e) => e.text);
  return {
    outcome: result?.outcome ?? "unknown",
    message: result?.message ?? "",
    deltas: compare(base, withIt.state, rules, agent),
    effects: [...new Set(effects)].slice(0, 6),
  };
}

/** The viewer's score, treasury and objective measures in two states. */
export function compare(a: GameState, b: GameState, rules: Rules, agent: AgentId): Delta[] {
  const ix = indexRules(rules);
  const out: Delta[] = [
    { label: "Score", from: a.scores[agent]?.total ?? 0, to: b.scores[agent]?.total ?? 0, unit: "" },
    {
      label: "Treasury",
      from: a.agents[agent]?.treasury ?? 0,
      to: b.agents[agent]?.treasury ?? 0,
      unit: " $M",
    },
  ];
  for (const o of rules.goals.agents[agent] ?? []) {
    out.push({
      label: o.text,
      from: measureValue(a, ix, agent, o),
      to: measureValue(b, ix, agent, o),
      unit: "",
    });
  }
  return out;
}

/** A signed change for display, e.g. "+3.5" or "−120"; "±0" when it does not move. */
export function signed(delta: number, digits = 1): string {
  const r = Number(delta.toFixed(digits));
  if (r === 0) return "±0";
  return r > 0 ? `+${r}` : `−${Math.abs(r)}`;
}

/** A value rounded for display: whole numbers when large, three significant digits when small. */
export function fmt(x: number): string {
  if (Math.abs(x) >= 100) return String(Math.round(x));
  if (Math.abs(x) >= 1) return String(Math.round(x * 10) / 10);
  return String(Math.round(x * 1000) / 1000);
}
