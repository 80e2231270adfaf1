/**
 * The game screen: keeps the sidebar's tabs, the map and the hand-off cover in step with the
 * controller, plays the turn animation before the report, runs the spectator's autoplay, and
 * hosts the replay viewer.
 */
import { type GameState, replay } from "../../engine/index.ts";
import { gameStart } from "../../game/save-file.ts";
import type { ControllerEvent } from "../controller.ts";
import { snapshot } from "../map/map-model.ts";
import type { MapView } from "../map/map-view.ts";
import { browserStore } from "../storage.ts";
import { TurnClock } from "../turn-clock.ts";
import { renderCharts } from "./charts-panel.ts";
import { ClockWidget } from "./clock.ts";
import type { UiContext } from "./context.ts";
import { h, mount } from "./dom.ts";
import { FacilitatorWidget } from "./facilitator.ts";
import { renderGoals } from "./goals-panel.ts";
import { Guide, guideSteps } from "./guide.ts";
import { renderHandoff } from "./handoff.ts";
import type { MapPane } from "./map-pane.ts";
import { newOrderMemory, renderOrderPanel } from "./order-panel.ts";
import { Presenter } from "./present.ts";
import { type ReplayState, renderReplay } from "./replay-panel.ts";
import { renderReport } from "./report-panel.ts";
import { exportDebrief, exportSaveFile } from "./save-actions.ts";
import type { Shell, Tab } from "./shell.ts";
import { clearToast, TABS } from "./shell.ts";
import { renderSpectate, type SpectateState } from "./spectate-panel.ts";
import { renderTables } from "./tables-panel.ts";
import { renderTopbar } from "./topbar.ts";

/** How long the turn animation plays before the report opens, ms. */
export const RESOLVE_MS = 1700;

/** The game screen's state and rendering. */
export class GameScreen {
  tab: Tab = "orders";
  private memory = newOrderMemory();
  private memoryOwner = "";
  private spectate: SpectateState = { playing: false, speed: 1 };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private resolving = false;
  private replayState: ReplayState | null = null;
  private readonly guide: Guide;
  private readonly clock: ClockWidget;
  private readonly facilitator: FacilitatorWidget;
  private readonly presenter: Presenter;
  /** The phase at the last render, to notice the device passing to the next team. */
  private lastPhase = "";

  constructor(
    private readonly shell: Shell,
    private readonly ctx: UiContext,
    private readonly map: () => MapView | null,
    private readonly pane: MapPane,
  ) {
    this.guide = new Guide(
      () => guideSteps(shell, ctx),
      (t) => this.pickTab(t),
      browserStore(),
    );
    this.clock = new ClockWidget(new TurnClock(() => performance.now()), (t) => ctx.app.toast(t));
    this.facilitator = new FacilitatorWidget(ctx);
    this.presenter = new Presenter(ctx);
    ctx.controller.subscribe((e) => this.on(e));
  }

  /** The state the map and tables show (a replayed one while replaying). */
  shownState(): GameState | null {
    if (this.replayState) return this.replayState.states[this.replayState.index] ?? null;
    return this.ctx.controller.active ? this.ctx.controller.state : null;
  }

  /** Choose a tab. */
  pickTab(tab: Tab): void {
    this.tab = tab;
    this.render();
  }

  /** Submit the orders on the panel; the last human's submit resolves the turn after the banner is painted. */
  submit(): void {
    const c = this.ctx.controller;
    const last = c.phase.kind === "orders" && c.humans().indexOf(c.phase.agent) === c.humans().length - 1;
    if (!last) {
      c.submit();
      return;
    }
    this.pane.banner("The other countries decide…");
    setTimeout(() => c.submit(), 30);
  }

  /** Leave the screen: stop autoplay and any replay. */
  leave(): void {
    this.guide.close();
    this.clock.hidePanel();
    this.facilitator.hidePanel();
    this.presenter.close();
    this.spectate.playing = false;
    clearTimeout(this.timer);
    this.replayState = null;
  }

