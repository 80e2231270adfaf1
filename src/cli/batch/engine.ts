/** The engine functions and types the batch CLI uses, re-exported in one place. */
export type * from "../../engine/index.ts";
export {
  createGame,
  hashState,
  hashText,
  interdependence,
  isGameOver,
  legalOrders,
  leverage,
  orderCost,
  replay,
  resolveTurn,
  resumeRng,
  scores,
  seedRng,
  standings,
  validateOrders,
  winner,
} from "../../engine/index.ts";
