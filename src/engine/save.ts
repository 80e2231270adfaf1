/**
 * Loading a saved state is validation: a bad save gets a list of problems naming what and where.
 * The check goes all the way down, so that a state it passes is one the engine (and anything that
 * reads a state) can go on from: every table has the rules' ids, every list item its fields, every
 * id names something in the rules and every number is finite.
 */
import type { Rules } from "../rules/schema.ts";
import { indexRules, type RulesIndex } from "./rules-index.ts";
import type { GameState } from "./types.ts";
import { parseOrder } from "./validate-orders.ts";

/** At most this many problems are listed: past it, the save is plainly not a state of these rules. */
const MAX_PROBLEMS = 50;

type Report = (path: string, msg: string) => void;
/** A check of the value at `path`. */
type Check = (x: unknown, path: string, p: Report) => void;

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

const at = (path: string, key: string | number): string =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const num: Check = (x, path, p) => {
  if (typeof x !== "number" || !Number.isFinite(x)) p(path || "(root)", "must be a finite number");
};

const whole: Check = (x, path, p) => {
  if (!Number.isInteger(x) || (x as number) < 0) p(path, "must be a whole number");
};

const text: Check = (x, path, p) => {
  if (typeof x !== "string") p(path, "must be a string");
};

const flag: Check = (x, path, p) => {
  if (typeof x !== "boolean") p(path, "must be true or false");
};

const between =
  (lo: number, hi: number): Check =>
  (x, path, p) => {
    if (typeof x !== "number" || !Number.isFinite(x) || x < lo || x > hi) p(path, `must be ${lo}–${hi}`);
  };

/** One of a closed set of strings (ids of the rules, or the values of a field). */
const oneOf = (allowed: Iterable<string>, what: string): Check => {
  const set = new Set(allowed);
  return (x, path, p) => {
    if (typeof x !== "string" || !set.has(x)) p(path, `must be ${what}, not ${JSON.stringify(x)}`);
  };
};

const list =
  (item: Check): Check =>
  (x, path, p) => {
    if (!Array.isArray(x)) {
      p(path, "must be a list");
      return;
    }
    for (let i = 0; i < x.length; i++) item(x[i], at(path, i), p);
  };

/** An object with these fields (others are left alone). */
const fields =
  (shape: Record<string, Check>): Check =>
  (x, path, p) => {
    if (!isObj(x)) {
      p(path || "(root)", "must be an object");
      return;
    }
    for (const [k, check] of Object.entries(shape)) {
      if (!(k in x)) p(at(path, k), "is missing");
      else check(x[k], at(path, k), p);
    }
  };

/**
 * A table keyed by ids: each key must be one of `ids` (with `all`, every one of them must be there)
 * and each value passes `value`, which is told the key.
 */
const table = (
  ids: readonly string[],
  value: (x: unknown, path: string, p: Report, key: string) => void,
  all = false,
): Check => {
  const known = new Set(ids);
  return (x, path, p) => {
    if (!isObj(x)) {
      p(path, "must be an object");
      return;
    }
    if (all) for (const id of ids) if (!(id in x)) p(at(path, id), "is missing");
    for (const [k, v] of Object.entries(x)) {
      if (!known.has(k)) p(at(path, k), "is not in the rules");
      else value(v, at(path, k), p, k);
    }
  };
};

/** A table of numbers with any keys (objective ids, commodities a flow may carry, …). */
const numbers: Check = (x, path, p) => {
  if (!isObj(x)) {
    p(path, "must be an object");
    return;
  }
  for (const [k, v] of Object.entries(x)) num(v, at(path, k), p);
};

