/** The top bar: the turn, whose move it is, the autosave status, and the game menu. */
import { sentence } from "../../engine/index.ts";
import type { UiContext } from "./context.ts";
import { h, mount, swatch } from "./dom.ts";
import { exportSaveFile, pickSaveFile } from "./save-actions.ts";

/** Render the top bar; `replay` opens the replay viewer, `tools` are the facilitator's and the clock's buttons, `guide` the tour. */
export function renderTopbar(
  root: HTMLElement,
  ctx: UiContext,
  replay: () => void,
  tools: HTMLElement[],
  guide: { start(): void; seen: boolean },
): void {
  const c = ctx.controller;
  if (!c.active) {
    mount(root);
    return;
  }
  const s = c.state;
  const scenario = ctx.rules.scenarios.find((x) => x.id === s.scenario)?.name ?? s.scenario;
  const phase = c.phase;
  const who =
    phase.kind === "orders"
      ? h("span", {}, swatch(ctx.color(phase.agent)), ` ${sentence(ctx.inText(phase.agent))} gives orders`)
      : phase.kind === "handoff"
        ? `Waiting for ${ctx.inText(phase.agent)}`
        : phase.kind === "over"
          ? "Game over"
          : phase.kind === "resolved"
            ? `Turn ${phase.turn} resolved`
            : c.spectating
              ? "Watching the AIs"
              : "";
  mount(
    root,
    h("div", { class: "brand" }, "Corridors"),
    h(
      "div",
      { class: "turn", id: "turn-counter" },
      phase.kind === "over" ? `${s.turns} turns played` : `Turn ${s.turn} of ${s.turns}`,
    ),
    h(
      "div",
      { class: "scenario", title: `${scenario} · seed ${s.seed}` },
      scenario,
      h("span", { class: "seed" }, ` · seed ${s.seed}`),
    ),
    h("div", { class: "who", "aria-live": "polite" }, who),
    h("div", { class: "status", id: "save-status", title: c.saveStatus }, c.saveStatus),
    h(
      "nav",
      { class: "menu-bar", "aria-label": "Game menu" },
      h("button", { type: "button", onclick: () => exportSaveFile(ctx) }, "Save file"),
      h("button", { type: "button", onclick: () => pickSaveFile(ctx, () => ctx.app.refresh()) }, "Load file"),
      h(
        "button",
        {
          type: "button",
          disabled: c.reports.length === 0 || phase.kind === "orders" || phase.kind === "handoff",
          onclick: replay,
          title: "Step through the turns played so far",
        },
        "Replay",
      ),
      tools,
      h(
        "button",
        {
          type: "button",
          id: "guide-button",
          // Pointed out until a player has opened it once.
          class: guide.seen ? "" : "primary",
          disabled: c.humans().length === 0,
          title: "A short tour of the screen",
          onclick: () => guide.start(),
        },
        "Guide",
      ),
      h("button", { type: "button", onclick: () => ctx.app.show("title") }, "Menu"),
    ),
  );
}
