/** A text view of a state and of a turn report, for tests, the CLI and anyone reading a log. */
import type { Rules } from "../rules/schema.ts";
import { interdependence, leverage } from "./measures/compute.ts";
import { indexRules } from "./rules-index.ts";
import type { AgentId, GameState, TurnReport } from "./types.ts";
import { scores } from "./view.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));

/** The state as a few lines of text. */
export function renderState(state: Omit<GameState, "rng" | "injects">, rules: Rules): string {
  const ix = indexRules(rules);
  const lines: string[] = [];
  lines.push(
    `Turn ${Math.min(state.turn, state.turns)} of ${state.turns} · scenario ${state.scenario} · seed ${state.seed}`,
  );
  lines.push(
    `Tracks: ${rules.tracks.map((t) => `${t.name} ${Math.round(state.tracks[t.id] ?? 0)}`).join(" · ")}`,
  );
  lines.push("Corridors:");
  for (const c of rules.corridors) {
    const cs = state.corridors[c.id];
    if (!cs) continue;
    const load = state.flows.filter((f) => f.corridor === c.id).reduce((a, f) => a + f.total, 0);
    const status =
      cs.status === "closed"
        ? "closed"
        : cs.blockedBy.length
          ? `blocked by ${cs.blockedBy.join(",")}`
          : "open";
    lines.push(
      `  ${pad(c.name, 26)} ${pad(status, 16)} ${Math.round(load)}/${Math.round(cs.capacity)} kt  fee ${cs.feeLevel}`,
    );
  }
  lines.push("Influence:");
  for (const r of rules.regions) {
    const row = Object.entries(state.influence[r.id] ?? {})
      .filter(([, v]) => v >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([a, v]) => `${a} ${v.toFixed(1)}`);
    lines.push(`  ${pad(r.name, 16)} ${row.join("  ")}`);
  }
  const m = state.measures;
  lines.push(
    `US supply security ${m.usSupplySecurity} · non-Chinese RE ${m.usNonChineseSupply} kt · route HHI ${m.usRouteHhi} · China processing ${pct(m.chinaProcessingShare)}`,
  );
  lines.push(
    `US–RU interdependence ${pct(interdependence(m.dep, "us", "ru"))} · Türkiye's leverage over the US ${pct(leverage(m.dep, "tr", "us"))}`,
  );
  const sc = scores(state);
  lines.push(
    `Scores: ${ix.agentIds.map((a) => `${a} ${sc[a]?.total ?? 0} (mean ${sc[a]?.mean ?? 0})`).join(" · ")}`,
  );
  return lines.join("\n");
}

/** A turn report as text; with an agent, only the effects that concern it. */
export function renderReport(report: TurnReport, agent?: AgentId): string {
  const lines = [`Turn ${report.turn} · hash ${report.hash}`];
  for (const o of report.orders) {
    const type =
      typeof o.order === "object" && o.order !== null ? String((o.order as { type?: unknown }).type) : "?";
    lines.push(`  [${o.agent}] ${pad(type, 16)} ${pad(o.outcome, 8)} ${o.message}`);
  }
  for (const e of report.events)
    lines.push(
      `  EVENT ${e.name}${e.facilitator ? " (injected)" : e.scheduled ? " (scheduled)" : ""}: ${e.text}`,
    );
  const effects = agent ? report.effects.filter((e) => e.agents.includes(agent)) : report.effects;
  for (const e of effects) {
    const cause =
      e.cause.type === "order"
        ? `${e.cause.agent}:${e.cause.order}`
        : e.cause.type === "event"
          ? `event:${e.cause.event}`
          : `rule:${e.cause.rule}`;
    lines.push(`  ${pad(e.path, 40)} ${String(e.from)} → ${String(e.to)}  [${cause}] ${e.text}`);
  }
  return lines.join("\n");
}
