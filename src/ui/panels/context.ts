/** What every panel needs: the rules, the controller, names and colours, and the app's shared actions. */
import { type AgentId, nameInText, type Rules } from "../../engine/index.ts";
import { namer } from "../../game/order-text.ts";
import type { GameController } from "../controller.ts";
import type { MapTarget } from "../map/map-hit.ts";

/** The app's actions that panels may call. */
export interface AppActions {
  /** Go to a screen. */
  show(screen: "title" | "setup" | "game"): void;
  /** Show a passing message (read out by screen readers). */
  toast(text: string): void;
  /** Show an error in a dialog. */
  error(title: string, text: string): void;
  /** Show in a dialog something the player must know (not an error). */
  notice(title: string, text: string): void;
  /** Centre the map on an item and show its details. */
  focusMap(target: MapTarget): void;
  /** Submit the pending orders (after painting a "resolving" banner, as the AI may think for a moment). */
  submit(): void;
  /** Re-render the game screen's panels. */
  refresh(): void;
}

/** The shared context of the panels. */
export interface UiContext {
  rules: Rules;
  controller: GameController;
  app: AppActions;
  /** The rules' name for any id, as labels and tables show it ("United States"). */
  name: (id: string) => string;
  /** The name as it reads inside a sentence ("the United States"). */
  inText: (id: string) => string;
  color: (agent: AgentId) => string;
  /** The country whose view the report, goals and preview take. */
  viewer: () => AgentId;
  setViewer: (agent: AgentId) => void;
}

/** Build the name and colour lookups of a context. */
export function lookups(rules: Rules): Pick<UiContext, "name" | "inText" | "color"> {
  const name = namer(rules);
  const colors = new Map(rules.agents.map((a) => [a.id, a.color]));
  return { name, inText: (id) => nameInText(rules, id), color: (a) => colors.get(a) ?? "#999999" };
}
