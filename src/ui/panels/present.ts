/**
 * The turn on the projector: a full-window view of one resolved turn in large type, for the class
 * between turns — what fired, the tension tracks and key measures before and after, the standings,
 * the largest shifts of influence and every country's orders. ← and → step through the turns
 * played, Escape closes it.
 */
import { type Move, turnSummary } from "../../game/turn-summary.ts";
import type { UiContext } from "./context.ts";
import { h, mount, swatch } from "./dom.ts";

const value = (m: Move, x: number): string => `${x.toFixed(1)}${m.unit}`;

/** A number's move, with an arrow and a class for the direction. */
function move(m: Move): HTMLElement {
  const d = Math.round((m.to - m.from) * 10) / 10;
  const dir = d > 0 ? "up" : d < 0 ? "down" : "same";
  return h(
    "tr",
    {},
    h("th", { scope: "row" }, m.label),
    h("td", { class: "num" }, value(m, m.from)),
    h("td", { class: `num arrow ${dir}` }, d > 0 ? "▲" : d < 0 ? "▼" : "="),
    h("td", { class: "num" }, value(m, m.to)),
  );
}

/** The presentation view, kept across turns (one element on the page). */
export class Presenter {
  private readonly root: HTMLElement;
  private turn = 0;
  private opener: HTMLElement | null = null;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") this.close();
    else if (e.key === "ArrowLeft") this.show(this.turn - 1);
    else if (e.key === "ArrowRight") this.show(this.turn + 1);
    else return;
    e.preventDefault();
  };

  constructor(private readonly ctx: UiContext) {
    this.root = h("div", {
      id: "present",
      class: "present",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": "present-h",
      hidden: true,
    });
    document.body.append(this.root);
  }

  /** Whether the view is open. */
  get open(): boolean {
    return !this.root.hidden;
  }

  /** Open on a turn (the last resolved one by default). */
  start(turn?: number): void {
    const c = this.ctx.controller;
    if (c.reports.length === 0) return;
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.root.hidden = false;
    document.addEventListener("keydown", this.onKey);
    this.show(turn ?? c.reports.length);
    this.root.querySelector<HTMLElement>("#present-close")?.focus();
  }

  /** Close the view and give the focus back. */
  close(): void {
    if (this.root.hidden) return;
    this.root.hidden = true;
    mount(this.root);
    document.removeEventListener("keydown", this.onKey);
    if (this.opener?.isConnected) this.opener.focus();
  }

  private show(turn: number): void {
    const { ctx } = this;
    const c = ctx.controller;
    const last = c.reports.length;
    if (turn < 1 || turn > last) return;
    const before = c.states[turn - 1];
    const after = c.states[turn];
    const report = c.reports[turn - 1];
    if (!before || !after || !report) return;
    this.turn = turn;
    const s = turnSummary(ctx.rules, before, after, report);
    const par = s.standings.some((x) => x.overPar !== "");
    const focused = document.activeElement?.id;
    mount(
      this.root,
      h(
        "header",
        { class: "present-head" },
        h("h1", { id: "present-h" }, `Turn ${s.turn} of ${s.turns}: what happened`),
        h(
          "div",
          { class: "inline" },
          h(
            "button",
            { type: "button", id: "present-prev", disabled: turn <= 1, onclick: () => this.show(turn - 1) },
            "← Earlier turn",
          ),
          h(
            "button",
            {
              type: "button",
              id: "present-next",
              disabled: turn >= last,
              onclick: () => this.show(turn + 1),
            },
            "Later turn →",
          ),
          h(
            "button",
            { type: "button", id: "present-close", class: "primary", onclick: () => this.close() },
            "Close",
          ),
        ),
      ),
      h(
        "div",
        { class: "present-grid" },
        h(
          "section",
          { "aria-labelledby": "present-events" },
          h("h2", { id: "present-events" }, "Events"),
          s.events.length === 0
            ? h("p", { class: "muted" }, "No event this turn.")
            : h(
                "ul",
                { class: "present-list" },
                s.events.map((e) =>
                  h(
                    "li",
                    {},
                    h("strong", {}, e.name),
                    e.tag ? ` ${e.tag}` : "",
                    h("br"),
                    h("span", {}, e.text),
                  ),
                ),
              ),
          h("h2", {}, "Tension tracks"),
          h("table", { class: "present-moves" }, h("tbody", {}, s.tracks.map(move))),
          h("h2", {}, "Key measures"),
          h("table", { class: "present-moves" }, h("tbody", {}, s.measures.map(move))),
        ),
        h(
          "section",
          { "aria-labelledby": "present-standings" },
          h("h2", { id: "present-standings" }, "Standings"),
          h(
            "table",
            { class: "present-standings" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "#"),
                h("th", { scope: "col" }, "Country"),
                h("th", { scope: "col", class: "num" }, "This turn"),
                h("th", { scope: "col", class: "num" }, "Game score"),
                par ? h("th", { scope: "col", class: "num" }, "Over par") : null,
              ),
            ),
            h(
              "tbody",
              {},
              s.standings.map((x) =>
                h(
                  "tr",
                  {},
                  h("td", { class: "num" }, String(x.rank)),
                  h(
                    "td",
                    {},
                    swatch(x.color),
                    ` ${x.name}`,
                    x.climb !== 0
                      ? h(
                          "span",
                          { class: `climb ${x.climb > 0 ? "up" : "down"}` },
                          ` ${x.climb > 0 ? "▲" : "▼"}${Math.abs(x.climb)}`,
                        )
                      : null,
                  ),
                  h("td", { class: "num" }, x.turnScore.toFixed(1)),
                  h("td", { class: "num" }, x.gameScore.toFixed(1)),
                  par ? h("td", { class: "num" }, x.overPar) : null,
                ),
              ),
            ),
          ),
          h("h2", {}, "Influence"),
          s.influence.length === 0
            ? h("p", { class: "muted" }, "No shift of half a point or more.")
            : h(
                "ul",
                { class: "present-list" },
                s.influence.map((x) => h("li", { class: x.delta > 0 ? "up" : "down" }, x.text)),
              ),
        ),
        h(
          "section",
          { class: "present-orders", "aria-labelledby": "present-orders-h" },
          h("h2", { id: "present-orders-h" }, "Orders"),
          s.orders.map((a) =>
            h(
              "div",
              { class: "present-agent" },
              h("h3", {}, swatch(a.color), ` ${a.name}`),
              a.orders.length === 0
                ? h("p", { class: "muted" }, "No orders.")
                : h(
                    "ul",
                    {},
                    a.orders.map((o) =>
                      h(
                        "li",
                        { class: `outcome-${o.outcome}` },
                        o.text,
                        o.outcome === "applied" ? "" : ` (${o.outcome})`,
                      ),
                    ),
                  ),
            ),
          ),
        ),
      ),
    );
    if (focused) this.root.querySelector<HTMLElement>(`#${focused}`)?.focus();
  }
}
