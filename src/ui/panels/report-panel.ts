/** The turn report: events, every change for the viewing country with its cause, and all orders revealed. */
import type { TurnReport } from "../../engine/index.ts";
import { changesFor, eventTag, revealedOrders } from "../../game/report-view.ts";
import type { UiContext } from "./context.ts";
import { h, mount, swatch } from "./dom.ts";

/**
 * Render turn `report` into `root`; `next` (if given) is the button that moves the game on, and
 * `present` (if given) opens the turn in the full-window view for the class.
 */
export function renderReport(
  root: HTMLElement,
  ctx: UiContext,
  report: TurnReport | null,
  next: HTMLElement | null,
  present: (() => void) | null = null,
): void {
  if (!report) {
    mount(root, h("h2", {}, "Turn report"), h("p", { class: "hint" }, "No turn has been resolved yet."));
    return;
  }
  const viewer = ctx.viewer();
  const changes = changesFor(ctx.rules, report, viewer);
  const notes = ctx.controller.notesFor(report.turn);
  const revealed = revealedOrders(ctx.rules, report, notes);
  const byAgent = ctx.rules.agents.map((a) => ({ a, orders: revealed.filter((o) => o.agent === a.id) }));
  const seat = (id: string) => {
    const s = ctx.controller.setup?.seats[id];
    return s?.kind === "ai" ? `AI, ${s.difficulty}` : "human";
  };
  mount(
    root,
    h("h2", { id: "report-h" }, `Turn ${report.turn} report`),
    next,
    present
      ? h(
          "button",
          {
            type: "button",
            id: "present-button",
            title: "The turn in large type on the whole screen, for a class (← and → step through the turns)",
            onclick: present,
          },
          "Show the turn to the class",
        )
      : null,
    h(
      "section",
      { "aria-labelledby": "events-h" },
      h("h3", { id: "events-h" }, "Events"),
      report.events.length === 0
        ? h("p", { class: "hint" }, "No event this turn.")
        : h(
            "ul",
            { class: "events" },
            report.events.map((e) => h("li", {}, h("strong", {}, e.name), eventTag(e), ": ", e.text)),
          ),
    ),
    h(
      "section",
      { "aria-labelledby": "changes-h" },
      h("h3", { id: "changes-h" }, `What changed for ${ctx.inText(viewer)} (${changes.length})`),
      viewerPicker(ctx),
      changes.length === 0
        ? h("p", { class: "hint" }, "Nothing changed for this country.")
        : h(
            "table",
            { class: "changes", id: "changes-table" },
            h(
              "caption",
              { class: "sr-only" },
              `Changes for ${ctx.inText(viewer)} in turn ${report.turn}, with their causes`,
            ),
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "Change"),
                h("th", { scope: "col" }, "From → to"),
                h("th", { scope: "col" }, "Cause"),
              ),
            ),
            h(
              "tbody",
              {},
              changes.map((c) =>
                h(
                  "tr",
                  {},
                  h("td", {}, c.text),
                  h("td", { class: "nowrap" }, c.from || c.to ? `${c.from} → ${c.to}` : ""),
                  h("td", { class: `cause cause-${c.causeKind}` }, c.cause),
                ),
              ),
            ),
          ),
    ),
    h(
      "section",
      { "aria-labelledby": "revealed-h" },
      h("h3", { id: "revealed-h" }, "Orders revealed"),
      byAgent.map(({ a, orders }) =>
        h(
          "div",
          { class: "revealed" },
          h("h4", {}, swatch(a.color), " ", a.name, h("span", { class: "seat" }, ` (${seat(a.id)})`)),
          orders.length === 0
            ? h("p", { class: "hint" }, "Passed.")
            : h(
                "ul",
                {},
                orders.map((o) =>
                  h(
                    "li",
                    { class: `outcome-${o.outcome}` },
                    h("span", { class: "order-text" }, o.text),
                    h("span", { class: "outcome" }, ` — ${o.outcome}`),
                    o.message ? h("div", { class: "message" }, o.message) : null,
                    o.rationale ? h("div", { class: "rationale" }, h("em", {}, "Why: "), o.rationale) : null,
                  ),
                ),
              ),
        ),
      ),
    ),
  );
}

/** A select for whose changes the report shows. */
export function viewerPicker(ctx: UiContext): HTMLElement {
  return h(
    "div",
    { class: "field inline" },
    h("label", { for: "view-as" }, "Country"),
    h(
      "select",
      { id: "view-as", onchange: (e) => ctx.setViewer((e.target as HTMLSelectElement).value) },
      ctx.rules.agents.map((a) => h("option", { value: a.id, selected: a.id === ctx.viewer() }, a.name)),
    ),
  );
}
