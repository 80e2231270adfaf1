/**
 * The browser app: loads and validates the bundled rules, builds the page frame, starts the map,
 * and switches between the title, setup and game screens. Exposes a small debug hook on window.
 */
/// <reference types="vite/client" />
import mapUrl from "../../assets/map.json?url";
import { type AgentId, createGame, hashState, type Rules } from "../engine/index.ts";
import { defaultSetup, type GameSetup } from "../game/game-setup.ts";
import { loadBundledRules } from "../rules/bundled.ts";
import { formatProblem, type Problem } from "../rules/problem.ts";
import { aiOrders } from "./ai-seat.ts";
import { GameController } from "./controller.ts";
import { buildGeometry, snapshot } from "./map/map-model.ts";
import { MapView } from "./map/map-view.ts";
import type { MapData } from "./map/projection.ts";
import type { AppActions, UiContext } from "./panels/context.ts";
import { lookups } from "./panels/context.ts";
import { h, mount } from "./panels/dom.ts";
import { GameScreen } from "./panels/game-screen.ts";
import { buildMapPane } from "./panels/map-pane.ts";
import { renderSetup } from "./panels/setup-screen.ts";
import { buildShell, showError, showToast } from "./panels/shell.ts";
import { renderTitle } from "./panels/title-screen.ts";
import { randomSeed } from "./random-seed.ts";
import { browserStore } from "./storage.ts";

/** What tests and tools can read from the page. */
export interface DebugHook {
  hashState(): string | null;
  state(): unknown;
  log(): unknown;
  firstFrameAt: number | null;
  fps(): number;
  renderer(): string;
  problems: Problem[];
}

declare global {
  interface Window {
    __corridors?: DebugHook;
  }
}

/** Start the game in `root`. */
export async function startApp(root: HTMLElement): Promise<void> {
  const { rules, problems } = loadBundledRules();
  const hook: DebugHook = {
    hashState: () => null,
    state: () => null,
    log: () => null,
    firstFrameAt: null,
    fps: () => 0,
    renderer: () => "",
    problems,
  };
  window.__corridors = hook;
  if (!rules) {
    renderRulesProblems(root, problems);
    return;
  }
  const controller = new GameController(rules, browserStore(), aiOrders);
  let map: MapView | null = null;
  let screen: GameScreen | null = null;
  let viewAs: AgentId | null = null;
  let setup: GameSetup = defaultSetup(rules, randomSeed());
  const shell = buildShell(root, (tab) => screen?.pickTab(tab));
  const app: AppActions = {
    show: (s) => show(s),
    toast: (text) => showToast(shell, text),
    error: (title, text) => showError(shell, title, text),
    notice: (title, text) => showError(shell, title, text, true),
    focusMap: (target) => {
      map?.focus(target);
      pane.select(target);
    },
    refresh: () => screen?.render(),
    submit: () => screen?.submit(),
  };
  const ctx: UiContext = {
    rules,
    controller,
    app,
    ...lookups(rules),
    viewer: () => {
      const phase = controller.phase;
      if (phase.kind === "orders") return phase.agent;
      return viewAs ?? controller.humans()[0] ?? rules.agents[0]?.id ?? "";
    },
    setViewer: (agent) => {
      viewAs = agent;
      screen?.render();
    },
  };
  const pane = buildMapPane(
    shell.mapPane,
    ctx,
    () => map,
    () => screen?.shownState() ?? demo(rules),
  );
  screen = new GameScreen(shell, ctx, () => map, pane);

  function show(s: "title" | "setup" | "game"): void {
    document.body.dataset.screen = s;
    shell.front.hidden = s === "game";
    if (s !== "game") screen?.leave();
    if (s === "title")
      renderTitle(shell.front, ctx, () => {
        setup = { ...defaultSetup(rules as Rules, randomSeed(), null) };
        show("setup");
      });
    else if (s === "setup")
      renderSetup(shell.front, ctx, setup, (chosen) => {
        setup = chosen;
        const found = controller.newGame(chosen);
        if (found.length === 0) show("game");
        return found;
      });
    else screen?.enter();
    map?.setHud(s === "game");
    if (s !== "game") {
      mount(shell.topbar);
      map?.show(snapshot(rules as Rules, controller.active ? controller.state : demo(rules as Rules)), false);
    }
    (shell.front.querySelector("button, select, input") as HTMLElement | null)?.focus();
  }

  hook.hashState = () => (controller.active ? hashState(controller.state) : null);
  hook.state = () => (controller.active ? controller.state : null);
  hook.log = () => controller.log;
  hook.fps = () => map?.fps() ?? 0;
  hook.renderer = () => map?.rendererName() ?? "";
  show("title");
  if (problems.length > 0)
    app.toast(
      `The rules loaded with ${problems.length} warning(s): ${problems.map(formatProblem).join("; ")}`,
    );
  const data = (await (await fetch(mapUrl)).json()) as MapData;
  const geo = buildGeometry(rules, data);
  map = new MapView(shell.map, rules, geo, {
    hover: (t, p) => pane.hover(t, p),
    select: (t) => pane.select(t),
    firstFrame: () => {
      hook.firstFrameAt = performance.now();
    },
  });
  map.show(snapshot(rules, controller.active ? controller.state : demo(rules)), false);
  map.setHud(document.body.dataset.screen === "game");
}

let demoState: ReturnType<typeof createGame> | null = null;

/** A game state to show behind the title screen. */
function demo(rules: Rules): ReturnType<typeof createGame> {
  demoState ??= createGame(rules, { seed: "title", scenario: rules.scenarios[0]?.id ?? "" });
  return demoState;
}

function renderRulesProblems(root: HTMLElement, problems: Problem[]): void {
  mount(
    root,
    h(
      "main",
      { class: "rules-problems", role: "alert" },
      h("h1", {}, "The game's rules have problems"),
      h(
        "p",
        {},
        "The rules data under rules/ did not pass validation, so the game cannot start. Fix these and reload:",
      ),
      h(
        "ul",
        {},
        problems.map((p) => h("li", {}, h("code", {}, formatProblem(p)))),
      ),
    ),
  );
}