  /** Enter the screen: draw everything for the current game. */
  enter(): void {
    this.replayState = null;
    this.tab = this.ctx.controller.phase.kind === "over" ? "goals" : "orders";
    this.drawMap(false);
    this.render();
  }

  /** Redraw every panel. */
  render(): void {
    const { ctx, shell } = this;
    const c = ctx.controller;
    renderTopbar(shell.topbar, ctx, () => this.openReplay(), [this.facilitator.button, this.clock.button], {
      seen: this.guide.seen,
      start: () => {
        // The tour is of the game's own screen: a replay in progress gives way to it.
        if (this.replayState) this.closeReplay();
        this.guide.start();
        this.render();
      },
    });
    // A message about the last player's orders ("Added: …") must not be left for the next one,
    // nor the facilitator's console left open as the device passes.
    if (c.phase.kind === "handoff") clearToast(shell);
    const phase = c.active ? `${c.state.turn}:${JSON.stringify(c.phase)}` : "";
    if (phase !== this.lastPhase && c.phase.kind === "handoff") this.facilitator.hidePanel();
    this.lastPhase = phase;
    // Nothing is left to inject into once the game is over.
    this.facilitator.button.disabled = c.active && c.phase.kind === "over";
    this.facilitator.refresh();
    renderHandoff(
      shell.cover,
      ctx,
      this.clock.readout(),
      this.facilitator.opener("facilitator-cover-button"),
    );
    const replaying = this.replayState !== null;
    shell.tablist.hidden = replaying;
    shell.replay.hidden = !replaying;
    for (const t of TABS) {
      const on = t === this.tab && !replaying;
      shell.tabButtons[t].setAttribute("aria-selected", String(on));
      shell.tabButtons[t].tabIndex = on ? 0 : -1;
      shell.panels[t].hidden = !on;
    }
    shell.tabButtons.orders.textContent = c.spectating ? "Spectate" : "Orders";
    if (this.replayState) {
      renderReplay(
        shell.replay,
        ctx,
        this.replayState,
        (i) => this.replayTo(i),
        () => this.closeReplay(),
      );
      return;
    }
    if (!c.active) return;
    const panel = shell.panels[this.tab];
    const state = c.state;
    if (this.tab === "orders") this.renderOrders(panel);
    else if (this.tab === "report")
      renderReport(panel, ctx, c.reports[c.reports.length - 1] ?? null, this.nextButton(), () =>
        this.presenter.start(),
      );
    else if (this.tab === "charts") void renderCharts(panel, ctx, gameStart(c.states), state);
    else if (this.tab === "tables") renderTables(panel, ctx, state);
    else renderGoals(panel, ctx, state, c.phase.kind === "over", this.endActions());
    this.pane.refresh();
  }

  private renderOrders(panel: HTMLElement): void {
    const c = this.ctx.controller;
    const phase = c.phase;
    if (c.spectating) {
      renderSpectate(
        panel,
        this.ctx,
        this.spectate,
        () => this.afterSpectateChange(),
        () => this.step(),
      );
    } else if (phase.kind === "orders") {
      // A fresh form for each player and turn: hot-seat players never see what the last one browsed.
      const owner = `${phase.agent}:${c.state.turn}`;
      if (this.memoryOwner !== owner) this.memory = newOrderMemory();
      this.memoryOwner = owner;
      renderOrderPanel(panel, this.ctx, phase.agent, this.memory);
    } else if (phase.kind === "resolved") {
      mount(
        panel,
        h("h2", {}, `Turn ${phase.turn} resolved`),
        h(
          "p",
          {},
          this.resolving ? "The turn is playing out on the map…" : "Orders are revealed in the Report tab.",
        ),
        this.nextButton(),
      );
    } else if (phase.kind === "over") {
      mount(
        panel,
        h("h2", {}, "Game over"),
        h("p", {}, "See Goals for the final ranking."),
        this.endActions(),
      );
    } else {
      mount(panel);
    }
  }

