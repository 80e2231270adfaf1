/** Goals: each objective's attainment for the viewing country and, at the end, the ranking of all. */
import {
  type AgentId,
  type GameState,
  measureValue,
  possessive,
  type Standing,
  scores,
  standings,
} from "../../engine/index.ts";
import { indexRules } from "../../engine/rules-index.ts";
import { leadLine, signedMargin } from "../../game/standing-text.ts";
import { fmt } from "../preview.ts";
import type { UiContext } from "./context.ts";
import { fixed, h, mount, num, swatch } from "./dom.ts";

/** Render the goals (and the final ranking when the game is over) into `root`. */
export function renderGoals(
  root: HTMLElement,
  ctx: UiContext,
  state: GameState,
  over: boolean,
  actions: HTMLElement | null,
): void {
  const viewer = ctx.viewer();
  const sc = scores(state);
  const agents = new Map(ctx.rules.agents.map((a) => [a.id, a]));
  const table = standings(state, ctx.rules);
  const ranking = table.flatMap((s) => {
    const a = agents.get(s.agent);
    return a ? [{ a, s }] : [];
  });
  const top = table[0];
  mount(
    root,
    over ? h("h2", { id: "game-over-h" }, "Game over") : h("h2", {}, "Goals"),
    over && top ? h("p", { class: "winner" }, leadLine(ctx.rules, top, true, state.turn - 1)) : null,
    actions,
    over ? rankingTable(ctx, ranking) : null,
    over
      ? ctx.rules.agents.map((a) =>
          h(
            "details",
            { open: a.id === viewer },
            h("summary", {}, swatch(a.color), ` ${possessive(a.name)} goals`),
            goalTable(ctx, state, a.id),
          ),
        )
      : h(
          "section",
          {},
          h(
            "h3",
            {},
            `${ctx.name(viewer)}: score ${num(sc[viewer]?.total ?? 0, 1)} this turn, ${num(sc[viewer]?.mean ?? 0, 1)} over the game${parNote(table.find((x) => x.agent === viewer))}`,
          ),
          goalTable(ctx, state, viewer),
        ),
  );
}

/** " (par 86.9)" mid-game, when the scenario has a par. */
const parNote = (s: Standing | undefined): string =>
  s === undefined || s.par === null ? "" : ` (par ${fixed(s.par, 1)})`;

function rankingTable(
  ctx: UiContext,
  ranking: { a: { id: string; name: string; color: string }; s: Standing }[],
): HTMLElement {
  const par = ranking.some(({ s }) => s.par !== null);
  return h(
    "table",
    { class: "ranking", id: "ranking" },
    h(
      "caption",
      {},
      par
        ? "Final ranking: the game score (the mean over the turns) against par, what the Normal AI scores with the same country"
        : "Final ranking (mean score over the game)",
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Rank"),
        h("th", { scope: "col" }, "Country"),
        h("th", { scope: "col" }, "Game score"),
        par ? h("th", { scope: "col" }, "Par") : null,
        par ? h("th", { scope: "col" }, "Over par") : null,
        h("th", { scope: "col" }, "Last turn"),
      ),
    ),
    h(
      "tbody",
      {},
      ranking.map(({ a, s }, i) =>
        h(
          "tr",
          {},
          h("td", {}, String(i + 1)),
          h(
            "th",
            { scope: "row" },
            swatch(a.color),
            " ",
            a.name,
            ctx.controller.setup?.seats[a.id]?.kind === "human" ? " (human)" : "",
          ),
          h("td", { class: "num" }, fixed(s.score.mean, 1)),
          par ? h("td", { class: "num" }, s.par === null ? "" : fixed(s.par, 1)) : null,
          par ? h("td", { class: "num" }, signedMargin(s)) : null,
          h("td", { class: "num" }, fixed(s.score.total, 1)),
        ),
      ),
    ),
  );
}

/** One country's objectives: weight, current value, and attainment as a meter. */
export function goalTable(ctx: UiContext, state: GameState, agent: AgentId): HTMLElement {
  const ix = indexRules(ctx.rules);
  const objectives = ctx.rules.goals.agents[agent] ?? [];
  const score = state.scores[agent];
  const table = h(
    "table",
    { class: "goals" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Objective"),
        h("th", { scope: "col" }, "Weight"),
        h("th", { scope: "col" }, "Now"),
        h("th", { scope: "col" }, "Attained"),
      ),
    ),
    h(
      "tbody",
      {},
      objectives.map((o) => {
        const pct = score?.objectives[o.id] ?? 0;
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, o.text),
          h("td", { class: "num" }, String(o.weight)),
          h("td", { class: "num" }, fmt(measureValue(state, ix, agent, o))),
          h(
            "td",
            {},
            h("meter", {
              min: 0,
              max: 100,
              low: 34,
              high: 67,
              optimum: 100,
              value: pct,
              "aria-label": `${o.text}: ${Math.round(pct)}%`,
            }),
            ` ${Math.round(pct)}%`,
          ),
        );
      }),
    ),
  );
  const crisis =
    score && score.crisis > 0
      ? h("p", { class: "crisis" }, `A shared crisis costs everyone ${score.crisis} points this turn.`)
      : null;
  return h("div", {}, table, crisis);
}
