/** Phase 3, economy: expiries, stock decay, new investments paid, projects that mature. */

import { decimal, nameOf, possessive, round, type TurnContext, titleOf } from "../context.ts";
import { note } from "../ops.ts";
import type { AgentId, Project } from "../types.ts";
import { adopt, writable } from "../working-copy.ts";
import { applyOrders } from "./apply-orders.ts";

const EXPIRY = { type: "rule", rule: "expiry" } as const;
const MATURITY = { type: "rule", rule: "project-matured" } as const;

/** Upkeep at the start of a turn: agreements and event modifiers run out; investment and soft-power stocks fade. */
export function expireAndDecay(ctx: TurnContext): void {
  expire(ctx);
  decay(ctx);
}

/** Investments paid, then projects that mature this turn. */
export function economy(ctx: TurnContext): void {
  applyOrders(ctx, "economy");
  mature(ctx);
}

function expire(ctx: TurnContext): void {
  const s = ctx.state;
  const keep = s.agreements.filter((g) => g.until >= s.turn);
  for (const g of s.agreements) {
    if (g.until >= s.turn) continue;
    if (ctx.explain)
      note(
        ctx,
        "agreements",
        `${g.kind}:${g.agents.join("-")}`,
        "",
        EXPIRY,
        `The ${g.kind} agreement between ${nameOf(ctx.ix, g.agents[0])} and ${nameOf(ctx.ix, g.agents[1])} expired.`,
        [...g.agents],
      );
  }
  if (keep.length !== s.agreements.length) adopt(ctx, "agreements", keep);
  const mods = s.modifiers.filter((m) => m.until >= s.turn);
  if (mods.length !== s.modifiers.length) adopt(ctx, "modifiers", mods);
}

/** Investment and soft-power stocks fade unless renewed (not logged: they act through influence, which is). */
function decay(ctx: TurnContext): void {
  const s = ctx.state;
  const k = ctx.rules.model.stockDecay;
  if (k === 1) return;
  adopt(ctx, "investment", fadeAll(s.investment, k));
  adopt(ctx, "softPower", fadeAll(s.softPower, k));
  const received: Record<string, number> = {};
  for (const a in s.investmentReceived) received[a] = round((s.investmentReceived[a] as number) * k, 2);
  adopt(ctx, "investmentReceived", received);
}

/** A stock table faded by `k`, dropping what falls to a hundredth or less (a new table). */
function fadeAll(
  stock: Record<string, Record<string, number>>,
  k: number,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r in stock) {
    const row = stock[r] as Record<string, number>;
    const faded: Record<string, number> = {};
    for (const a in row) {
      const v = round((row[a] as number) * k, 2);
      if (v > 0.01) faded[a] = v;
    }
    out[r] = faded;
  }
  return out;
}

function mature(ctx: TurnContext): void {
  const s = ctx.state;
  const turn = ctx.state.turn;
  // The projects from earlier turns and those this turn's orders started.
  const all = ctx.newProjects.length ? [...ctx.state.projects, ...ctx.newProjects] : ctx.state.projects;
  if (!anyMatures(all, turn)) {
    if (ctx.newProjects.length) s.projects = all;
    return;
  }
  const rest = [];
  for (const p of all) {
    if (p.matures > turn) {
      rest.push(p);
      continue;
    }
    const who = titleOf(ctx.ix, p.owner);
    if (p.adds.output > 0) {
      const output = writable.output(ctx, p.target);
      if (output) {
        const commodity = rareEarthOrFirst(ctx, output);
        const from = output[commodity] ?? 0;
        output[commodity] = round(from + p.adds.output, 4);
        if (ctx.explain)
          note(
            ctx,
            `producers.${p.target}.output.${commodity}`,
            decimal(from),
            decimal(output[commodity] as number),
            MATURITY,
            `${possessive(who)} ${p.kind === "joint-project" ? "joint project" : "new mine"} at ${nameOf(ctx.ix, p.target)} came on stream: +${decimal(p.adds.output)} kt of ${nameOf(ctx.ix, commodity)} a turn.`,
            [p.owner, p.host],
          );
      }
    }
    if (p.adds.capacity > 0) {
      const cs = writable.corridor(ctx, p.target);
      if (cs) {
        const from = cs.capacity;
        cs.capacity = round(from + p.adds.capacity, 2);
        if (ctx.explain)
          note(
            ctx,
            `corridors.${p.target}.capacity`,
            decimal(from),
            decimal(cs.capacity),
            MATURITY,
            `${possessive(who)} investment raised ${possessive(nameOf(ctx.ix, p.target))} capacity by ${decimal(p.adds.capacity)} kt a turn.`,
            [p.owner, p.host],
          );
      }
    }
    if (p.adds.trade > 0) {
      addJointTrade(ctx, p.owner, p.host, p.adds.trade);
      addJointTrade(ctx, p.host, p.owner, p.adds.trade);
      if (ctx.explain)
        note(
          ctx,
          `jointTrade.${p.owner}.${p.host}`,
          "",
          decimal(p.adds.trade),
          MATURITY,
          `The joint project of ${nameOf(ctx.ix, p.owner)} and ${nameOf(ctx.ix, p.host)} adds ${decimal(p.adds.trade)} $M a turn of trade between them.`,
          [p.owner, p.host],
        );
    }
  }
  s.projects = rest;
}

/** Whether any of the projects matures by this turn. */
function anyMatures(projects: Project[], turn: number): boolean {
  for (const p of projects) if (p.matures <= turn) return true;
  return false;
}

/** The output's first rare earth, else its first commodity ("" for none). */
function rareEarthOrFirst(ctx: TurnContext, output: Record<string, number>): string {
  let first: string | undefined;
  for (const c in output) {
    if (ctx.ix.rareEarths.has(c)) return c;
    first ??= c;
  }
  return first ?? "";
}

/** Add to the trade a joint project brings between two agents (one side's row). */
function addJointTrade(ctx: TurnContext, x: AgentId, y: AgentId, trade: number): void {
  const row = writable.jointTrade(ctx, x);
  row[y] = round((row[y] ?? 0) + trade, 2);
}
