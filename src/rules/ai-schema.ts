/**
 * The schema of the AI's data: `rules/personalities.json` (how each personality weighs goals and
 * orders) and `rules/difficulty.json` (which policy and budget each difficulty level uses). The
 * AI's types are inferred from these schemas.
 */
import * as v from "valibot";
import { ORDER_TYPES, type OrderType } from "../engine/types.ts";
import { didYouMean } from "./did-you-mean.ts";
import { joinPath, type Problem } from "./problem.ts";
import { Id, Int, MeasureId, Name, NonNeg, Unit } from "./schema.ts";
import { schemaProblems } from "./schema-issues.ts";

/** Every order kind, as a picklist (the list lives in the engine's types). */
export const OrderTypeId = v.picklist(ORDER_TYPES as [OrderType, ...OrderType[]]);

/** How one personality plays: what it weighs more, which orders it favours, how it takes risks. */
export const PersonalitySchema = v.strictObject({
  name: Name,
  /** One line for players. */
  description: Name,
  /** The agents that play this personality unless the scenario or the player names another. */
  agents: v.array(Id),
  /**
   * −1 (a worrier) to 1 (a gambler): an uncertain prospect (the planner's futures of a candidate,
   * peace talks' odds) is worth its mean blended, by |risk|, with the mean of its better half of
   * outcomes (above 0) or its worse half (below 0). Below 0 it also fears the crises its moves make likelier.
   */
  risk: v.pipe(
    v.number(),
    v.finite(),
    v.minValue(-1, "must be at least -1"),
    v.maxValue(1, "must be at most 1"),
  ),
  /** Goal points that spending one turn's income costs (how much it values keeping its capital). */
  thrift: NonNeg,
  /** The largest share of its treasury it puts into one investment. */
  investShare: Unit,
  /** Multipliers on the weight of each goal measure (missing: 1). */
  measures: v.record(MeasureId, NonNeg),
  /** Goal points an order kind is worth at full appeal, on top of its measured effect (missing: 0). */
  orders: v.record(OrderTypeId, v.pipe(v.number(), v.finite())),
});

/** `personalities.json`: personalities by id. */
export const PersonalitiesSchema = v.record(Id, PersonalitySchema);

/** The policies the AI offers. */
export const PolicyId = v.picklist(["random", "greedy", "planner"]);

/** One difficulty level: a policy, a budget of lookahead resolutions and noise on its judgement. */
export const LevelSchema = v.strictObject({
  name: Name,
  description: Name,
  policy: PolicyId,
  /** Lookahead resolutions per agent-turn (the policy's own default when absent). */
  budget: v.optional(Int(1)),
  /** Goal points of random noise added to each candidate's value (a weaker, more human player). */
  noise: NonNeg,
});

/** `difficulty.json`: the three levels and each search policy's defaults. */
export const DifficultySchema = v.strictObject({
  levels: v.strictObject({ easy: LevelSchema, normal: LevelSchema, hard: LevelSchema }),
  greedy: v.strictObject({
    /** Lookahead resolutions per agent-turn. */
    budget: Int(2),
    /** Candidate order sets (pairs, triples) tried after the single orders. */
    combos: Int(0),
  }),
  planner: v.strictObject({
    /** Lookahead resolutions per agent-turn at the default (browser) strength, greedy's search included. */
    budget: Int(2),
    /** Lookahead resolutions spent on each rival to anticipate its orders this turn (greedy's budget: its very choice). */
    rivals: Int(0),
    /** Lookahead resolutions of the one-turn search run against the anticipated rivals. */
    search: Int(2),
    /**
     * Lookahead resolutions of each concerned rival's answer to a candidate (its greedy choice on the
     * turn after; greedy's budget, so that it answers as greedy would). 0: rivals never answer.
     */
    reaction: Int(0),
    /** Most lookahead resolutions spent on the rivals' answers in one agent-turn (set aside from the budget). */
    reactions: Int(0),
    /** Turns each rollout plays out (the last one then stands for the rest of the game). */
    horizon: Int(1),
    /** Most candidate sets compared with the default by rollouts (fewer when the budget is short). */
    candidates: Int(1),
    /** The fewest futures each candidate is played in; without budget for two candidates, no rollouts. */
    futures: Int(1),
    /** Chance that a rival repeats its last orders on a later rollout turn (otherwise it re-chooses greedy-lite). */
    repeat: Unit,
    /** Standard errors of the paired difference by which a candidate must beat the default. */
    confidence: NonNeg,
    /** Goal points of the game's mean score by which a candidate must beat the default. */
    margin: NonNeg,
    /**
     * Events whose odds this turn lie between `min` and `max` count as rare: a departure the
     * rollouts favour is played again, with the default, in one future per rare event in which it
     * fires this turn, and must still win with those futures weighed by their odds (as far as the
     * budget goes). `max` 0 turns this off.
     */
    rare: v.strictObject({ min: Unit, max: Unit }),
  }),
});

