/**
 * The public API of the rules engine. Pure: no DOM, no Node, no clock, no Math.random.
 * See API.md beside this file.
 */

export type * from "../rules/schema.ts";
export type { Problem } from "../rules/validate.ts";
export { validateRules as loadRules } from "../rules/validate.ts";
export { nameInText, possessive, sentence } from "./context.ts";
export { createGame, type NewGame } from "./create-game.ts";
export { gateTrack } from "./gates.ts";
export { hashState, hashText } from "./hash.ts";
export { checkInject, injectsIn } from "./injects.ts";
export { interdependence, leverage } from "./measures/compute.ts";
export { blockedFor } from "./measures/flows.ts";
export { measureValue, objectiveScore } from "./measures/objectives.ts";
export { peaceOdds } from "./orders/broker-peace.ts";
export { eventOdds } from "./phases/events.ts";
export { type Draws, randomOrders, randomTurn } from "./random-orders.ts";
export { renderReport, renderState } from "./render.ts";
export { firstLoggedTurn, logInject, logTurn, newLog, replay, unlogInject } from "./replay.ts";
export { type ResolveOptions, resolveTurn, turnStreams } from "./resolve-turn.ts";
export { type Rng, resumeRng, seedRng, seedRngs } from "./rng.ts";
export { indexRules, type RulesIndex } from "./rules-index.ts";
export { validateSave } from "./save.ts";
export type * from "./types.ts";
export { ORDER_TYPES } from "./types.ts";
export { legalOrders, orderCost, parseOrder, validateOrders } from "./validate-orders.ts";
export {
  isGameOver,
  parAfter,
  playerView,
  ranking,
  type Standing,
  scoreCurves,
  scores,
  standings,
  winner,
} from "./view.ts";
