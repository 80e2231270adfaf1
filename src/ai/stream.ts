/** The AI's own random streams: derived from the game seed, the agent and the turn, never from the game's RNG. */
import { type AgentId, type Rng, type RngState, resumeRng, seedRng } from "../engine/index.ts";

/** The stream an agent's AI draws from on a turn. */
export function agentStream(seed: string, agent: AgentId, turn: number): Rng {
  return resumeRng(seedRng(`ai:${seed}:${agent}:${turn}`));
}

/** A fresh generator state derived from a stream (each call draws once, so successive calls differ). */
export function childRngState(rng: Rng, label: string): RngState {
  return seedRng(`${label}:${rng.next()}`);
}
