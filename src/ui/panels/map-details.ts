/** Words for whatever the player points at on the map: a corridor, a place, a region or a country. */
import { type GameState, sentence } from "../../engine/index.ts";
import { short } from "../../game/order-text.ts";
import type { MapTarget } from "../map/map-hit.ts";
import type { UiContext } from "./context.ts";
import { num } from "./dom.ts";

/** A title and a few lines about a map item in a state. */
export function describeTarget(
  ctx: UiContext,
  state: GameState,
  t: MapTarget,
): { title: string; lines: string[] } {
  const { rules } = ctx;
  if (t.kind === "corridor") {
    const c = rules.corridors.find((x) => x.id === t.id);
    const cs = state.corridors[t.id];
    if (!c || !cs) return { title: t.id, lines: [] };
    const flows = state.flows.filter((f) => f.corridor === c.id);
    const load = flows.reduce((a, f) => a + f.total, 0);
    const status =
      cs.status === "closed"
        ? "Closed"
        : cs.blockedBy.length
          ? `Blocked by ${cs.blockedBy.map(ctx.name).join(", ")}`
          : "Open";
    return {
      title: c.name,
      lines: [
        `${status} · ${num(load, 1)} of ${num(cs.capacity)} kt this turn · fee ${cs.feeLevel}`,
        `Controlled by ${c.controllers.length ? c.controllers.map(ctx.name).join(", ") : "nobody"} · risk ${Math.round(c.risk * 100)}% a turn · ${num(c.lengthKm)} km`,
        `Route: ${c.path.map((p) => short(ctx.name(p))).join(" → ")}`,
        ...flows.map(
          (f) =>
            `${short(ctx.name(f.producer))}: ${num(f.total, 1)} kt (${num(f.value)} $M) to ${ctx.inText(f.buyer)}`,
        ),
      ],
    };
  }
  if (t.kind === "place") {
    const p = rules.places.find((x) => x.id === t.id);
    if (!p) return { title: t.id, lines: [] };
    const out = state.producers[p.id]?.output ?? p.output ?? {};
    const lines = [
      `${p.kind === "producer" ? "Mines" : p.kind === "market" ? "Market" : "Transit"}${p.country ? ` · ${ctx.name(p.country)}` : ""}`,
    ];
    if (p.kind === "producer") {
      lines.push(
        `Output: ${Object.entries(out)
          .map(([k, v]) => `${ctx.name(k)} ${num(v, 1)} kt`)
          .join(", ")}`,
      );
      lines.push(
        `Route order: ${(state.producers[p.id]?.routes ?? []).map((r) => short(ctx.name(r))).join(" → ")}`,
      );
      const lost = state.measures.lost[p.id] ?? 0;
      if (lost > 0) lines.push(`Found no route: ${num(lost, 1)} kt`);
    }
    if (p.buyer) lines.push(`Buyer: ${ctx.name(p.buyer)}`);
    return { title: p.name, lines };
  }
  if (t.kind === "region") {
    const r = rules.regions.find((x) => x.id === t.id);
    const row = state.influence[t.id] ?? {};
    const shares = Object.entries(row)
      .filter(([, v]) => v > 0.05)
      .sort((a, b) => b[1] - a[1]);
    return {
      title: `Influence in ${r?.name ?? t.id}`,
      lines: [
        ...shares.map(([a, v]) => `${ctx.name(a)}: ${num(v, 1)}`),
        r?.host ? `${sentence(ctx.inText(r.host))} holds the rest` : "Local actors hold the rest",
      ],
    };
  }
  const role =
    t.role === "agent"
      ? "One of the seven powers"
      : t.role === "transit"
        ? "A transit country for the corridors"
        : "";
  return { title: t.name, lines: role ? [role] : [] };
}
