/** Charts of the tracks, scores and key measures over the turns (uPlot, loaded when first shown). */
import type { GameState } from "../../engine/index.ts";
import { type ChartSpec, chartSpecs } from "../chart-data.ts";
import type { UiContext } from "./context.ts";
import { fixed, h, mount } from "./dom.ts";

/** Render the charts for `state` into `root`. */
export async function renderCharts(
  root: HTMLElement,
  ctx: UiContext,
  start: GameState | null,
  state: GameState,
): Promise<void> {
  const specs = chartSpecs(ctx.rules, start, state);
  const holders = specs.map((s) => h("figure", { class: "chart", id: s.id, "aria-label": s.title }));
  mount(
    root,
    h("h2", {}, "Charts"),
    specs.length && (specs[0]?.turns.length ?? 0) < 2
      ? h("p", { class: "hint" }, "Charts fill in as turns are played.")
      : null,
    specs.flatMap((s, i) => [holders[i], dataTable(s)]),
  );
  const { default: UPlot } = await import("uplot");
  const width = Math.max(280, root.clientWidth - 24);
  specs.forEach((s, i) => {
    const holder = holders[i];
    if (!holder) return;
    const axis = { stroke: "#d8d2c0", grid: { stroke: "#26303d" }, ticks: { stroke: "#3d4a5c" } };
    new UPlot(
      {
        title: s.title,
        width,
        height: 190,
        scales: { x: { time: false } },
        axes: [
          {
            ...axis,
            label: "Turn",
            incrs: [1, 2, 5, 10],
            values: (_u: unknown, ticks: number[]) => ticks.map((t) => String(t)),
          },
          axis,
        ],
        series: [
          { label: "Turn" },
          ...s.series.map((x) => ({ label: x.label, stroke: x.color, width: 2, spanGaps: true })),
        ],
      },
      [s.turns, ...s.series.map((x) => x.values)],
      holder,
    );
  });
}

/** The chart's numbers, for screen readers and anyone who prefers a table. */
function dataTable(s: ChartSpec): HTMLElement {
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, `${s.title}: the numbers`),
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Turn"),
          s.series.map((x) => h("th", { scope: "col" }, x.label)),
        ),
      ),
      h(
        "tbody",
        {},
        s.turns.map((t, i) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, String(t)),
            s.series.map((x) => {
              const v = x.values[i] ?? Number.NaN;
              return h("td", { class: "num" }, Number.isFinite(v) ? fixed(v, 1) : "—");
            }),
          ),
        ),
      ),
    ),
  );
}
