/**
 * The after-action report of one game, for a debrief: a self-contained HTML page (inline CSS and
 * SVG, no script, no network) with the outcome, charts of the game's course, each country's goals,
 * and every turn's events, orders with their outcomes and reasons, and changes with their causes.
 * Built from the game's states and reports alone, so a loaded save makes the same report.
 */
import { formatValue } from "../ai/describe.ts";
import {
  type AgentId,
  type GameState,
  hashState,
  indexRules,
  isGameOver,
  measureValue,
  nameInText,
  type Rules,
  standings,
  type TurnRecord,
  type TurnReport,
} from "../engine/index.ts";
import { type LineSeries, legend, lineChart } from "../report/charts.ts";
import { colour, esc } from "../report/svg.ts";
import { changeRow, eventTag, revealedOrders } from "./report-view.ts";
import { gameStart } from "./save-file.ts";
import { leadLine, signedMargin } from "./standing-text.ts";

/** AI rationales by turn (as a string key, for JSON) and agent. */
export type AiNotes = Record<string, Record<AgentId, string[]>>;

/** What the report is made from: a game's states, reports and AI notes (the browser's or a batch's). */
export interface DebriefInput {
  rules: Rules;
  /** Who played each country, in words: "a human player", "the AI (normal)", "the greedy policy". */
  playedBy: Record<AgentId, string>;
  /** A line on where the game comes from, under the title (a batch run's game and sweep point). */
  note?: string;
  /**
   * states[0] is the start (the game's setup, or the saved state a game was taken over from) and
   * states[i] the state after the i-th turn played since.
   */
  states: GameState[];
  /** reports[i] is the report of the turn played from states[i]. */
  reports: TurnReport[];
  notes: AiNotes;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;color:#222;max-width:1100px;padding:0 16px}
h1{font-size:24px;margin-bottom:4px}h2{font-size:19px;margin-top:34px;border-bottom:1px solid #ccc;padding-bottom:3px}
h3{font-size:15px;margin:18px 0 6px}table{border-collapse:collapse;margin:6px 0 12px;width:100%}
td,th{padding:3px 8px;border-bottom:1px solid #e6e6e6;text-align:left;vertical-align:top}th{font-weight:600}
td.n,th.n{text-align:right;white-space:nowrap}.muted{color:#666}.row{display:flex;flex-wrap:wrap;gap:14px}
.sw{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:baseline;border-radius:2px}
.chart{width:470px}td.c{white-space:nowrap}.applied{color:#0b6b3a}.failed,.rejected{color:#a33}.pending{color:#666}.winner{font-size:17px;font-weight:600}
svg text{font:11px system-ui,sans-serif;fill:#333}.title{font-weight:600;font-size:12px}.yt{text-anchor:end;dominant-baseline:middle}
.xt,.xl{text-anchor:middle}.grid{stroke:#eee}.axis{stroke:#999}.legend span{margin-right:14px;white-space:nowrap}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}
details{margin:6px 0}summary{cursor:pointer;color:#124}section.turn{break-inside:avoid-page}
@media print{details{display:block}summary{display:none}details>*{display:block}}`;

const fixed = (x: number, d = 1): string => x.toFixed(d);
const swatch = (color: string): string => `<i class="sw" style="background:${esc(color)}"></i>`;

/** The after-action report as the text of an HTML file. */
export function debriefHtml(d: DebriefInput): string {
  const { rules } = d;
  const last = d.states[d.states.length - 1];
  if (!last) throw new Error("The debrief needs a game: there is no state.");
  const scenario = rules.scenarios.find((s) => s.id === last.scenario);
  const played = last.turn - 1;
  const over = isGameOver(last);
  const head = `<h1>Corridors — after-action report</h1>
<p><b>${esc(scenario?.name ?? last.scenario)}</b> · seed <b>${esc(last.seed)}</b> · ${played} of ${last.turns} turns played${over ? "" : " (the game goes on)"}</p>
${d.note ? `<p>${esc(d.note)}</p>` : ""}
${scenario?.description ? `<p class="muted">${esc(scenario.description)}</p>` : ""}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Corridors after-action report — ${esc(scenario?.name ?? last.scenario)}, seed ${esc(last.seed)}</title><style>${CSS}</style></head>
<body>
${head}
${outcome(d, last, over)}
${course(d, last)}
${goals(rules, last)}
<h2>Turn by turn</h2>
${takenOverNote(d)}${d.reports.map((r) => turnSection(d, r)).join("\n")}
<p class="muted">Replaying this game's orders from ${replayedFrom(d)} gives the state hash ${hashState(last)} after turn ${played}.</p>
</body></html>
`;
}

/** Where a replay of the game's orders starts: its seed, or the saved state it was taken over from. */
function replayedFrom(d: DebriefInput): string {
  const first = d.states[0];
  if (!first || gameStart(d.states)) return `seed ${esc(first?.seed ?? "")}`;
  return `the saved state after turn ${first.turn - 1}`;
}

/** For a game taken over from a save after its start: why its earlier turns are not shown. */
function takenOverNote(d: DebriefInput): string {
  const first = d.states[0];
  if (!first || gameStart(d.states)) return "";
  const before = first.turn - 1;
  const turns = before === 1 ? "Turn 1 was" : `Turns 1–${before} were`;
  return `<p class="muted">${turns} played by an earlier version of the game, which played them differently from this one; this version continued the game from its saved state, so the report of each turn starts at turn ${first.turn}. The charts above cover every turn.</p>\n`;
}

/** The winner, and every country's seat, game score, par and last turn's score, best first. */
function outcome(d: DebriefInput, last: GameState, over: boolean): string {
  const agents = new Map(d.rules.agents.map((a) => [a.id, a]));
  const table = standings(last, d.rules);
  const par = table.some((s) => s.par !== null);
  const top = table[0];
  const lead = top ? leadLine(d.rules, top, over, last.turn - 1) : "";
  const rows = table
    .map((s, i) => {
      const a = agents.get(s.agent);
      if (!a) return "";
      const who = d.playedBy[a.id] ?? "the AI";
      const parCells = par
        ? `<td class="n">${s.par === null ? "" : fixed(s.par)}</td><td class="n">${signedMargin(s)}</td>`
        : "";
      return `<tr><td class="n">${i + 1}</td><td>${swatch(a.color)}${esc(a.name)}</td><td>${who}</td><td class="n">${fixed(s.score.mean)}</td>${parCells}<td class="n">${fixed(s.score.total)}</td></tr>`;
    })
    .join("");
  const parHead = par ? `<th class="n">Par</th><th class="n">Over par</th>` : "";
  const parNote = par
    ? `<p class="muted">Par is the game score the Normal AI reaches on average with the same country in this scenario by the same turn; the countries rank by how far they are above it.</p>`
    : "";
  return `<h2>Outcome</h2><p class="winner">${esc(lead)}</p>
<table><thead><tr><th class="n">Rank</th><th>Country</th><th>Played by</th><th class="n">Game score (mean over turns)</th>${parHead}<th class="n">Last turn</th></tr></thead><tbody>${rows}</tbody></table>${parNote}
`;
}

/** Charts of the tracks, scores, key measures and influence over the turns (turn 0 is the setup, when the game has it). */
function course(d: DebriefInput, last: GameState): string {
  const { rules } = d;
  // Turn 0 is drawn from the game's setup; a game taken over from a save has its history only.
  const setup = gameStart(d.states);
  const start = setup ? [setup] : [];
  const first = setup ? 0 : 1;
  const hist = last.history;
  const agents = rules.agents.map((a) => ({ label: a.name, color: a.color }));
  const tracks: LineSeries[] = rules.tracks.map((t, i) => ({
    label: t.name,
    color: colour(i),
    values: [...start.map((s) => s.tracks[t.id] ?? 0), ...hist.map((h) => h.tracks[t.id] ?? 0)],
  }));
  const scoreLines: LineSeries[] = rules.agents.map((a) => ({
    label: a.name,
    color: a.color,
    values: hist.map((h) => h.scores[a.id] ?? null),
  }));
  const line = (label: string, i: number, pick: (h: TurnRecord) => number): LineSeries => ({
    label,
    color: colour(i),
    values: hist.map(pick),
  });
  const measures = [
    line("US supply security (0–100)", 0, (h) => h.usSupplySecurity),
    line("China's share of processing (%)", 1, (h) => h.chinaProcessingShare * 100),
    line("US route concentration (HHI × 100)", 2, (h) => h.usRouteHhi * 100),
  ];
  const ties = [
    line("US–Russia interdependence (%)", 0, (h) => h.interdependenceUsRu * 100),
    line("Türkiye's leverage over the US (%)", 3, (h) => h.leverageTrOverUs * 100),
  ];
  const influence = rules.regions.map((r) =>
    lineChart(
      `Influence in ${r.name} (points of 100)`,
      rules.agents
        .filter((a) => a.id !== r.host)
        .map((a) => ({
          label: a.name,
          color: a.color,
          values: [
            ...start.map((s) => s.influence[r.id]?.[a.id] ?? 0),
            ...hist.map((h) => h.influence[r.id]?.[a.id] ?? 0),
          ],
        })),
      { first, max: 100 },
    ),
  );
  const key = (s: LineSeries[]) => legend(s.map((x) => ({ label: x.label, color: x.color })));
  return `<h2>The course of the game</h2>
<div class="row"><div class="chart">${lineChart("Tension tracks (0–100)", tracks, { first, max: 100 })}${key(tracks)}</div>
<div class="chart">${lineChart("Each country's score per turn", scoreLines, { max: 100 })}${legend(agents)}</div>
<div class="chart">${lineChart("US supply and China's processing", measures, { max: 100 })}${key(measures)}</div>
<div class="chart">${lineChart("Ties between rivals", ties)}${key(ties)}</div></div>
<h3>Influence in the contested countries</h3>
<div class="row">${influence.map((c) => `<div class="chart">${c}</div>`).join("")}</div>${legend(agents)}`;
}

/** Each country's objectives at the end: weight, value and how far it is attained. */
function goals(rules: Rules, last: GameState): string {
  const ix = indexRules(rules);
  const tables = rules.agents
    .map((a) => {
      const list = rules.goals.agents[a.id] ?? [];
      const score = last.scores[a.id];
      const rows = list
        .map(
          (o) =>
            `<tr><td>${esc(o.text)}</td><td class="n">${o.weight}</td><td class="n">${esc(formatValue(o, measureValue(last, ix, a.id, o)))}</td><td class="n">${Math.round(score?.objectives[o.id] ?? 0)}%</td></tr>`,
        )
        .join("");
      return `<h3>${swatch(a.color)}${esc(a.name)}</h3><table><thead><tr><th>Objective</th><th class="n">Weight</th><th class="n">At the end</th><th class="n">Attained</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join("");
  return `<h2>Goals at the end</h2>${tables}`;
}

/** One turn: its events, every country's orders with outcomes and reasons, and every change with its cause. */
function turnSection(d: DebriefInput, report: TurnReport): string {
  const { rules } = d;
  const events = report.events.length
    ? `<ul>${report.events.map((e) => `<li><b>${esc(e.name)}</b>${eventTag(e)}: ${esc(e.text)}</li>`).join("")}</ul>`
    : `<p class="muted">No event.</p>`;
  const orders = revealedOrders(rules, report, d.notes[String(report.turn)] ?? {});
  const byAgent = (a: AgentId) => orders.filter((o) => o.agent === a);
  const orderRows = rules.agents
    .map((a) => {
      const list = byAgent(a.id);
      if (list.length === 0)
        return `<tr><td class="c">${swatch(a.color)}${esc(a.name)}</td><td colspan="3" class="muted">No orders: passed.</td></tr>`;
      return list
        .map(
          (o, i) =>
            `<tr><td class="c">${i === 0 ? `${swatch(a.color)}${esc(a.name)}` : ""}</td><td>${esc(o.text)}</td><td class="${o.outcome}">${esc(o.message)}</td><td class="muted">${o.rationale ? esc(o.rationale) : ""}</td></tr>`,
        )
        .join("");
    })
    .join("");
  const rejected = report.rejections.length
    ? `<p class="muted">Refused before resolution: ${report.rejections.map((r) => `${esc(nameInText(rules, r.agent))}: ${esc(r.message)}`).join("; ")}</p>`
    : "";
  const tracks = report.effects.filter((e) => e.path.startsWith("tracks."));
  const headline = tracks.length
    ? `<ul>${tracks.map((e) => `<li>${esc(e.text)}</li>`).join("")}</ul>`
    : `<p class="muted">No tension track moved.</p>`;
  const changes = report.effects
    .map((e) => changeRow(rules, e))
    .map(
      (c) =>
        `<tr><td>${esc(c.text)}</td><td class="n">${c.from || c.to ? `${esc(c.from)} → ${esc(c.to)}` : ""}</td><td>${esc(c.cause)}</td></tr>`,
    )
    .join("");
  return `<section class="turn"><h3>Turn ${report.turn}</h3>
<p><b>Events</b></p>${events}
<p><b>Orders</b> (each country's reason is the AI's own; humans give none)</p>
<table><thead><tr><th>Country</th><th>Order</th><th>Outcome</th><th>Reason</th></tr></thead><tbody>${orderRows}</tbody></table>${rejected}
<p><b>Tension tracks</b></p>${headline}
<details><summary>All ${report.effects.length} changes of turn ${report.turn}, with their causes</summary>
<table><thead><tr><th>Change</th><th class="n">From → to</th><th>Cause</th></tr></thead><tbody>${changes}</tbody></table></details></section>`;
}
