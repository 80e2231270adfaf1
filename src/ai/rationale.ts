/** One plain line per AI order: what it does, the effect the lookahead measured, and the goal it serves. */
import { type AgentId, indexRules, type Objective, type Order, type Rules } from "../engine/index.ts";
import type { Appeal } from "./appeal.ts";
import { formatValue, goalClause, measureLabel, orderPhrase, shortName } from "./describe.ts";
import type { GoalRow } from "./goal-value.ts";

/** A measured change of one objective, in goal points. */
export interface Gain {
  row: GoalRow;
  from: GoalRow;
  gain: number;
}

/** What a rationale is built from. */
export interface Evidence {
  /** Per-objective changes the lookahead measured for this order (or its set). */
  gains: Gain[];
  /** Turns the measurement looked ahead. */
  horizon: number;
  appeal: Appeal;
  /** The chance the order works, when it may fail (peace talks). */
  odds?: number;
}

type Want = { measure: Objective["measure"]; key?: string };

/** The objectives an order bears on, most direct first. */
function bearsOn(rules: Rules, order: Order): Want[] {
  const ix = indexRules(rules);
  switch (order.type) {
    case "invest": {
      const t = order.target;
      const region =
        t.kind === "mine" || t.kind === "joint-project" ? (ix.place.get(t.place)?.region ?? "") : "";
      const host =
        t.kind === "mine" || t.kind === "joint-project" ? (ix.place.get(t.place)?.country ?? "") : "";
      return t.kind === "mine" || t.kind === "joint-project"
        ? [
            m("us-non-chinese-supply"),
            m("access-to-resources-of", host),
            m("interdependence", host),
            m("influence", region),
            m("export-income"),
            m("income"),
            m("china-processing-share"),
          ]
        : [
            m("transit-income"),
            m("us-route-diversity"),
            m("us-non-chinese-supply"),
            m("route-count"),
            m("export-income"),
            m("income"),
          ];
    }
    case "broker-peace":
      return [m("track", order.track), ...gated(rules, order.track)];
    case "escalate": {
      return [
        m("mean-influence"),
        m("leverage-over"),
        m("influence"),
        m("china-processing-share"),
        m("transit-income"),
        m("access-to-resources-of"),
      ];
    }
    case "block-corridor":
      return [m("leverage-over"), m("influence"), m("mean-influence")];
    case "reopen-corridor":
    case "set-transit-fee":
      return [
        m("transit-income"),
        m("leverage-over"),
        m("income"),
        m("export-income"),
        m("china-processing-share"),
      ];
    case "reroute-exports":
      return [
        m("export-share-not-via"),
        m("route-count"),
        m("export-income"),
        m("income"),
        m("china-processing-share"),
      ];
    case "sanction": {
      const shared = sharedTracks(rules, order.target);
      return [
        m("leverage-over", order.target),
        m("mean-influence", order.target),
        ...shared,
        m("china-processing-share"),
      ];
    }
    case "lift-sanctions":
      return [
        m("interdependence", order.target),
        m("sanctions-against"),
        ...sharedTracks(rules, order.target),
      ];
    case "export-controls":
      return [m("china-processing-share"), m("mean-influence"), m("leverage-over"), m("track")];
    case "sign-agreement": {
      const region = rules.regions.find((r) => r.host === order.partner)?.id;
      const first =
        order.kind === "transit"
          ? [m("transit-income"), m("route-count")]
          : order.kind === "offtake"
            ? [
                m("interdependence", order.partner),
                m("access-to-resources-of", order.partner),
                m("export-income"),
              ]
            : [m("track")];
      return [...first, m("influence", region), m("investment-received"), m("income")];
    }
    case "soft-power":
      return [m("influence", order.region), m("mean-influence")];
    case "pass":
      return [];
  }
}

/** Track objectives on tracks the target is a party to. */
const sharedTracks = (rules: Rules, target: string): Want[] =>
  rules.tracks.filter((t) => t.parties.includes(target)).map((t) => m("track", t.id));

const m = (measure: Objective["measure"], key?: string): Want =>
  key === undefined ? { measure } : { measure, key };

