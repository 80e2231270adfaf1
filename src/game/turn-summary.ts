/**
 * A turn at a glance, for the class on a projector: what fired, how the tension tracks and the key
 * measures moved, the standings, the largest shifts of influence, and every country's orders.
 * Built from the states before and after the turn and its report, so any turn played can be shown.
 */
import {
  type AgentId,
  type EventRecord,
  type GameState,
  interdependence,
  leverage,
  nameInText,
  type OrderOutcome,
  type Rules,
  ranking,
  sentence,
  standings as standingsOf,
  type TurnReport,
} from "../engine/index.ts";
import { eventTag, revealedOrders } from "./report-view.ts";
import { signedMargin } from "./standing-text.ts";

/** A number before and after the turn. */
export interface Move {
  label: string;
  from: number;
  to: number;
  /** How to write it: a plain number to a tenth, or a share as a percentage. */
  unit: "" | "%";
}

/** A country's place after the turn. */
export interface Standing {
  agent: AgentId;
  name: string;
  color: string;
  /** 1 for the leader. */
  rank: number;
  /** Places gained this turn (negative when lost); 0 on the first turn. */
  climb: number;
  /** The turn's score (0–100) and the game score so far (the mean of the turn scores). */
  turnScore: number;
  gameScore: number;
  /** "+4.1" or "−2.6" against par (see the engine's `standings`); "" when the scenario has no par. */
  overPar: string;
}

/** The turn at a glance. */
export interface TurnSummary {
  turn: number;
  turns: number;
  events: { name: string; tag: string; text: string }[];
  tracks: Move[];
  measures: Move[];
  standings: Standing[];
  /** The largest moves of influence in the contested countries, largest first: "Türkiye +3.2 in the South Caucasus". */
  influence: { text: string; delta: number }[];
  /** Each country's orders in words, with their outcomes. */
  orders: {
    agent: AgentId;
    name: string;
    color: string;
    orders: { text: string; outcome: OrderOutcome }[];
  }[];
}

/** How many shifts of influence the summary names at most, and the least it names (points). */
const INFLUENCE_SHIFTS = 5;
const LEAST_SHIFT = 0.5;

/** The summary of the turn that took `before` to `after`. */
export function turnSummary(
  rules: Rules,
  before: GameState,
  after: GameState,
  report: TurnReport,
): TurnSummary {
  const agents = new Map(rules.agents.map((a) => [a.id, a]));
  const wasRank = new Map(ranking(before, rules).map((id, i) => [id, i + 1]));
  const first = before.history.length === 0;
  const standings = standingsOf(after, rules).map((st, i): Standing => {
    const a = agents.get(st.agent);
    return {
      agent: st.agent,
      name: a?.name ?? st.agent,
      color: a?.color ?? "#999999",
      rank: i + 1,
      climb: first ? 0 : (wasRank.get(st.agent) ?? i + 1) - (i + 1),
      turnScore: st.score.total,
      gameScore: st.score.mean,
      overPar: signedMargin(st),
    };
  });
  const m0 = before.measures;
  const m1 = after.measures;
  const measures: Move[] = [
    { label: "US supply security", from: m0.usSupplySecurity, to: m1.usSupplySecurity, unit: "" },
    {
      label: "China's share of rare-earth processing",
      from: m0.chinaProcessingShare * 100,
      to: m1.chinaProcessingShare * 100,
      unit: "%",
    },
    {
      label: "US–Russia interdependence",
      from: interdependence(m0.dep, "us", "ru") * 100,
      to: interdependence(m1.dep, "us", "ru") * 100,
      unit: "%",
    },
    {
      label: "Türkiye's leverage over the US",
      from: leverage(m0.dep, "tr", "us") * 100,
      to: leverage(m1.dep, "tr", "us") * 100,
      unit: "%",
    },
  ];
  const shifts: { text: string; delta: number }[] = [];
  for (const region of rules.regions) {
    const was = before.influence[region.id] ?? {};
    const now = after.influence[region.id] ?? {};
    for (const id of new Set([...Object.keys(was), ...Object.keys(now)])) {
      const delta = (now[id] ?? 0) - (was[id] ?? 0);
      if (Math.abs(delta) < LEAST_SHIFT) continue;
      const sign = delta > 0 ? "+" : "−";
      shifts.push({
        text: `${sentence(nameInText(rules, id))} ${sign}${Math.abs(delta).toFixed(1)} in ${nameInText(rules, region.id)}`,
        delta,
      });
    }
  }
  shifts.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  const revealed = revealedOrders(rules, report, {});
  return {
    turn: report.turn,
    turns: after.turns,
    events: report.events.map((e: EventRecord) => ({ name: e.name, tag: eventTag(e).trim(), text: e.text })),
    tracks: rules.tracks.map((t) => ({
      label: t.name,
      from: before.tracks[t.id] ?? 0,
      to: after.tracks[t.id] ?? 0,
      unit: "",
    })),
    measures,
    standings,
    influence: shifts.slice(0, INFLUENCE_SHIFTS),
    orders: rules.agents.map((a) => ({
      agent: a.id,
      name: a.name,
      color: a.color,
      orders: revealed.filter((o) => o.agent === a.id).map((o) => ({ text: o.text, outcome: o.outcome })),
    })),
  };
}
