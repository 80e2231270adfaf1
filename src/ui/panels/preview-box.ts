/** The order panel's preview: what the engine expects the chosen order to change for the country giving it. */
import type { AgentId, Order } from "../../engine/index.ts";
import { costText } from "../../game/order-text.ts";
import type { OrderChoice } from "../order-options.ts";
import { fmt, previewOrder, signed } from "../preview.ts";
import type { UiContext } from "./context.ts";
import { append, h } from "./dom.ts";

/** A box with the choice's cost and either its preview or the reason it is unavailable. */
export function renderPreview(
  ctx: UiContext,
  agent: AgentId,
  pending: Order[],
  choice: OrderChoice,
): HTMLElement {
  const box = h("div", { class: "preview", id: "order-preview", "aria-live": "polite" });
  box.append(h("p", { class: "preview-cost" }, h("strong", {}, "Cost: "), costText(choice.cost)));
  if (choice.reason) {
    box.append(h("p", { class: "reason" }, `Unavailable: ${choice.reason}`));
    return box;
  }
  const p = previewOrder(ctx.controller.state, ctx.rules, agent, pending, choice.order);
  const moved = p.deltas.filter((d, i) => i < 2 || Math.abs(d.to - d.from) > 1e-6);
  append(box, [
    h(
      "p",
      { class: "hint" },
      "Expected this turn if everyone else passes (a typical draw; the real turn may differ):",
    ),
    p.outcome === "failed" || p.outcome === "rejected" ? h("p", { class: "reason" }, p.message) : null,
    h(
      "table",
      { class: "deltas" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Measure"),
          h("th", { scope: "col" }, "Then"),
          h("th", { scope: "col" }, "Change"),
        ),
      ),
      h(
        "tbody",
        {},
        moved.map((d) => {
          const change = d.to - d.from;
          return h(
            "tr",
            {},
            h("th", { scope: "row" }, d.label),
            h("td", {}, `${fmt(d.to)}${d.unit}`),
            h(
              "td",
              { class: change > 1e-6 ? "up" : change < -1e-6 ? "down" : "" },
              signed(change, Math.abs(change) < 1 ? 3 : 1),
            ),
          );
        }),
      ),
    ),
    p.effects.length
      ? h(
          "ul",
          { class: "effects" },
          p.effects.map((e) => h("li", {}, e)),
        )
      : null,
  ]);
  if (moved.length === 2 && p.deltas.length > 2)
    box.append(h("p", { class: "hint" }, "No goal measure moves this turn."));
  return box;
}
