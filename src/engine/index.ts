/**
 * The public API of the rules engine. Pure: no DOM, no Node, no clock, no Math.random.
 * See API.md beside this file.
 */
export { validateRules as loadRules } from "../rules/validate.ts";
export type { Problem } from "../rules/validate.ts";
export type * from "../rules/schema.ts";
export type * from "./types.ts";
export { ORDER_TYPES } from "./types.ts";
export { createGame, type NewGame } from "./create-game.ts";
export { resolveTurn, type ResolveOptions } from "./resolve-turn.ts";
export { legalOrders, orderCost, parseOrder, validateOrders } from "./validate-orders.ts";
export { playerView, scores, winner, isGameOver } from "./view.ts";
export { hashState, hashText } from "./hash.ts";
export { replay, newLog, logTurn } from "./replay.ts";
export { validateSave } from "./save.ts";
export { renderState, renderReport } from "./render.ts";
export { interdependence, leverage } from "./measures/compute.ts";
export { measureValue, objectiveScore } from "./measures/objectives.ts";
export { blockedFor } from "./measures/flows.ts";
export { eventOdds } from "./phases/events.ts";
export { peaceOdds } from "./orders/broker-peace.ts";
export { gateTrack } from "./gates.ts";
export { indexRules, type RulesIndex } from "./rules-index.ts";
export { seedRng, resumeRng, type Rng } from "./rng.ts";
