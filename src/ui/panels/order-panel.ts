/**
 * The order panel of the human on turn: budget left, pending orders (remove, undo, submit), and a
 * form to add an order: kind, choice (with cost, or the engine's reason it is unavailable),
 * amount, and the engine's preview of its effect. Usable with the keyboard alone.
 */
import type { AgentId, Order, OrderType } from "../../engine/index.ts";
import { choiceKey, costText, describeOrder, investTarget, KIND_LABELS } from "../../game/order-text.ts";
import { budgetLeft, type KindOptions, type OrderChoice, orderOptions } from "../order-options.ts";
import type { UiContext } from "./context.ts";
import { h, mount, num } from "./dom.ts";
import { renderPreview } from "./preview-box.ts";

/** What the panel remembers between renders. */
export interface OrderPanelMemory {
  kind: OrderType;
  choice: string | null;
  amount: number | null;
  focus: "kind" | "choice" | null;
}

/** A fresh memory. */
export const newOrderMemory = (): OrderPanelMemory => ({
  kind: "invest",
  choice: null,
  amount: null,
  focus: null,
});

/** Render the panel for `agent` into `root`. */
export function renderOrderPanel(
  root: HTMLElement,
  ctx: UiContext,
  agent: AgentId,
  mem: OrderPanelMemory,
): void {
  const c = ctx.controller;
  const state = c.state;
  const pending = [...c.pendingOrders()];
  const budget = budgetLeft(state, ctx.rules, agent, pending);
  const options = orderOptions(state, ctx.rules, agent, pending);
  const kindOpts = options.find((o) => o.type === mem.kind) ?? options[0];
  if (!kindOpts) return;
  const groups = groupChoices(ctx, kindOpts.choices);
  const group =
    groups.find((g) => g.key === mem.choice) ??
    groups.find((g) => g.choices.some((x) => x.reason === null)) ??
    groups[0];
  const choice = pickAmount(group?.choices ?? [], mem.amount);
  const rerender = (focus: OrderPanelMemory["focus"] = null) => {
    mem.focus = focus;
    renderOrderPanel(root, ctx, agent, mem);
  };
  const add = () => {
    if (!choice || choice.reason) return;
    const refused = c.addOrder(choice.order);
    if (refused) ctx.app.toast(refused);
    else ctx.app.toast(`Added: ${describeOrder(ctx.rules, choice.order)}.`);
    rerender("kind");
  };
  mount(
    root,
    h("h2", { id: "orders-h" }, `Orders — ${ctx.name(agent)}`),
    h(
      "p",
      { class: "budget", id: "budget", "aria-live": "polite" },
      h("strong", {}, `${budget.ap} of ${budget.apTotal}`),
      " action points · ",
      h("strong", {}, `${num(budget.capital)} $M`),
      " capital left",
    ),
    h("h3", {}, `Pending orders (${pending.length})`),
    pending.length === 0
      ? h("p", { class: "hint" }, "No orders yet. A turn with no orders passes.")
      : h(
          "ol",
          { class: "pending", id: "pending-orders" },
          pending.map((o, i) => pendingItem(ctx, o, i, rerender)),
        ),
    h(
      "div",
      { class: "inline" },
      h(
        "button",
        {
          type: "button",
          id: "undo",
          disabled: !c.canUndo,
          onclick: () => {
            c.undo();
            rerender();
          },
        },
        "Undo",
      ),
      h(
        "button",
        { type: "button", id: "submit-orders", class: "primary", onclick: () => ctx.app.submit() },
        `Submit orders for turn ${state.turn}`,
      ),
    ),
    h(
      "form",
      {
        class: "add-order",
        "aria-labelledby": "add-h",
        onsubmit: (e) => {
          e.preventDefault();
          add();
        },
        onkeydown: (e) => {
          const k = e as KeyboardEvent;
          if (k.key === "Enter" && (k.target as HTMLElement).getAttribute("type") === "radio") {
            k.preventDefault();
            add();
          }
        },
      },
      h("h3", { id: "add-h" }, "Add an order"),
      h(
        "div",
        { class: "field" },
        h("label", { for: "order-kind" }, "Kind of order"),
        h(
          "select",
          {
            id: "order-kind",
            onchange: (e) => {
              mem.kind = (e.target as HTMLSelectElement).value as OrderType;
              mem.choice = null;
              mem.amount = null;
              rerender("kind");
            },
          },
          options.map((o) => h("option", { value: o.type, selected: o.type === mem.kind }, kindLabel(o))),
        ),
      ),
      kindOpts.none ? h("p", { class: "reason", id: "kind-none" }, `Not available: ${kindOpts.none}`) : null,
      groups.length > 0
        ? choiceList(groups, group?.key ?? null, (key) => {
            mem.choice = key;
            rerender("choice");
          })
        : null,
      group && group.choices.length > 1
        ? amountField(group.choices, choice, (amount) => {
            mem.amount = amount;
            rerender();
          })
        : null,
      choice ? renderPreview(ctx, agent, pending, choice) : null,
      h(
        "button",
        { type: "submit", id: "add-order", class: "primary", disabled: !choice || choice.reason !== null },
        "Add order",
      ),
    ),
  );
  restoreFocus(root, mem.focus);
}

