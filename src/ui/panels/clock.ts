/**
 * The instructor's clock on screen: a top-bar button that shows the time left once the clock is
 * in use, and a small panel to set its length, start, pause and reset it. The hand-off cover
 * shows the time left too (any element with the class `clock-readout`). When the time is up it
 * says so once; the game itself goes on as the instructor decides.
 */
import { CLOCK_MINUTES, type TurnClock } from "../turn-clock.ts";
import { h } from "./dom.ts";

/** The clock's button and panel, kept across renders of the top bar. */
export class ClockWidget {
  readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private wasOver = false;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") this.dismiss();
  };

  constructor(
    readonly clock: TurnClock,
    private readonly toast: (text: string) => void,
  ) {
    this.button = h(
      "button",
      {
        type: "button",
        id: "clock-button",
        class: "clock-button",
        "aria-expanded": "false",
        "aria-controls": "clock-panel",
        title: "The instructor's clock for a turn",
        onclick: () => (this.panel.hidden ? this.showPanel() : this.hidePanel()),
      },
      "Clock",
    );
    this.panel = h("div", {
      id: "clock-panel",
      class: "clock-panel",
      role: "group",
      "aria-label": "Clock",
      hidden: true,
    });
    document.body.append(this.panel);
    setInterval(() => this.update(), 250);
  }

  /** Back to the full length, stopped (a new game). */
  reset(): void {
    this.clock.reset();
    this.update();
  }

  /** The time left as the hand-off cover shows it, or null while the clock is not in use. */
  readout(): HTMLElement | null {
    return this.clock.idle ? null : h("p", { class: "clock-readout" }, this.label());
  }

  private label(): string {
    return this.clock.over
      ? "Time is up"
      : `${this.clock.text()} left${this.clock.running ? "" : " (paused)"}`;
  }

  private update(): void {
    const c = this.clock;
    this.button.textContent = c.idle ? "Clock" : c.over ? "0:00" : c.text();
    this.button.classList.toggle("running", c.running);
    this.button.classList.toggle("over", c.over);
    for (const el of document.querySelectorAll<HTMLElement>(".clock-readout")) el.textContent = this.label();
    if (c.over && !this.wasOver) this.toast("Time is up.");
    this.wasOver = c.over;
    if (!this.panel.hidden) this.fillPanel();
  }

  private showPanel(): void {
    const r = this.button.getBoundingClientRect();
    this.panel.style.top = `${r.bottom + 6}px`;
    this.panel.style.right = `${Math.max(8, window.innerWidth - r.right)}px`;
    this.panel.hidden = false;
    this.button.setAttribute("aria-expanded", "true");
    document.addEventListener("keydown", this.onKey);
    this.fillPanel();
    this.panel.querySelector<HTMLElement>("#clock-start")?.focus();
  }

  /** Close the panel at the player's request, and give the focus back to the clock's button. */
  private dismiss(): void {
    this.hidePanel();
    if (this.button.isConnected) this.button.focus();
  }

  /** Put the panel away. */
  hidePanel(): void {
    this.panel.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    document.removeEventListener("keydown", this.onKey);
  }

  /** The panel's controls for the clock as it stands (rebuilt only when its state changes). */
  private fillPanel(): void {
    const c = this.clock;
    const key = `${c.minutes}:${c.running}:${c.idle}:${c.over}`;
    if (this.panel.dataset.key === key) return;
    this.panel.dataset.key = key;
    const focused = document.activeElement?.id;
    this.panel.replaceChildren(
      h(
        "label",
        { for: "clock-minutes" },
        "Minutes a turn ",
        h(
          "select",
          {
            id: "clock-minutes",
            disabled: c.running,
            onchange: (e) => {
              c.set(Number((e.target as HTMLSelectElement).value));
              this.update();
            },
          },
          CLOCK_MINUTES.map((m) => h("option", { value: String(m), selected: m === c.minutes }, String(m))),
        ),
      ),
      h(
        "div",
        { class: "inline" },
        h(
          "button",
          {
            type: "button",
            id: "clock-start",
            class: "primary",
            disabled: c.over,
            onclick: () => {
              if (c.running) c.pause();
              else c.start();
              this.update();
            },
          },
          c.running ? "Pause" : c.idle ? "Start" : "Resume",
        ),
        h(
          "button",
          {
            type: "button",
            id: "clock-reset",
            disabled: c.idle,
            onclick: () => this.reset(),
          },
          "Reset",
        ),
        h("button", { type: "button", onclick: () => this.dismiss() }, "Close"),
      ),
    );
    if (focused) this.panel.querySelector<HTMLElement>(`#${focused}`)?.focus();
  }
}
