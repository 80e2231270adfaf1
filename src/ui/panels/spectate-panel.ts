/** Spectator controls: play, pause, speed and step through an AI-against-AI game. */
import { ranking, scores } from "../../engine/index.ts";
import type { UiContext } from "./context.ts";
import { fixed, h, mount, swatch } from "./dom.ts";
import { viewerPicker } from "./report-panel.ts";

/** The autoplay settings the game screen keeps. */
export interface SpectateState {
  playing: boolean;
  speed: number;
}

/** The speeds on offer. */
export const SPEEDS = [0.5, 1, 2, 4];

/** Render the controls; `changed` is called after any setting changes, `step` plays one turn. */
export function renderSpectate(
  root: HTMLElement,
  ctx: UiContext,
  sp: SpectateState,
  changed: () => void,
  step: () => void,
): void {
  const c = ctx.controller;
  const over = c.phase.kind === "over";
  mount(
    root,
    h("h2", {}, "Watching the AIs"),
    h(
      "p",
      { class: "hint" },
      over
        ? "The game is over: see Goals for the ranking."
        : `Next: turn ${c.state.turn} of ${c.state.turns}.`,
    ),
    h(
      "div",
      { class: "inline" },
      h(
        "button",
        {
          type: "button",
          id: "spectate-play",
          class: "primary",
          disabled: over,
          "aria-pressed": sp.playing ? "true" : "false",
          onclick: () => {
            sp.playing = !sp.playing;
            changed();
          },
        },
        sp.playing ? "Pause" : "Play",
      ),
      h(
        "button",
        { type: "button", id: "spectate-step", disabled: over || sp.playing, onclick: step },
        "Step one turn",
      ),
    ),
    h(
      "div",
      { class: "field inline" },
      h("label", { for: "spectate-speed" }, "Speed"),
      h(
        "select",
        {
          id: "spectate-speed",
          onchange: (e) => {
            sp.speed = Number((e.target as HTMLSelectElement).value);
            changed();
          },
        },
        SPEEDS.map((s) => h("option", { value: s, selected: s === sp.speed }, `${s}×`)),
      ),
    ),
    viewerPicker(ctx),
    scoreboard(ctx),
  );
}

/** The standings and the last turn's events, at a glance. */
function scoreboard(ctx: UiContext): HTMLElement {
  const c = ctx.controller;
  const sc = scores(c.state);
  const agents = new Map(ctx.rules.agents.map((a) => [a.id, a]));
  const rows = ranking(c.state).flatMap((id) => {
    const a = agents.get(id);
    return a ? [{ a, s: sc[id] }] : [];
  });
  const last = c.reports[c.reports.length - 1];
  return h(
    "section",
    { "aria-labelledby": "standings-h" },
    h("h3", { id: "standings-h" }, "Standings"),
    h(
      "table",
      { class: "scores" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Country"),
          h("th", { scope: "col" }, "This turn"),
          h("th", { scope: "col" }, "Game"),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map(({ a, s }) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, swatch(a.color), " ", a.name),
            h("td", { class: "num" }, fixed(s?.total ?? 0, 1)),
            h("td", { class: "num" }, fixed(s?.mean ?? 0, 1)),
          ),
        ),
      ),
    ),
    last ? h("h3", {}, `Turn ${last.turn} events`) : null,
    last
      ? last.events.length
        ? h(
            "ul",
            { class: "events" },
            last.events.map((e) => h("li", {}, h("strong", {}, e.name), ": ", e.text)),
          )
        : h("p", { class: "hint" }, "No event.")
      : null,
  );
}
