/** The page's fixed frame: top bar, map pane, sidebar with tabs, front screens, hand-off cover, dialogs. */
import { h } from "./dom.ts";

/** The tabs of the sidebar. */
export const TABS = ["orders", "report", "charts", "tables", "goals"] as const;
/** A sidebar tab. */
export type Tab = (typeof TABS)[number];

/** The frame's elements. */
export interface Shell {
  topbar: HTMLElement;
  mapPane: HTMLElement;
  map: HTMLElement;
  sidebar: HTMLElement;
  tablist: HTMLElement;
  /** The replay viewer's panel, shown instead of the tabs while replaying. */
  replay: HTMLElement;
  tabButtons: Record<Tab, HTMLButtonElement>;
  panels: Record<Tab, HTMLElement>;
  front: HTMLElement;
  cover: HTMLElement;
  toast: HTMLElement;
  dialog: HTMLDialogElement;
}

const TAB_LABELS: Record<Tab, string> = {
  orders: "Orders",
  report: "Report",
  charts: "Charts",
  tables: "Tables",
  goals: "Goals",
};

/** Build the frame inside `root`; `pick` is called when a tab is chosen. */
export function buildShell(root: HTMLElement, pick: (tab: Tab) => void): Shell {
  const tabButtons = {} as Record<Tab, HTMLButtonElement>;
  const panels = {} as Record<Tab, HTMLElement>;
  for (const t of TABS) {
    tabButtons[t] = h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${t}`,
        "aria-controls": `panel-${t}`,
        "aria-selected": "false",
        tabindex: -1,
        onclick: () => pick(t),
      },
      TAB_LABELS[t],
    );
    panels[t] = h("div", {
      role: "tabpanel",
      id: `panel-${t}`,
      "aria-labelledby": `tab-${t}`,
      class: "panel",
      hidden: true,
      tabindex: 0,
    });
  }
  const tablist = h(
    "div",
    {
      role: "tablist",
      "aria-label": "Game panels",
      class: "tabs",
      onkeydown: (e) => {
        const k = (e as KeyboardEvent).key;
        if (k !== "ArrowLeft" && k !== "ArrowRight") return;
        const i = TABS.findIndex((t) => tabButtons[t] === document.activeElement);
        const next = TABS[(i + (k === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length] ?? "orders";
        pick(next);
        tabButtons[next].focus();
      },
    },
    TABS.map((t) => tabButtons[t]),
  );
  const map = h("div", {
    id: "map",
    tabindex: 0,
    role: "application",
    "aria-roledescription": "map",
    "aria-label":
      "Map of Eurasia's corridors. Arrow keys or W A S D pan, plus and minus zoom, 0 shows the whole map. Every fact on the map is also in the Tables tab.",
  });
  const mapPane = h("section", { id: "map-pane", "aria-label": "Map" }, map);
  const replay = h("section", {
    id: "replay-panel",
    class: "panel",
    "aria-labelledby": "replay-h",
    hidden: true,
  });
  const sidebar = h(
    "aside",
    { id: "sidebar", "aria-label": "Game panels" },
    tablist,
    TABS.map((t) => panels[t]),
    replay,
  );
  const topbar = h("header", { id: "topbar", class: "topbar" });
  const front = h("main", { id: "front" });
  const cover = h("div", { id: "cover", hidden: true });
  const toast = h("div", { id: "toast", role: "status", "aria-live": "polite" });
  const dialog = h(
    "dialog",
    {
      id: "error-dialog",
      class: "error-dialog",
      role: "alertdialog",
      "aria-labelledby": "error-title",
      "aria-describedby": "error-text",
    },
    h("h2", { id: "error-title" }),
    h("p", { id: "error-text" }),
    h("form", { method: "dialog" }, h("button", { class: "primary", id: "error-ok" }, "OK")),
  );
  root.replaceChildren(topbar, h("div", { id: "stage" }, mapPane, sidebar, front), cover, toast, dialog);
  return { topbar, mapPane, map, sidebar, tablist, replay, tabButtons, panels, front, cover, toast, dialog };
}

/** Show an error dialog, or with `notice` a dialog that tells the player something they must know. */
export function showError(shell: Shell, title: string, text: string, notice = false): void {
  shell.dialog.classList.toggle("notice", notice);
  const t = shell.dialog.querySelector("#error-title");
  const p = shell.dialog.querySelector("#error-text");
  if (t) t.textContent = title;
  if (p) p.textContent = text;
  if (!shell.dialog.open) shell.dialog.showModal();
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** Show a passing message. */
export function showToast(shell: Shell, text: string): void {
  shell.toast.textContent = text;
  shell.toast.classList.add("on");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => shell.toast.classList.remove("on"), 3500);
}

/** Take a passing message away at once, text and all (a hand-off must not show the last player's). */
export function clearToast(shell: Shell): void {
  clearTimeout(toastTimer);
  shell.toast.classList.remove("on");
  shell.toast.textContent = "";
}
