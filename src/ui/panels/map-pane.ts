/** The map pane's DOM around the canvas: zoom buttons, legend, hover tooltip, the selected item's details. */
import type { GameState } from "../../engine/index.ts";
import type { MapTarget } from "../map/map-hit.ts";
import type { MapView } from "../map/map-view.ts";
import type { UiContext } from "./context.ts";
import { h, mount, swatch } from "./dom.ts";
import { describeTarget } from "./map-details.ts";

/** The pane's live parts. */
export interface MapPane {
  hover(target: MapTarget | null, screen: { x: number; y: number }): void;
  select(target: MapTarget | null): void;
  /** Re-describe the selected item (after the state changed). */
  refresh(): void;
  banner(text: string | null): void;
}

/** Add the toolbar, legend, tooltip and details card to the pane. */
export function buildMapPane(
  pane: HTMLElement,
  ctx: UiContext,
  view: () => MapView | null,
  current: () => GameState | null,
): MapPane {
  const tooltip = h("div", { id: "map-tooltip", role: "tooltip", hidden: true });
  const details = h("aside", {
    id: "map-details",
    class: "map-details",
    "aria-live": "polite",
    "aria-label": "Selected map item",
    hidden: true,
  });
  const banner = h("div", { id: "turn-banner", role: "status", hidden: true });
  let selected: MapTarget | null = null;
  const toolbar = h(
    "div",
    { id: "map-toolbar", class: "map-toolbar", role: "toolbar", "aria-label": "Map view" },
    h(
      "button",
      { type: "button", "aria-label": "Zoom in", title: "Zoom in (+)", onclick: () => view()?.zoomBy(1.3) },
      "+",
    ),
    h(
      "button",
      {
        type: "button",
        "aria-label": "Zoom out",
        title: "Zoom out (−)",
        onclick: () => view()?.zoomBy(1 / 1.3),
      },
      "−",
    ),
    h(
      "button",
      {
        type: "button",
        "aria-label": "Show the whole map",
        title: "Whole map (0)",
        onclick: () => view()?.resetView(),
      },
      "⤢",
    ),
  );
  pane.append(toolbar, legend(ctx), tooltip, details, banner);
  const describe = (t: MapTarget) => {
    const state = current();
    return state ? describeTarget(ctx, state, t) : null;
  };
  const showDetails = () => {
    const d = selected ? describe(selected) : null;
    details.hidden = !d;
    if (!d) return;
    mount(
      details,
      h(
        "div",
        { class: "details-head" },
        h("h3", {}, d.title),
        h(
          "button",
          {
            type: "button",
            class: "small",
            "aria-label": "Close details",
            onclick: () => {
              selected = null;
              showDetails();
            },
          },
          "×",
        ),
      ),
      h(
        "ul",
        {},
        d.lines.map((l) => h("li", {}, l)),
      ),
    );
  };
  return {
    hover(target, screen) {
      const d = target ? describe(target) : null;
      tooltip.hidden = !d;
      if (!d) return;
      mount(
        tooltip,
        h("strong", {}, d.title),
        d.lines.slice(0, 3).map((l) => h("div", {}, l)),
      );
      const maxX = pane.clientWidth - tooltip.offsetWidth - 8;
      tooltip.style.left = `${Math.max(8, Math.min(maxX, screen.x + 16))}px`;
      tooltip.style.top = `${Math.max(8, screen.y + 16)}px`;
    },
    select(target) {
      selected = target;
      showDetails();
    },
    refresh: showDetails,
    banner(text) {
      banner.hidden = text === null;
      banner.textContent = text ?? "";
    },
  };
}

function legend(ctx: UiContext): HTMLElement {
  const line = (cls: string) => h("span", { class: `legend-line ${cls}`, "aria-hidden": "true" });
  return h(
    "details",
    { id: "map-legend", class: "map-legend", open: window.innerHeight >= 850 },
    h("summary", {}, "Legend"),
    h(
      "ul",
      {},
      h("li", {}, line("open"), "Open corridor (width: capacity)"),
      h("li", {}, line("blocked"), "Blocked (dashed red)"),
      h("li", {}, line("closed"), "Closed (grey dots)"),
      h(
        "li",
        {},
        h("span", { class: "legend-dot", "aria-hidden": "true" }),
        "Moving dots: shipments, in the seller's colour",
      ),
      h(
        "li",
        {},
        h("span", { class: "legend-bar", "aria-hidden": "true" }),
        "Bars: influence in a contested region",
      ),
      h(
        "li",
        { class: "legend-agents" },
        ctx.rules.agents.map((a) => h("span", { class: "tag" }, swatch(a.color), a.id.toUpperCase())),
      ),
    ),
  );
}