/** One personality, as validated. */
export type Personality = v.InferOutput<typeof PersonalitySchema>;
/** `personalities.json`: personalities by id. */
export type Personalities = v.InferOutput<typeof PersonalitiesSchema>;
/** `random`, `greedy` or `planner`. */
export type PolicyName = v.InferOutput<typeof PolicyId>;
/** One difficulty level. */
export type Level = v.InferOutput<typeof LevelSchema>;
/** `easy`, `normal` or `hard`. */
export type DifficultyId = keyof Difficulty["levels"];
/** `difficulty.json`, as validated. */
export type Difficulty = v.InferOutput<typeof DifficultySchema>;

/** The AI's data, validated. */
export interface AiRules {
  personalities: Personalities;
  difficulty: Difficulty;
}

/** What `validateAiRules` may cross-check against: the rules' agent ids. */
export interface AiRulesContext {
  agents?: string[];
}

/**
 * Validates the parsed `personalities.json` and `difficulty.json`: schema, then cross-references
 * (agents known and named by at most one personality). `value` is null if any problem is an error.
 */
export function validateAiRules(
  personalities: unknown,
  difficulty: unknown,
  context: AiRulesContext = {},
): { value: AiRules | null; problems: Problem[] } {
  const problems = [
    ...schemaProblems(
      "personalities.json",
      PersonalitiesSchema,
      personalities,
      "the file is an object of personalities by id",
    ),
    ...schemaProblems(
      "difficulty.json",
      DifficultySchema,
      difficulty,
      'the file is an object with "levels", "greedy" and "planner"',
    ),
  ];
  const p = v.safeParse(PersonalitiesSchema, personalities);
  const d = v.safeParse(DifficultySchema, difficulty);
  if (p.success) problems.push(...crossCheck(p.output, context));
  const failed = problems.some((x) => x.severity === "error");
  return {
    value: failed || !p.success || !d.success ? null : { personalities: p.output, difficulty: d.output },
    problems,
  };
}

function crossCheck(personalities: Personalities, context: AiRulesContext): Problem[] {
  const problems: Problem[] = [];
  const file = "personalities.json";
  if (Object.keys(personalities).length === 0) {
    problems.push({
      severity: "error",
      file,
      path: "",
      message: "no personalities",
      hint: "the AI needs at least one",
    });
  }
  const owner = new Map<string, string>();
  for (const [id, p] of Object.entries(personalities)) {
    p.agents.forEach((agent, i) => {
      const path = joinPath(id, "agents", i);
      const known = context.agents;
      if (known !== undefined && !known.includes(agent)) {
        const problem: Problem = {
          severity: "error",
          file,
          path,
          message: `unknown agent ${JSON.stringify(agent)}`,
        };
        const hint = didYouMean(agent, known);
        if (hint !== undefined) problem.hint = hint;
        problems.push(problem);
      }
      const first = owner.get(agent);
      if (first !== undefined) {
        problems.push({
          severity: "error",
          file,
          path,
          message: `agent ${JSON.stringify(agent)} already plays "${first}" by default`,
        });
      } else owner.set(agent, id);
    });
  }
  for (const agent of context.agents ?? []) {
    if (!owner.has(agent)) {
      problems.push({
        severity: "warning",
        file,
        path: "",
        message: `no personality names agent ${JSON.stringify(agent)}`,
        hint: "it plays the first personality unless a scenario names one",
      });
    }
  }
  return problems;
}
