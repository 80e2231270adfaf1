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
  /** The state shown: 0 is where the replay starts, i the state after its i-th turn. */
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
  // A game taken over from a save replays from the saved state, not from turn 1.
  const before = (r.states[0]?.turn ?? 1) - 1;
  const shown = before + r.index;
  const heading = shown === 0 ? "Replay: the start" : `Replay: after turn ${shown}`;
  const n = r.reports.length;
  const match = n === 1 ? "the turn's hash matches" : `all ${n} turn hashes match`;
  const status =
    r.mismatch !== null
      ? `The replay differs from the log at turn ${r.mismatch}.`
      : before === 0
        ? `Replayed by the engine from the log: ${match}.`
        : n === 0
          ? `This version took the game over from its saved state after turn ${before}: there is no turn to replay yet.`
          : `Replayed by the engine from the saved state after turn ${before}, where this version took the game over: ${match}.`;
  mount(
    root,
    h("h2", { id: "replay-h" }, heading),
    h("p", { class: r.mismatch === null ? "ok" : "reason" }, status),
    controls,
    h("button", { type: "button", class: "primary", id: "replay-exit", onclick: exit }, "Back to the game"),
    body,
  );
}