  private nextButton(): HTMLElement | null {
    const c = this.ctx.controller;
    if (c.phase.kind !== "resolved" || c.spectating) return null;
    const last = c.state.turn > c.state.turns;
    return h(
      "button",
      {
        type: "button",
        class: "primary big next-turn",
        disabled: this.resolving,
        onclick: () => {
          c.continueGame();
          this.tab = c.phase.kind === "over" ? "goals" : "orders";
          this.render();
        },
      },
      last ? "See the final results" : `Next turn (${c.state.turn} of ${c.state.turns})`,
    );
  }

  private endActions(): HTMLElement | null {
    if (this.ctx.controller.phase.kind !== "over") return null;
    return h(
      "div",
      { class: "inline" },
      h("button", { type: "button", class: "primary", onclick: () => this.openReplay() }, "Replay the game"),
      h("button", { type: "button", onclick: () => exportDebrief(this.ctx) }, "Debrief report"),
      h("button", { type: "button", onclick: () => exportSaveFile(this.ctx) }, "Save file"),
      h("button", { type: "button", onclick: () => this.ctx.app.show("setup") }, "New game"),
    );
  }

  private on(e: ControllerEvent): void {
    if (e === "resolved") {
      this.resolveAnimation();
      return;
    }
    if (e === "started" || e === "loaded") {
      this.replayState = null;
      this.tab = this.ctx.controller.phase.kind === "over" ? "goals" : "orders";
      this.drawMap(false);
    }
    if (e === "started") this.clock.reset();
    if (e === "started" && this.ctx.controller.humans().length > 0 && !this.guide.seen)
      this.ctx.app.toast("New here? The Guide button in the top bar shows where everything is.");
    this.render();
  }

  private resolveAnimation(): void {
    const c = this.ctx.controller;
    const report = c.reports[c.reports.length - 1];
    this.resolving = true;
    this.drawMap(true);
    this.pane.banner(`Turn ${report?.turn ?? ""}: orders resolve…`);
    this.render();
    const wait = c.spectating ? RESOLVE_MS / Math.max(1, this.spectate.speed) : RESOLVE_MS;
    setTimeout(() => {
      this.resolving = false;
      this.pane.banner(null);
      const events = report?.events ?? [];
      this.ctx.app.toast(
        events.length
          ? `Events: ${events.map((x) => x.name).join("; ")}`
          : `Turn ${report?.turn ?? ""} resolved.`,
      );
      if (!c.spectating) this.tab = "report";
      this.render();
      if (!c.spectating) this.shell.panels.report.querySelector<HTMLElement>(".next-turn")?.focus();
      this.schedule();
    }, wait);
  }

  private drawMap(animate: boolean): void {
    const s = this.shownState();
    if (s) this.map()?.show(snapshot(this.ctx.rules, s), animate);
  }

  private afterSpectateChange(): void {
    this.render();
    this.schedule(250);
  }

  private schedule(delay?: number): void {
    clearTimeout(this.timer);
    const c = this.ctx.controller;
    if (!this.spectate.playing || !c.spectating || c.phase.kind === "over" || this.resolving) return;
    this.timer = setTimeout(() => this.step(), delay ?? 900 / this.spectate.speed);
  }

  private step(): void {
    this.pane.banner("The AIs decide…");
    setTimeout(() => {
      this.ctx.controller.step();
      if (!this.resolving) this.pane.banner(null);
    }, 30);
  }

  private openReplay(): void {
    const c = this.ctx.controller;
    if (!c.log) return;
    this.leave();
    const r = replay(this.ctx.rules, c.log);
    this.replayState = {
      states: r.states,
      reports: r.reports,
      mismatch: r.mismatch,
      index: r.states.length - 1,
    };
    this.drawMap(false);
    this.render();
    this.shell.replay.querySelector<HTMLElement>("#replay-prev")?.focus();
  }

  private replayTo(i: number): void {
    const r = this.replayState;
    if (!r) return;
    const prev = r.index;
    r.index = Math.max(0, Math.min(r.states.length - 1, i));
    const focused = document.activeElement?.id;
    this.drawMap(r.index === prev + 1);
    this.render();
    if (focused) document.getElementById(focused)?.focus();
  }

  private closeReplay(): void {
    this.replayState = null;
    this.drawMap(false);
    this.render();
  }
}
