/** The title screen: new game, continue a recent game from its autosave, load a save file, watch the AIs play. */

import type { UiContext } from "./context.ts";
import { h, mount } from "./dom.ts";
import { pickSaveFile } from "./save-actions.ts";

/** Render the title screen into `root`. */
export function renderTitle(root: HTMLElement, ctx: UiContext, onSpectate: () => void): void {
  const c = ctx.controller;
  const saved = c.autosaves();
  const resume = (id: string) => () => {
    const error = c.loadAutosave(id);
    if (error) {
      ctx.app.error("Cannot continue", error);
      return;
    }
    ctx.app.show("game");
    if (c.takenOver) ctx.app.notice("Saved game from an earlier version", c.takenOver);
  };
  const [latest, ...earlier] = saved;
  const continueLatest = latest
    ? h(
        "button",
        { class: "big", onclick: resume(latest.id) },
        "Continue the saved game",
        h("span", { class: "sub" }, latest.summary),
      )
    : null;
  // Each recent game keeps its own autosave: a new game never overwrites the last one's.
  const continueEarlier =
    earlier.length > 0
      ? h(
          "details",
          { class: "earlier-games" },
          h("summary", {}, `Earlier games (${earlier.length})`),
          h(
            "ul",
            {},
            ...earlier.map((g) =>
              h("li", {}, h("button", { onclick: resume(g.id) }, `Continue: ${g.summary}`)),
            ),
          ),
        )
      : null;
  mount(
    root,
    h(
      "div",
      { class: "title-card" },
      h("p", { class: "kicker" }, "A game of Eurasia's rare-earth corridors"),
      h("h1", { class: "title" }, "Corridors"),
      h(
        "p",
        { class: "tagline" },
        "Seven powers, four tension tracks, and the rail lines, ports and pipelines that carry Central Asia's critical minerals to market. Give secret orders, then watch them resolve together.",
      ),
      h(
        "nav",
        { class: "menu", "aria-label": "Main menu" },
        continueLatest,
        continueEarlier,
        h("button", { class: "big primary", onclick: () => ctx.app.show("setup") }, "New game"),
        h(
          "button",
          { class: "big", onclick: () => pickSaveFile(ctx, () => ctx.app.show("game")) },
          "Load a save file…",
        ),
        h("button", { class: "big", onclick: onSpectate }, "Watch the AIs play"),
      ),
      howToPlay(),
    ),
  );
}

function howToPlay(): HTMLElement {
  return h(
    "details",
    { class: "how" },
    h("summary", {}, "How to play"),
    h(
      "ol",
      {},
      h("li", {}, "Pick a country (or several, for hot-seat play) and the AI level of the others."),
      h(
        "li",
        {},
        "Each turn, spend your action points and capital on orders: invest, broker peace, block or reopen corridors, reroute exports, sanction, sign agreements, exert soft power. The panel previews what each order would do.",
      ),
      h(
        "li",
        {},
        "All countries' orders resolve together. The map animates the new flows; the report explains every change with its cause.",
      ),
      h(
        "li",
        {},
        "Your score is the weighted attainment of your country's goals, averaged over the turns. You win by finishing furthest above your par, what the Normal AI scores with the same country. The game autosaves every turn.",
      ),
    ),
    h(
      "p",
      {},
      "Map keys: arrows or WASD pan, + and − zoom, 0 shows the whole map. Every fact on the map is also in the Tables tab.",
    ),
  );
}
