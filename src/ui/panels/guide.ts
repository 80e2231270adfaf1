/**
 * The guide: a short tour of the game screen for a first game. Each step rings one part of the
 * screen (switching the sidebar's tab when it needs to) and says what it is for, with Back, Next
 * and Close; Escape closes it. It never blocks the game: the page around it stays usable.
 */
import { hudBox } from "../map/hud-box.ts";
import type { KeyValueStore } from "../storage.ts";
import type { UiContext } from "./context.ts";
import { h } from "./dom.ts";
import type { Shell, Tab } from "./shell.ts";

/** Set once a player has opened the guide: the top bar stops pointing it out. */
const GUIDE_SEEN_KEY = "corridors:guide-seen";

/** One step of the tour. */
export interface GuideStep {
  title: string;
  text: string;
  /** The sidebar tab to show first, if any. */
  tab?: Tab;
  /** The part of the screen to ring (null: none, the card stands alone). */
  target: () => DOMRect | null;
}

const rectOf = (selector: string) => (): DOMRect | null =>
  document.querySelector(selector)?.getBoundingClientRect() ?? null;

/** The tour for a player giving orders. */
export function guideSteps(shell: Shell, ctx: UiContext): GuideStep[] {
  const gauges = (): DOMRect | null => {
    const pane = shell.mapPane.getBoundingClientRect();
    const b = hudBox(pane.height, ctx.rules.tracks.length);
    return new DOMRect(pane.left + b.x, pane.top + b.y, b.w, b.h);
  };
  return [
    {
      title: "The map",
      text: "Corridors carry ore and metal from the mines to markets. A line's width is its capacity; moving dots are this turn's shipments in the seller's colour; dashed red is blocked, grey dots closed. The bars over Kazakhstan, Uzbekistan, Mongolia and the South Caucasus show who holds influence there. Drag to pan, use the wheel or + and − to zoom, and click anything for its details.",
      target: rectOf("#map-pane"),
    },
    {
      title: "Tension tracks",
      text: "Four tracks from 0 to 100: the Ukraine war, Turkey–Russia tension, South Caucasus stability and the US–China rivalry. The ticks are thresholds that gate what is possible: while the war is hot, no US-bound cargo may ride the Trans-Siberian.",
      target: gauges,
    },
    {
      title: "Your goals",
      tab: "goals",
      text: "Each country scores 0–100 every turn on its own weighted objectives; the game score is the mean over the turns, and a shared crisis costs everyone points. Some goals come more easily than others, so the winner is the country furthest above its par: what the Normal AI scores with the same country by the same turn.",
      target: rectOf("#panel-goals"),
    },
    {
      title: "Your budget",
      tab: "orders",
      text: "Every order costs action points, and many cost capital too. What is left this turn is shown here; income arrives when the turn resolves.",
      target: rectOf("#budget"),
    },
    {
      title: "Giving an order",
      tab: "orders",
      text: "Pick a kind of order, then a choice: orders you cannot give now are listed with the reason. The preview below shows what the order is expected to change if everyone else passes. Add as many orders as your budget allows; Undo takes the last change back.",
      target: rectOf("#order-kind"),
    },
    {
      title: "Submitting",
      tab: "orders",
      text: "When you submit, every country's orders resolve together, in fixed phases: nobody sees yours before then, and the order of submission never matters.",
      target: rectOf("#submit-orders"),
    },
    {
      title: "After each turn",
      text: "The Report tab lists every change the turn made with its cause, and reveals every country's orders with the AI's reasons. Charts follow the measures over the turns; Tables give every map fact as a table.",
      target: rectOf("#sidebar [role=tablist]"),
    },
    {
      title: "Saving",
      text: "The game saves itself after every turn: Menu, then Continue, picks it up after a reload. Save file and Load file move a game between machines; Replay steps through the turns played.",
      target: rectOf(".menu-bar"),
    },
  ];
}