/** Measures a track's gates affect (what calming or heating it changes downstream). */
function gated(rules: Rules, track: string): Want[] {
  const gates =
    indexRules(rules)
      .track.get(track)
      ?.thresholds.map((t) => t.gate) ?? [];
  const out: Want[] = [];
  if (gates.includes("no-us-cargo-trans-siberian"))
    out.push(m("us-route-diversity"), m("route-count"), m("export-share-not-via"), m("transit-income"));
  if (gates.includes("no-us-ru-joint-projects") || gates.includes("us-ru-sanctions-locked"))
    out.push(m("interdependence"), m("sanctions-against"), m("investment-received"));
  if (gates.includes("tripp-risk-doubled") || gates.includes("tripp-capacity-halved"))
    out.push(m("transit-income"), m("export-income"), m("leverage-over"), m("influence"));
  if (gates.includes("export-controls-likely"))
    out.push(m("us-non-chinese-supply"), m("china-processing-share"));
  return out;
}

const matches = (o: Objective, w: Want) =>
  o.measure === w.measure && (w.key === undefined || w.key === (o.region ?? o.track ?? o.of));

/** The agent's objective an order bears on most directly, if any (`rows` carry the personal weights). */
export function directGoal<R extends { o: Objective; weight: number }>(
  rules: Rules,
  order: Order,
  rows: R[],
): R | undefined {
  for (const w of bearsOn(rules, order)) {
    const hits = rows.filter((r) => matches(r.o, w)).sort((a, b) => b.weight - a.weight);
    if (hits[0]) return hits[0];
  }
  return undefined;
}

/** The agent's objective an order serves: the most direct one it bears on, else its weightiest. */
export function servedGoal(rules: Rules, order: Order, rows: GoalRow[]): GoalRow | undefined {
  return directGoal(rules, order, rows) ?? [...rows].sort((a, b) => b.weight - a.weight)[0];
}

/** The rationale line and the goal it names. */
export function rationale(
  rules: Rules,
  agent: AgentId,
  order: Order,
  ev: Evidence,
): { text: string; goal?: string } {
  const phrase = orderPhrase(rules, order);
  const best = [...ev.gains].sort((a, b) => b.gain - a.gain)[0];
  const within = ev.horizon > 1 ? ` within ${ev.horizon} turns` : "";
  const chance =
    ev.odds !== undefined && ev.odds < 1 && ev.horizon === 1
      ? ` if it works (${Math.round(ev.odds * 100)}% odds)`
      : "";
  if (best && best.gain >= 0.05) {
    const o = best.row.o;
    const change = `${measureLabel(rules, agent, o)} ${formatValue(o, best.from.value)} → ${formatValue(o, best.row.value)}${within}${chance}`;
    return { text: `${phrase}: ${change} (goal: ${goalClause(o)})`, goal: o.id };
  }
  const rows = ev.gains.map((g) => g.row);
  const crisis = order.type === "broker-peace" ? crisisGoal(rules, order.track) : null;
  if (crisis && !directGoal(rules, order, rows))
    return { text: `${phrase}: ${ev.appeal.why} (goal: ${crisis})` };
  const served = servedGoal(rules, order, rows);
  if (!served) return { text: `${phrase}: ${ev.appeal.why || "nothing better to do"}` };
  const why =
    ev.appeal.why || `${measureLabel(rules, agent, served.o)} is ${formatValue(served.o, served.value)}`;
  if (order.type === "pass") {
    return {
      text: `Hold: no order is worth its cost this turn; ${why} (goal: ${goalClause(served.o)})`,
      goal: served.o.id,
    };
  }
  return { text: `${phrase}: ${why} (goal: ${goalClause(served.o)})`, goal: served.o.id };
}

/** The shared-crisis stake in a track, as a goal clause, or null when the track cannot cause one. */
function crisisGoal(rules: Rules, track: string): string | null {
  const at = rules.goals.crisis.tracks[track];
  if (at === undefined) return null;
  return `keep ${shortName(rules, track)} short of ${at}, where a shared crisis costs everyone ${rules.goals.crisis.penalty} points`;
}
