/** The standings in words: an agent's margin over its par, and the line that names the leader. */
import { nameInText, type Rules, type Standing, sentence } from "../engine/index.ts";

const one = (x: number): string => x.toFixed(1);

/** The margin as a signed number for a table: "+4.1", "−2.6", "0.0"; "" without a par. */
export function signedMargin(s: Standing): string {
  if (s.par === null) return "";
  if (s.margin === 0) return "0.0";
  return `${s.margin > 0 ? "+" : "−"}${one(Math.abs(s.margin))}`;
}

/**
 * Who wins (`over`) or leads after turn `played`, and by what: "Kazakhstan wins: 91.7 points, 4.1
 * above its par of 87.6." Without a par: "Kazakhstan wins with 91.7 points."
 */
export function leadLine(rules: Rules, top: Standing, over: boolean, played: number): string {
  const who = sentence(nameInText(rules, top.agent));
  const verb = over ? "wins" : "leads";
  const when = over ? "" : ` after turn ${played}`;
  if (top.par === null) return `${who} ${verb} with ${one(top.score.mean)} points${when}.`;
  const side = top.margin > 0 ? "above" : "below";
  const by =
    top.margin === 0
      ? `at its par of ${one(top.par)}`
      : `${one(Math.abs(top.margin))} ${side} its par of ${one(top.par)}`;
  return `${who} ${verb}${when}: ${one(top.score.mean)} points, ${by}.`;
}
