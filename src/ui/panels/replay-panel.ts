/** The replay viewer's controls: step through the turns played, as the engine replays them from the log. */
import type { GameState, TurnReport } from "../../engine/index.ts";
import type { UiContext } from "./context.ts";
import { h, mount } from "./dom.ts";
import { renderReport } from "./report-panel.ts";

/** A replay in progress. */
export interface ReplayState {
  states: GameState[];
  reports: TurnReport[];
  mismatch: number | null;
  /** The state shown: 0 is the start, i the state after turn i. */
  index: number;
}

/** Render the controls and the report of the shown turn into `root`. */
export function renderReplay(
  root: HTMLElement,
  ctx: UiContext,
  r: ReplayState,
  go: (i: number) => void,
  exit: () => void,
): void {
  const last = r.states.length - 1;
  const controls = h(
    "div",
    { class: "replay-controls", role: "group", "aria-label": "Replay controls" },
    h(
      "button",
      { type: "button", "aria-label": "First turn", disabled: r.index === 0, onclick: () => go(0) },
      "«",
    ),
    h(
      "button",
      {
        type: "button",
        id: "replay-prev",
        "aria-label": "Previous turn",
        disabled: r.index === 0,
        onclick: () => go(r.index - 1),
      },
      "◀",
    ),
    h("input", {
      type: "range",
      id: "replay-turn",
      min: 0,
      max: last,
      value: r.index,
      "aria-label": "Turn shown",
      oninput: (e) => go(Number((e.target as HTMLInputElement).value)),
    }),
    h(
      "button",
      {
        type: "button",
        id: "replay-next",
        "aria-label": "Next turn",
        disabled: r.index === last,
        onclick: () => go(r.index + 1),
      },
      "▶",
    ),
    h(
      "button",
      { type: "button", "aria-label": "Last turn", disabled: r.index === last, onclick: () => go(last) },
      "»",
    ),
  );
  const body = h("div", {});
  renderReport(body, ctx, r.index > 0 ? (r.reports[r.index - 1] ?? null) : null, null);
  mount(
    root,
    h("h2", { id: "replay-h" }, r.index === 0 ? "Replay: the start" : `Replay: after turn ${r.index}`),
    h(
      "p",
      { class: r.mismatch === null ? "ok" : "reason" },
      r.mismatch === null
        ? `Replayed by the engine from the log: all ${r.reports.length} turn hashes match.`
        : `The replay differs from the log at turn ${r.mismatch}.`,
    ),
    controls,
    h("button", { type: "button", class: "primary", id: "replay-exit", onclick: exit }, "Back to the game"),
    body,
  );
}