/** The tour's overlay: a ring round the step's target and a card beside it. */
export class Guide {
  private index = -1;
  private readonly root: HTMLElement;
  private readonly ring: HTMLElement;
  private readonly card: HTMLElement;
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape") this.close();
  };
  private readonly onResize = (): void => this.place();

  constructor(
    private readonly steps: () => GuideStep[],
    private readonly pickTab: (tab: Tab) => void,
    private readonly store: KeyValueStore,
  ) {
    this.ring = h("div", { class: "guide-ring", "aria-hidden": "true" });
    this.card = h("div", { class: "guide-card", role: "dialog", "aria-labelledby": "guide-h" });
    this.root = h("div", { id: "guide", class: "guide", hidden: true }, this.ring, this.card);
    document.body.append(this.root);
  }

  /** Whether the player has opened the guide before. */
  get seen(): boolean {
    return this.store.getItem(GUIDE_SEEN_KEY) !== null;
  }

  /** Start the tour at its first step. */
  start(): void {
    try {
      this.store.setItem(GUIDE_SEEN_KEY, "1");
    } catch {
      // A full or blocked store only means the top bar keeps pointing the guide out.
    }
    document.addEventListener("keydown", this.onKey);
    window.addEventListener("resize", this.onResize);
    this.root.hidden = false;
    this.go(0);
  }

  /** End the tour. */
  close(): void {
    if (this.index < 0) return;
    this.index = -1;
    this.root.hidden = true;
    document.removeEventListener("keydown", this.onKey);
    window.removeEventListener("resize", this.onResize);
  }

  private go(i: number): void {
    const steps = this.steps();
    const step = steps[i];
    if (!step) {
      this.close();
      return;
    }
    this.index = i;
    if (step.tab) this.pickTab(step.tab);
    const last = i === steps.length - 1;
    this.card.replaceChildren(
      h("p", { class: "kicker" }, `Guide · ${i + 1} of ${steps.length}`),
      h("h2", { id: "guide-h" }, step.title),
      h("p", {}, step.text),
      h(
        "div",
        { class: "inline" },
        h("button", { type: "button", disabled: i === 0, onclick: () => this.go(i - 1) }, "Back"),
        h(
          "button",
          { type: "button", class: "primary", id: "guide-next", onclick: () => this.go(i + 1) },
          last ? "Done" : "Next",
        ),
        h("button", { type: "button", onclick: () => this.close() }, "Close the guide"),
      ),
    );
    this.place();
    this.card.querySelector<HTMLElement>("#guide-next")?.focus();
  }

  /** Ring the step's target and put the card beside it, inside the window. */
  private place(): void {
    const step = this.steps()[this.index];
    if (!step) return;
    // A part that is not on screen (a hidden panel) has no box: the card then stands alone.
    const box = step.target();
    const r = box && box.width > 0 && box.height > 0 ? box : null;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    this.ring.hidden = r === null;
    const card = this.card;
    const cw = Math.min(360, vw - 24);
    card.style.width = `${cw}px`;
    if (!r) {
      card.style.left = `${(vw - cw) / 2}px`;
      card.style.top = `${vh / 3}px`;
      return;
    }
    const pad = 6;
    Object.assign(this.ring.style, {
      left: `${r.left - pad}px`,
      top: `${r.top - pad}px`,
      width: `${r.width + 2 * pad}px`,
      height: `${r.height + 2 * pad}px`,
    });
    const ch = card.offsetHeight || 220;
    // Beside the target where there is room (left of it for the sidebar, right of it for the map's
    // corner), else inside a large target, near its top.
    let left: number;
    let top = r.top;
    if (r.left - cw - 20 >= 12) left = r.left - cw - 20;
    else if (r.right + cw + 20 <= vw - 12) left = r.right + 20;
    else {
      left = r.left + (r.width - cw) / 2;
      top = r.top + 24;
    }
    if (top + ch > vh - 12) top = Math.max(12, r.bottom - ch);
    card.style.left = `${Math.max(12, Math.min(vw - cw - 12, left))}px`;
    card.style.top = `${Math.max(12, Math.min(vh - ch - 12, top))}px`;
  }
}
