/** Every map fact as a table: the corridor ledger, the influence matrix, the tension tracks and the scores. */
import type { GameState } from "../../engine/index.ts";
import { standings } from "../../engine/index.ts";
import { short } from "../../game/order-text.ts";
import { signedMargin } from "../../game/standing-text.ts";
import { snapshot } from "../map/map-model.ts";
import type { UiContext } from "./context.ts";
import { fixed, h, mount, num, swatch } from "./dom.ts";

/** Render the tables for `state` into `root`. */
export function renderTables(root: HTMLElement, ctx: UiContext, state: GameState): void {
  const wrap = (t: HTMLElement) => h("div", { class: "table-wrap" }, t);
  mount(
    root,
    h("h2", {}, "Tables"),
    [
      corridorLedger(ctx, state),
      influenceMatrix(ctx, state),
      trackTable(ctx, state),
      scoreTable(ctx, state),
    ].map(wrap),
  );
}

const th = (text: string) => h("th", { scope: "col" }, text);

function corridorLedger(ctx: UiContext, state: GameState): HTMLElement {
  const snap = snapshot(ctx.rules, state);
  return h(
    "table",
    { class: "ledger", id: "corridor-ledger" },
    h("caption", {}, "Corridor ledger"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("Corridor"),
        th("Status"),
        th("Load / capacity, kt"),
        th("Carrying, kt"),
        th("Fee"),
        h("td", {}),
      ),
    ),
    h(
      "tbody",
      {},
      ctx.rules.corridors.map((c) => {
        const v = snap.corridors[c.id];
        const cs = state.corridors[c.id];
        if (!v || !cs) return null;
        const status =
          v.look === "closed"
            ? "Closed"
            : v.look === "blocked"
              ? `Blocked by ${v.blockedBy.map(ctx.name).join(", ")}`
              : "Open";
        const sellers = new Map<string, number>();
        for (const f of state.flows)
          if (f.corridor === c.id) sellers.set(f.seller, (sellers.get(f.seller) ?? 0) + f.total);
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, short(c.name)),
          h("td", { class: `look-${v.look}` }, status),
          h("td", { class: "num" }, `${num(v.load, 1)} / ${num(cs.capacity)}`),
          h(
            "td",
            {},
            [...sellers].map(([a, kt]) =>
              h("span", { class: "tag" }, swatch(ctx.color(a)), `${a.toUpperCase()} ${num(kt, 1)}`),
            ),
          ),
          h("td", {}, cs.feeLevel),
          h(
            "td",
            {},
            h(
              "button",
              {
                type: "button",
                class: "small",
                "aria-label": `Show ${short(c.name)} on the map`,
                onclick: () => ctx.app.focusMap({ kind: "corridor", id: c.id }),
              },
              "Show",
            ),
          ),
        );
      }),
    ),
  );
}

function influenceMatrix(ctx: UiContext, state: GameState): HTMLElement {
  const agents = ctx.rules.agents;
  return h(
    "table",
    { class: "matrix", id: "influence-matrix" },
    h("caption", {}, "Influence in the contested regions (points of 100)"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("Region"),
        agents.map((a) => h("th", { scope: "col" }, swatch(a.color), " ", a.id.toUpperCase())),
        th("Host / local"),
      ),
    ),
    h(
      "tbody",
      {},
      ctx.rules.regions.map((r) => {
        const row = state.influence[r.id] ?? {};
        const held = agents.filter((a) => a.id !== r.host).reduce((s, a) => s + (row[a.id] ?? 0), 0);
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, r.name),
          agents.map((a) => h("td", { class: "num" }, a.id === r.host ? "host" : fixed(row[a.id] ?? 0, 1))),
          h("td", { class: "num" }, fixed(Math.max(0, 100 - held), 1)),
        );
      }),
    ),
  );
}

function trackTable(ctx: UiContext, state: GameState): HTMLElement {
  return h(
    "table",
    { class: "tracks", id: "track-table" },
    h("caption", {}, "Tension tracks (0–100)"),
    h("thead", {}, h("tr", {}, th("Track"), th("Value"), th("In force now"))),
    h(
      "tbody",
      {},
      ctx.rules.tracks.map((t) => {
        const v = state.tracks[t.id] ?? 0;
        const gates = t.thresholds.filter((g) => (g.when === "above" ? v >= g.value : v <= g.value));
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, t.name, t.tension ? "" : " (higher is calmer)"),
          h("td", { class: "num" }, fixed(v, 1)),
          h(
            "td",
            {},
            gates.length
              ? h(
                  "ul",
                  {},
                  gates.map((g) => h("li", {}, g.text)),
                )
              : "—",
          ),
        );
      }),
    ),
  );
}

function scoreTable(ctx: UiContext, state: GameState): HTMLElement {
  const placed = new Map(standings(state, ctx.rules).map((s) => [s.agent, s]));
  const par = [...placed.values()].some((s) => s.par !== null);
  return h(
    "table",
    { class: "scores", id: "score-table" },
    h("caption", {}, "Scores (goal attainment, 0–100)"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        th("Country"),
        th("This turn"),
        th("Game (mean)"),
        par ? th("Par") : null,
        par ? th("Over par") : null,
        th("Treasury $M"),
      ),
    ),
    h(
      "tbody",
      {},
      ctx.rules.agents.map((a) => {
        const s = placed.get(a.id);
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, swatch(a.color), " ", a.name),
          h("td", { class: "num" }, fixed(s?.score.total ?? 0, 1)),
          h("td", { class: "num" }, fixed(s?.score.mean ?? 0, 1)),
          par ? h("td", { class: "num" }, s?.par == null ? "" : fixed(s.par, 1)) : null,
          par ? h("td", { class: "num" }, s ? signedMargin(s) : "") : null,
          h("td", { class: "num" }, num(state.agents[a.id]?.treasury ?? 0)),
        );
      }),
    ),
  );
}
