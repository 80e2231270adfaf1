/** The self-contained HTML report: inline CSS and SVG, its data as JSON in `<script id="data">`, no network. */
import { bandChart, boxChart, legend } from "../../report/charts.ts";
import { colour, esc } from "../../report/svg.ts";
import type { TrajectoryKey } from "./digest.ts";
import type { AgentEstimate, PointData, ReportData } from "./report-data.ts";
import type { Estimate } from "./stats.ts";

const CSS = `body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1400px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:right}
th:first-child,td:first-child{text-align:left}.row{display:flex;flex-wrap:wrap;gap:12px}
svg text{font:11px system-ui,sans-serif;fill:#333}.title{font-weight:600;font-size:12px}.yt{text-anchor:end;dominant-baseline:middle}
.xt,.xl{text-anchor:middle}.grid{stroke:#eee}.axis{stroke:#999}.legend span{margin-right:14px}
.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:middle}.muted{color:#777}`;

const num = (x: number | null, d = 1): string => (x === null ? "n/a" : x.toFixed(d));
const pct = (x: number | null): string => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);
const cell = (e: AgentEstimate | undefined): string =>
  e
    ? `<td>${num(e.mean)} <span class="muted">[${num(e.lo)}, ${num(e.hi)}]</span></td><td>${pct(e.winRate)} <span class="muted">[${pct(e.winLo)}, ${pct(e.winHi)}]</span></td>`
    : "<td></td><td></td>";

function estimatesTable(d: ReportData): string {
  const head = d.points
    .map(
      (p) =>
        `<th colspan="2" style="color:${colour(p.index)}">point ${p.index}: ${esc(p.label)} (${p.games} games)</th>`,
    )
    .join("");
  const sub = d.points.map(() => "<th>mean score [95% CI]</th><th>win rate [95% CI]</th>").join("");
  const rows = d.agents
    .map((a) => `<tr><td>${esc(a)}</td>${d.points.map((p) => cell(p.estimates[a])).join("")}</tr>`)
    .join("");
  return `<table><tr><th></th>${head}</tr><tr><th>agent</th>${sub}</tr>${rows}</table>`;
}

const diffCell = (e: Estimate | undefined): string =>
  e
    ? `<td>${num(e.mean, 2)} <span class="muted">[${num(e.lo, 2)}, ${num(e.hi, 2)}]</span></td>`
    : "<td></td>";

function pairedTable(d: ReportData): string {
  if (d.paired.length === 0) return `<p class="muted">No two sweep points share seeds.</p>`;
  const head = d.paired
    .map((p) => `<th>point ${p.point} − point ${p.base} (${p.shared} seeds)</th>`)
    .join("");
  const row = (a: string) =>
    `<tr><td>${esc(a)}</td>${d.paired.map((p) => diffCell(p.agents[a])).join("")}</tr>`;
  return `<table><tr><th>agent</th>${head}</tr>${d.agents.map(row).join("")}</table>`;
}

const pointSeries = (d: ReportData, k: TrajectoryKey) =>
  d.points.map((p) => ({ label: `point ${p.index}`, color: colour(p.index), band: p.trajectories[k] }));

function influenceRow(d: ReportData, region: string): string {
  const charts = d.points.map((p: PointData) => {
    const series = d.agents
      .map((a, i) => ({ label: a, color: colour(i), band: p.influence[region]?.[a] }))
      .filter(
        (s): s is { label: string; color: string; band: NonNullable<typeof s.band> } =>
          !!s.band && s.band.p90.some((v) => v > 0),
      );
    return bandChart(`${region} · point ${p.index}`, series, 360, 220);
  });
  return `<h3>${esc(region)}</h3><div class="row">${charts.join("")}</div>`;
}

/** The whole report as one HTML document. */
export function reportHtml(d: ReportData): string {
  const points = legend(
    d.points.map((p) => ({ label: `point ${p.index}: ${p.label}`, color: colour(p.index) })),
  );
  const agents = legend(d.agents.map((a, i) => ({ label: a, color: colour(i) })));
  const policies = Object.entries(d.policies)
    .map(([a, p]) => `${a} ${p}`)
    .join(", ");
  const keys = Object.keys(d.labels) as TrajectoryKey[];
  const boxes = boxChart(
    "Game score (mean over turns) by agent",
    d.agents,
    d.points.map((p) => ({ label: `point ${p.index}`, boxes: p.scores })),
  );
  const data = JSON.stringify(d).replaceAll("<", "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Corridors batch report — ${esc(d.scenario)}</title><style>${CSS}</style></head>
<body>
<h1>Corridors batch report</h1>
<p>Scenario <b>${esc(d.scenario)}</b> · version ${esc(d.version)} · policies: ${esc(policies)}</p>
${points}
<h2>Goal scores and win rates</h2><p class="muted">A game's winner is the country whose game score is furthest above its par, what the Normal AI scores with it in the scenario as shipped (<code>rules/par.json</code>); in a scenario without a par, the one with the highest game score.</p>${estimatesTable(d)}
<h2>Paired comparisons (same seeds)</h2>${pairedTable(d)}
<h2>Score distributions</h2><p class="muted">Boxes: quartiles; whiskers: range; one box per sweep point.</p>${points}<div class="row">${boxes}</div>
<h2>Trajectories</h2><p class="muted">Median over games with a 10–90% band, per sweep point.</p>${points}
<div class="row">${keys.map((k) => bandChart(d.labels[k], pointSeries(d, k))).join("")}</div>
<h2>Influence in contested countries</h2><p class="muted">Median share (points of 100) with a 10–90% band; sweep points side by side.</p>${agents}
${d.regions.map((r) => influenceRow(d, r)).join("\n")}
<script type="application/json" id="data">${data}</script>
</body></html>
`;
}
