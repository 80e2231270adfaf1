/** Spectator controls: play, pause, speed and step through an AI-against-AI game. */
import { standings } from "../../engine/index.ts";
import { signedMargin } from "../../game/standing-text.ts";
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
  const agents = new Map(ctx.rules.agents.map((a) => [a.id, a]));
  const table = standings(c.state, ctx.rules);
  const par = table.some((x) => x.par !== null);
  const rows = table.flatMap((s) => {
    const a = agents.get(s.agent);
    return a ? [{ a, s }] : [];
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
          par
            ? h(
                "th",
                { scope: "col", title: "the game score less par, what the Normal AI scores" },
                "Over par",
              )
            : null,
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
            h("td", { class: "num" }, fixed(s.score.total, 1)),
            h("td", { class: "num" }, fixed(s.score.mean, 1)),
            par ? h("td", { class: "num" }, signedMargin(s)) : null,
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
