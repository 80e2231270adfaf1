/** The new-game form: scenario, seed, number of turns, and who plays each country. */
import { parAfter } from "../../engine/index.ts";
import { DIFFICULTIES, type GameSetup, type Seat } from "../../game/game-setup.ts";
import { randomSeed } from "../random-seed.ts";
import type { UiContext } from "./context.ts";
import { fixed, h, mount, swatch } from "./dom.ts";

const seatValue = (s: Seat): string => (s.kind === "human" ? "human" : `ai-${s.difficulty}`);
const seatOf = (v: string): Seat =>
  v === "human"
    ? { kind: "human" }
    : { kind: "ai", difficulty: DIFFICULTIES.find((d) => `ai-${d}` === v) ?? "normal" };

/** Render the setup form, starting from `setup`; `start` is called with the setup the player chose. */
export function renderSetup(
  root: HTMLElement,
  ctx: UiContext,
  setup: GameSetup,
  start: (s: GameSetup) => string[],
): void {
  const { rules } = ctx;
  const state: GameSetup = { ...setup, seats: { ...setup.seats } };
  const problems = h("div", { class: "problems", role: "alert" });
  const description = h("p", { class: "scenario-desc", id: "scenario-desc" });
  // Each country's par at the end: how much its goals come to when the Normal AI plays it.
  const parCells = new Map(rules.agents.map((a) => [a.id, h("td", { class: "num par" })]));
  const showPar = () => {
    const par = parAfter(rules, state.scenario, state.turns);
    for (const [id, td] of parCells)
      td.textContent = par?.[id] === undefined ? "" : `par ${fixed(par[id], 1)}`;
  };
  const showScenario = () => {
    const sc = rules.scenarios.find((s) => s.id === state.scenario);
    description.textContent = sc?.description ?? "";
    showPar();
  };
  const scenario = h(
    "select",
    {
      id: "setup-scenario",
      "aria-describedby": "scenario-desc",
      onchange: (e) => {
        state.scenario = (e.target as HTMLSelectElement).value;
        const sc = rules.scenarios.find((s) => s.id === state.scenario);
        if (sc) turns.value = String(sc.turns);
        state.turns = Number(turns.value);
        showScenario();
      },
    },
    rules.scenarios.map((s) => h("option", { value: s.id, selected: s.id === state.scenario }, s.name)),
  );
  const seed = h("input", {
    id: "setup-seed",
    type: "text",
    value: state.seed,
    autocomplete: "off",
    spellcheck: "false",
    oninput: (e) => {
      state.seed = (e.target as HTMLInputElement).value;
    },
  });
  const turns = h("input", {
    id: "setup-turns",
    type: "number",
    min: 1,
    max: 60,
    value: state.turns,
    oninput: (e) => {
      state.turns = Number((e.target as HTMLInputElement).value);
      showPar();
    },
  });
  const seatSelects = rules.agents.map((a) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, swatch(a.color), " ", a.name),
      h(
        "td",
        {},
        h(
          "select",
          {
            id: `seat-${a.id}`,
            "aria-label": `Who plays ${a.name}`,
            onchange: (e) => {
              state.seats[a.id] = seatOf((e.target as HTMLSelectElement).value);
            },
          },
          h(
            "option",
            { value: "human", selected: seatValue(state.seats[a.id] ?? { kind: "human" }) === "human" },
            "Human",
          ),
          DIFFICULTIES.map((d) =>
            h(
              "option",
              { value: `ai-${d}`, selected: seatValue(state.seats[a.id] ?? { kind: "human" }) === `ai-${d}` },
              `AI — ${d}`,
            ),
          ),
        ),
      ),
      parCells.get(a.id) ?? null,
    ),
  );
  const setAll = (seat: Seat) => {
    for (const a of rules.agents) state.seats[a.id] = seat;
    renderSetup(root, ctx, state, start);
  };
  showScenario();
  mount(
    root,
    h(
      "form",
      {
        class: "setup-card",
        "aria-labelledby": "setup-h",
        onsubmit: (e) => {
          e.preventDefault();
          const found = start(state);
          mount(
            problems,
            found.length
              ? h(
                  "ul",
                  {},
                  found.map((p) => h("li", {}, p)),
                )
              : null,
          );
        },
      },
      h("h1", { id: "setup-h" }, "New game"),
      h("div", { class: "field" }, h("label", { for: "setup-scenario" }, "Scenario"), scenario),
      description,
      h(
        "div",
        { class: "field-row" },
        h(
          "div",
          { class: "field" },
          h("label", { for: "setup-seed" }, "Seed"),
          h(
            "div",
            { class: "inline" },
            seed,
            h(
              "button",
              {
                type: "button",
                onclick: () => {
                  state.seed = randomSeed();
                  seed.value = state.seed;
                },
              },
              "New seed",
            ),
          ),
          h("p", { class: "hint" }, "The same seed and orders always give the same game."),
        ),
        h("div", { class: "field" }, h("label", { for: "setup-turns" }, "Turns"), turns),
      ),
      h(
        "fieldset",
        {},
        h("legend", {}, "Who plays each country"),
        h(
          "p",
          { class: "hint" },
          "One human: solo. Several: hot-seat, passing the device between turns. None: watch the AIs. Par is what the Normal AI scores with a country by the last turn; the winner is the country furthest above its par.",
        ),
        h(
          "div",
          { class: "inline" },
          h(
            "button",
            { type: "button", onclick: () => setAll({ kind: "ai", difficulty: "normal" }) },
            "All AI",
          ),
          h("button", { type: "button", onclick: () => setAll({ kind: "human" }) }, "All human"),
        ),
        h("table", { class: "seats" }, h("tbody", {}, seatSelects)),
      ),
      problems,
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", onclick: () => ctx.app.show("title") }, "Back"),
        h("button", { type: "submit", class: "primary big" }, "Start the game"),
      ),
    ),
  );
}