/** The checks of a state of these rules, built once per ruleset. */
function stateCheck(rules: Rules, ix: RulesIndex): Check {
  const agents = ix.agentIds;
  const agent = oneOf(agents, "an agent of the rules");
  const regions = [...ix.region.keys()];
  const tracks = [...ix.track.keys()];
  const corridorIds = [...ix.corridor.keys()];
  const corridor = oneOf(corridorIds, "a corridor of the rules");
  const producer = oneOf(ix.producers, "a producer of the rules");
  const commodities = [...ix.commodity.keys()];
  const eventIds = [...ix.event.keys()];
  const event = oneOf(eventIds, "an event of the rules");
  const byAgent = table(agents, num);
  const byRegionAndAgent = table(regions, byAgent);
  const byAgentAndAgent = table(agents, byAgent);
  // Each corridor's state, with the upgrades its rules give it.
  const corridorStates = new Map(
    corridorIds.map((id) => [
      id,
      fields({
        status: oneOf(["open", "closed"], '"open" or "closed"'),
        blockedBy: list(agent),
        capacity: num,
        feeLevel: oneOf(["low", "normal", "high"], '"low", "normal" or "high"'),
        upgrades: table(
          (ix.corridor.get(id)?.upgrades ?? []).map((u) => u.id),
          fields({ paid: num, built: flag }),
          true,
        ),
        openingAgreements: num,
      }),
    ]),
  );
  const corridorState = (x: unknown, path: string, p: Report, id: string) =>
    (corridorStates.get(id) as Check)(x, path, p);
  const project: Check = (x, path, p) => {
    fields({
      id: whole,
      owner: agent,
      kind: oneOf(
        ["mine", "corridor", "upgrade", "joint-project"],
        "mine, corridor, upgrade or joint-project",
      ),
      target: text,
      host: agent,
      amount: num,
      matures: whole,
      adds: fields({ output: num, capacity: num, trade: num }),
    })(x, path, p);
    if (!isObj(x) || typeof x.target !== "string") return;
    if (x.kind === "corridor" || x.kind === "upgrade") corridor(x.target, at(path, "target"), p);
    else if (x.kind === "mine" || x.kind === "joint-project") producer(x.target, at(path, "target"), p);
  };
  const pair: Check = (x, path, p) => {
    if (!Array.isArray(x) || x.length !== 2) p(path, "must be a pair of agents");
    else list(agent)(x, path, p);
  };
  const order: Check = (x, path, p) => {
    const parsed = parseOrder(x);
    if (typeof parsed === "string") p(path, parsed);
  };
  const flow = fields({
    producer,
    corridor,
    seller: agent,
    buyer: agent,
    volume: numbers,
    total: num,
    value: num,
    fees: byAgent,
  });
  const measures = fields({
    dep: byAgentAndAgent,
    lost: table(ix.producers, num),
    usNonChineseSupply: num,
    usChineseSupply: num,
    usRouteHhi: num,
    usPartnerHhi: num,
    usSupplySecurity: num,
    usCoverage: num,
    chinaProcessingShare: num,
    access: byAgentAndAgent,
    exportsTo: byAgentAndAgent,
    routeCount: byAgent,
    viaChina: byAgent,
  });
  const record = fields({
    turn: whole,
    tracks: table(tracks, num),
    influence: byRegionAndAgent,
    scores: byAgent,
    usSupplySecurity: num,
    usRouteHhi: num,
    chinaProcessingShare: num,
    interdependenceUsRu: num,
    leverageTrOverUs: num,
    events: list(text),
  });
  return fields({
    schema: (x, path, p) => {
      if (x !== 1) p(path, `unsupported save version ${JSON.stringify(x)} (expected 1)`);
    },
    scenario: oneOf(
      rules.scenarios.map((s) => s.id),
      "a scenario of the rules",
    ),
    seed: text,
    turn: whole,
    turns: whole,
    nextProjectId: whole,
    rng: fields({ c: num, s0: num, s1: num, s2: num }),
    agents: table(
      agents,
      fields({
        treasury: num,
        sanctions: list(agent),
        income: fields({ base: num, exports: num, transit: num, penalties: num }),
      }),
      true,
    ),
    relations: table(agents, byAgent, true),
    tracks: table(tracks, between(0, 100), true),
    corridors: table(corridorIds, corridorState, true),
    producers: table(ix.producers, fields({ output: table(commodities, num), routes: list(corridor) }), true),
    projects: list(project),
    agreements: list(
      fields({
        agents: pair,
        kind: oneOf(["transit", "offtake", "security"], "transit, offtake or security"),
        until: whole,
      }),
    ),
    modifiers: list(
      fields({
        event: text,
        kind: oneOf(["corridor-capacity", "output"], "corridor-capacity or output"),
        target: text,
        factor: num,
        from: whole,
        until: whole,
      }),
    ),
    exportControls: byAgent,
    investment: byRegionAndAgent,
    investmentReceived: byAgent,
    softPower: byRegionAndAgent,
    influence: table(regions, byAgent, true),
    jointTrade: byAgentAndAgent,
    eventLast: table(eventIds, num),
    injects: list(fields({ turn: whole, event })),
    flows: list(flow),
    measures,
    scores: table(agents, fields({ total: num, objectives: numbers, crisis: num })),
    scoreSum: byAgent,
    lastOrders: table(agents, list(order)),
    history: list(record),
  });
}

const checks = new WeakMap<Rules, Check>();

/** Check that a parsed JSON value is a state these rules can continue. Never throws. */
export function validateSave(rules: Rules, json: unknown): { state: GameState | null; problems: string[] } {
  if (!isObj(json)) return { state: null, problems: ["(root): a save must be a JSON object"] };
  let check = checks.get(rules);
  if (check === undefined) {
    check = stateCheck(rules, indexRules(rules));
    checks.set(rules, check);
  }
  const problems: string[] = [];
  check(json, "", (path, msg) => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${path}: ${msg}`);
  });
  if (problems.length === 0 && Number.isInteger(json.turn) && (json.turn as number) < 1)
    problems.push("turn: must be 1 or more");
  return { state: problems.length === 0 ? (json as unknown as GameState) : null, problems };
}