interface ChoiceGroup {
  key: string;
  label: string;
  choices: OrderChoice[];
}

/** Choices that differ only in their amount go together. */
function groupChoices(ctx: UiContext, choices: OrderChoice[]): ChoiceGroup[] {
  const groups = new Map<string, ChoiceGroup>();
  for (const ch of choices) {
    const key = choiceKey(ch.order);
    const label = ch.order.type === "invest" ? investTarget(ctx.rules, ch.order.target) : ch.label;
    const g = groups.get(key) ?? { key, label, choices: [] };
    g.choices.push(ch);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function pickAmount(choices: OrderChoice[], amount: number | null): OrderChoice | undefined {
  const amt = (o: Order) => (o.type === "invest" ? o.amount : null);
  return (
    choices.find((x) => amt(x.order) === amount && x.reason === null) ??
    choices.find((x) => x.reason === null) ??
    choices[0]
  );
}

function kindLabel(o: KindOptions): string {
  const open = o.choices.filter((x) => x.reason === null).length;
  if (open > 0) return `${KIND_LABELS[o.type]} (${open} available)`;
  return `${KIND_LABELS[o.type]} — not available`;
}

function choiceList(
  groups: ChoiceGroup[],
  selected: string | null,
  pick: (key: string) => void,
): HTMLElement {
  return h(
    "fieldset",
    { class: "choices" },
    h("legend", {}, "Choice"),
    h(
      "div",
      { class: "choice-list" },
      groups.map((g, i) => {
        const open = g.choices.some((x) => x.reason === null);
        const first = g.choices[0];
        const id = `choice-${i}`;
        return h(
          "div",
          { class: open ? "choice" : "choice unavailable" },
          h("input", {
            type: "radio",
            name: "order-choice",
            id,
            value: g.key,
            checked: g.key === selected,
            disabled: !open,
            onchange: () => pick(g.key),
          }),
          h(
            "label",
            { for: id },
            h("span", { class: "choice-text" }, g.label),
            first
              ? h(
                  "span",
                  { class: "cost" },
                  g.choices.length > 1 ? `${first.cost.ap} AP` : costText(first.cost),
                )
              : null,
            open ? null : h("span", { class: "reason" }, first?.reason ?? ""),
          ),
        );
      }),
    ),
  );
}

function amountField(
  choices: OrderChoice[],
  current: OrderChoice | undefined,
  pick: (amount: number) => void,
): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: "order-amount" }, "Amount"),
    h(
      "select",
      { id: "order-amount", onchange: (e) => pick(Number((e.target as HTMLSelectElement).value)) },
      choices.map((ch) => {
        const amount = ch.order.type === "invest" ? ch.order.amount : 0;
        return h(
          "option",
          { value: amount, selected: ch === current, disabled: ch.reason !== null },
          ch.reason ? `${amount} $M — ${ch.reason}` : `${amount} $M`,
        );
      }),
    ),
  );
}

function pendingItem(
  ctx: UiContext,
  o: Order,
  i: number,
  rerender: (f?: OrderPanelMemory["focus"]) => void,
): HTMLElement {
  const label = describeOrder(ctx.rules, o);
  return h(
    "li",
    {},
    h("span", {}, label),
    h(
      "button",
      {
        type: "button",
        class: "small",
        "aria-label": `Remove: ${label}`,
        onclick: () => {
          ctx.controller.removeOrder(i);
          rerender();
        },
      },
      "Remove",
    ),
  );
}

function restoreFocus(root: HTMLElement, focus: OrderPanelMemory["focus"]): void {
  if (focus === "kind") root.querySelector<HTMLElement>("#order-kind")?.focus();
  else if (focus === "choice") root.querySelector<HTMLElement>("input[name=order-choice]:checked")?.focus();
}
