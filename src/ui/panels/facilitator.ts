/**
 * The facilitator's console: a top-bar button (and one on the hand-off cover) that opens a panel
 * to inject an event into this turn or a later one, with what the event does and how likely it is
 * now, and the schedule of injects (the facilitator's, which can be taken back until they fire,
 * and the scenario's own). The schedule is folded away whenever the panel opens, and the panel
 * closes when the device passes to the next team, so a team at the screen does not see it by chance.
 */
import type { GameEvent, Inject } from "../../engine/index.ts";
import { eventChance, eventEffectLines } from "../../game/event-text.ts";
import type { UiContext } from "./context.ts";
import { h, mount } from "./dom.ts";

/** The console's button and panel, kept across renders of the top bar. */
export class FacilitatorWidget {
  readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private event = "";
  private turn = 0;
  private showSchedule = false;
  private message = "";
  /** The id of the button that opened the panel, for focus to go back to. */
  private opened = "";
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") this.dismiss();
  };

  constructor(private readonly ctx: UiContext) {
    this.button = this.opener("facilitator-button");
    this.panel = h("div", {
      id: "facilitator-panel",
      class: "facilitator-panel",
      role: "dialog",
      "aria-label": "Facilitator",
      hidden: true,
    });
    document.body.append(this.panel);
  }

  /** A button that opens or closes the panel (the top bar's, or another for the hand-off cover). */
  opener(id: string): HTMLButtonElement {
    return h(
      "button",
      {
        type: "button",
        id,
        class: "facilitator-button",
        "aria-expanded": String(this.panel !== undefined && this.open),
        "aria-controls": "facilitator-panel",
        title: "Inject events and see the schedule of injects",
        onclick: (e) =>
          this.panel.hidden ? this.showPanel(e.currentTarget as HTMLElement) : this.hidePanel(),
      },
      "Facilitator",
    );
  }

  /** Whether the panel is open. */
  get open(): boolean {
    return !this.panel.hidden;
  }

  /** Put the panel away and fold the schedule. */
  hidePanel(): void {
    this.panel.hidden = true;
    this.showSchedule = false;
    this.message = "";
    for (const b of document.querySelectorAll(".facilitator-button"))
      b.setAttribute("aria-expanded", "false");
    document.removeEventListener("keydown", this.onKey);
  }

  /** Close the panel at the player's request, and give the focus back to the button that opened it. */
  private dismiss(): void {
    this.hidePanel();
    document.getElementById(this.opened)?.focus();
  }

  /** Redraw the panel for the game as it stands, if open. */
  refresh(): void {
    if (!this.panel.hidden) this.fill();
  }

  private showPanel(anchor: HTMLElement): void {
    const c = this.ctx.controller;
    if (!c.active || c.phase.kind === "over") return;
    // Under the top bar's button; opened from the hand-off cover, at the top right of the window.
    const r = anchor.getBoundingClientRect();
    const inBar = r.bottom < 100;
    const top = inBar ? r.bottom + 6 : 12;
    this.panel.style.top = `${top}px`;
    this.panel.style.right = `${inBar ? Math.max(8, window.innerWidth - r.right) : 12}px`;
    this.panel.style.maxHeight = `${window.innerHeight - top - 12}px`;
    this.panel.hidden = false;
    this.opened = anchor.id;
    anchor.setAttribute("aria-expanded", "true");
    document.addEventListener("keydown", this.onKey);
    this.showSchedule = false;
    this.message = "";
    this.fill();
    this.panel.querySelector<HTMLElement>("#inject-event")?.focus();
  }

  private fill(): void {
    const { ctx } = this;
    const c = ctx.controller;
    if (!c.active || c.phase.kind === "over") {
      this.hidePanel();
      return;
    }
    const s = c.state;
    const events = ctx.rules.events;
    if (!events.some((e) => e.id === this.event)) this.event = events[0]?.id ?? "";
    if (this.turn < s.turn || this.turn > s.turns) this.turn = s.turn;
    const chosen = events.find((e) => e.id === this.event);
    const focused = document.activeElement?.id;
    mount(
      this.panel,
      h("h2", {}, "Facilitator"),
      h("h3", {}, "Inject an event"),
      h(
        "label",
        { for: "inject-event" },
        "Event",
        h(
          "select",
          {
            id: "inject-event",
            onchange: (e) => {
              this.event = (e.target as HTMLSelectElement).value;
              this.message = "";
              this.fill();
            },
          },
          events.map((e) => h("option", { value: e.id, selected: e.id === this.event }, e.name)),
        ),
      ),
      chosen ? this.about(chosen) : null,
      h(
        "div",
        { class: "inline" },
        h(
          "label",
          { for: "inject-turn" },
          "Turn ",
          h(
            "select",
            {
              id: "inject-turn",
              onchange: (e) => {
                this.turn = Number((e.target as HTMLSelectElement).value);
                this.message = "";
                this.fill();
              },
            },
            Array.from({ length: s.turns - s.turn + 1 }, (_, i) => s.turn + i).map((t) =>
              h(
                "option",
                { value: String(t), selected: t === this.turn },
                t === s.turn ? `This turn (${t})` : String(t),
              ),
            ),
          ),
        ),
        h(
          "button",
          { type: "button", id: "inject-add", class: "primary", onclick: () => this.add() },
          "Inject",
        ),
      ),
      h("p", { class: "inject-message", role: "status" }, this.message),
      h(
        "p",
        { class: "hint" },
        "It fires in that turn's events phase, after the orders, whatever its odds. The teams see it in the turn's report, marked as injected, and not before.",
      ),
      this.schedule(),
      h("div", { class: "inline" }, h("button", { type: "button", onclick: () => this.dismiss() }, "Close")),
    );
    if (focused) this.panel.querySelector<HTMLElement>(`#${focused}`)?.focus();
  }

  /** What the chosen event says and does, and its chance now. */
  private about(e: GameEvent): HTMLElement {
    const { rules, controller } = this.ctx;
    return h(
      "div",
      { class: "inject-about" },
      h("p", {}, e.text),
      h(
        "ul",
        {},
        eventEffectLines(rules, e).map((line) => h("li", {}, line)),
      ),
      h(
        "p",
        { class: "muted" },
        `By its odds: ${eventChance(controller.state, rules, e)}${e.crisis ? " · a crisis" : ""}.`,
      ),
    );
  }

  /** The schedule, folded until asked for. */
  private schedule(): HTMLElement {
    const { ctx } = this;
    const c = ctx.controller;
    const mine = c.injects();
    const now = c.state.turn;
    const theirs = c.state.injects.filter((x) => x.turn >= now);
    const toggle = h(
      "button",
      {
        type: "button",
        id: "inject-schedule-toggle",
        "aria-expanded": String(this.showSchedule),
        onclick: () => {
          this.showSchedule = !this.showSchedule;
          this.fill();
        },
      },
      this.showSchedule ? "Hide the schedule" : `Show the schedule (${mine.length + theirs.length})`,
    );
    if (!this.showSchedule) return h("div", { class: "inject-schedule" }, toggle);
    const line = (x: Inject): string => `Turn ${x.turn} · ${ctx.name(x.event)}`;
    return h(
      "div",
      { class: "inject-schedule" },
      toggle,
      h("h3", {}, "Your injects"),
      mine.length === 0
        ? h("p", { class: "muted" }, "None yet.")
        : h(
            "ul",
            { id: "inject-list" },
            mine.map((x, i) =>
              h(
                "li",
                {},
                line(x),
                x.turn < now
                  ? h("span", { class: "muted" }, " (fired)")
                  : h(
                      "button",
                      {
                        type: "button",
                        class: "small",
                        "aria-label": `Cancel ${line(x)}`,
                        onclick: () => {
                          const why = c.cancelInject(i);
                          this.message = why ?? `${ctx.name(x.event)} in turn ${x.turn} is cancelled.`;
                          this.fill();
                        },
                      },
                      "Cancel",
                    ),
              ),
            ),
          ),
      h("h3", {}, "The scenario's, still to come"),
      theirs.length === 0
        ? h("p", { class: "muted" }, "None.")
        : h(
            "ul",
            { id: "scenario-injects" },
            theirs.map((x) => h("li", {}, line(x))),
          ),
    );
  }

  private add(): void {
    const c = this.ctx.controller;
    const why = c.addInject(this.event, this.turn);
    this.message =
      why ??
      `${this.ctx.name(this.event)} will fire in ${this.turn === c.state.turn ? "this turn" : `turn ${this.turn}`}.`;
    this.fill();
  }
}
