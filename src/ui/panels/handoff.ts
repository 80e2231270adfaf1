/** Hot-seat: a cover over the whole game until the next player takes the device, so nobody sees another's orders. */
import type { UiContext } from "./context.ts";
import { h, mount } from "./dom.ts";

/** Show or hide the hand-off cover for the controller's phase. */
export function renderHandoff(
  cover: HTMLElement,
  ctx: UiContext,
  clock: HTMLElement | null = null,
  facilitator: HTMLElement | null = null,
): void {
  const phase = ctx.controller.phase;
  if (phase.kind !== "handoff") {
    if (!cover.hidden) {
      cover.hidden = true;
      mount(cover);
    }
    return;
  }
  const name = ctx.inText(phase.agent);
  const s = ctx.controller.state;
  cover.hidden = false;
  mount(
    cover,
    h(
      "div",
      {
        class: "handoff",
        role: "dialog",
        "aria-modal": "true",
        "aria-labelledby": "handoff-h",
        style: `--agent:${ctx.color(phase.agent)}`,
      },
      h("p", { class: "kicker" }, `Turn ${s.turn} of ${s.turns} · hot-seat`),
      h("h1", { id: "handoff-h" }, `Pass the device to ${name}`),
      h("p", {}, "Orders stay hidden: nobody sees another country's orders until the turn resolves."),
      clock,
      h(
        "button",
        {
          type: "button",
          class: "primary big",
          id: "take-device",
          onclick: () => ctx.controller.takeDevice(),
        },
        `I am ${name} — show my orders`,
      ),
      facilitator ? h("p", { class: "handoff-tools" }, facilitator) : null,
    ),
  );
  // The facilitator's console may be open over the cover: leave its focus alone.
  if (!document.activeElement?.closest("#facilitator-panel"))
    cover.querySelector<HTMLElement>("#take-device")?.focus();
}
