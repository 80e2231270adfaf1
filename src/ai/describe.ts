/** Plain words for orders and goal measures, built from the rules' names (for rationales). */
import type { AgentId, Objective, Order, Rules } from "../engine/index.ts";
import { indexRules, nameInText, possessive } from "../engine/index.ts";

/**
 * A name as it reads in a sentence, without a parenthesised gloss: `TRIPP`, `the United States`,
 * `the Ukraine war`.
 */
export function shortName(rules: Rules, id: string): string {
  return nameInText(rules, id).replace(/\s*\(.*\)\s*$/, "");
}

/** What an order does, in a few words: `Set the fee on TRIPP to high`. */
export function orderPhrase(rules: Rules, order: Order): string {
  const n = (id: string) => shortName(rules, id);
  switch (order.type) {
    case "invest": {
      const t = order.target;
      const where =
        t.kind === "mine"
          ? `a new mine at ${n(t.place)}`
          : t.kind === "joint-project"
            ? `a joint project at ${n(t.place)}`
            : t.kind === "corridor"
              ? `capacity on ${n(t.corridor)}`
              : upgradeName(rules, t.corridor, t.upgrade);
      return `Invest ${order.amount} $M in ${where}`;
    }
    case "broker-peace":
      return tension(rules, order.track) ? `Broker peace on ${n(order.track)}` : `Shore up ${n(order.track)}`;
    case "block-corridor":
      return `Block ${n(order.corridor)}`;
    case "reopen-corridor":
      return `Reopen ${n(order.corridor)}`;
    case "set-transit-fee":
      return `Set the fee on ${n(order.corridor)} to ${order.level}`;
    case "reroute-exports":
      return `Route ${possessive(n(order.producer))} exports via ${n(order.routes[0] ?? "")} first`;
    case "sanction":
      return `Sanction ${n(order.target)}`;
    case "lift-sanctions":
      return `Lift sanctions on ${n(order.target)}`;
    case "export-controls":
      return "Impose export controls on processed rare earths";
    case "sign-agreement":
      return `Offer ${n(order.partner)} ${order.kind === "offtake" ? "an" : "a"} ${order.kind} agreement`;
    case "soft-power":
      return `Build soft power in ${n(order.region)}`;
    case "escalate":
      return tension(rules, order.track) ? `Escalate ${n(order.track)}` : `Undermine ${n(order.track)}`;
    case "pass":
      return "Hold";
  }
}

const tension = (rules: Rules, track: string): boolean => indexRules(rules).track.get(track)?.tension ?? true;

function upgradeName(rules: Rules, corridor: string, upgrade: string): string {
  const u = indexRules(rules)
    .corridor.get(corridor)
    ?.upgrades.find((x) => x.id === upgrade);
  return (u?.inText ?? u?.name ?? upgrade).replace(/\s*\(.*\)\s*$/, "");
}

/** The unit a measure is shown in. */
type Unit = "money" | "share" | "points" | "kt" | "count";

const UNITS: Record<Objective["measure"], Unit> = {
  income: "money",
  "export-income": "money",
  "transit-income": "money",
  "route-count": "count",
  "export-share-not-via": "share",
  "investment-received": "money",
  influence: "points",
  "mean-influence": "points",
  "leverage-over": "share",
  interdependence: "share",
  "sanctions-against": "count",
  "us-non-chinese-supply": "kt",
  "us-route-diversity": "share",
  "us-supply-security": "points",
  "china-processing-share": "share",
  "access-to-resources-of": "kt",
  track: "points",
};

/** A measure's value in its unit: `31 $M`, `38%`, `12.5 points`. */
export function formatValue(o: Objective, x: number): string {
  const unit = UNITS[o.measure];
  const r = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);
  if (unit === "money") return `${r(x, 0)} $M`;
  if (unit === "share") return `${r(x * 100, Math.abs(x) < 0.1 ? 1 : 0)}%`;
  if (unit === "kt") return `${r(x, 1)} kt`;
  if (unit === "count") return r(x, 1);
  return r(x, 1);
}

/** What a measure is, for an agent: `Türkiye's transit income`, `China's processing share`. */
export function measureLabel(rules: Rules, agent: AgentId, o: Objective): string {
  const me = possessive(shortName(rules, agent));
  const of = shortName(rules, o.of ?? "");
  switch (o.measure) {
    case "income":
      return `${me} national income`;
    case "export-income":
      return `${me} export income`;
    case "transit-income":
      return `${me} transit income`;
    case "route-count":
      return `${me} export routes in use`;
    case "export-share-not-via":
      return `the share of ${me} exports that avoids ${of}`;
    case "investment-received":
      return `investment in ${shortName(rules, agent)}`;
    case "influence":
      return `${me} influence in ${shortName(rules, o.region ?? "")}`;
    case "mean-influence":
      return `${possessive(of)} mean influence in the region`;
    case "leverage-over":
      return `${me} leverage over ${of}`;
    case "interdependence":
      return `${me} interdependence with ${of}`;
    case "sanctions-against":
      return `sanctions on ${shortName(rules, agent)}`;
    case "us-non-chinese-supply":
      return "US rare earths from outside China";
    case "us-route-diversity":
      return "the spread of US rare-earth routes";
    case "us-supply-security":
      return "US supply security";
    case "china-processing-share":
      return "China's share of the region's processing";
    case "access-to-resources-of":
      return `${me} access to ${possessive(of)} ore and metal`;
    case "track":
      return shortName(rules, o.track ?? "");
  }
}

/** A goal's text as a clause: `Earn transit fees on TRIPP.` → `earn transit fees on TRIPP`. */
export function goalClause(o: Objective): string {
  const text = o.text.trim().replace(/[.!]+$/, "");
  const first = text.charAt(0);
  const keepCase = /^[A-Z]{2}|^(US|China|Russia|Türkiye|Turkey|Mongolia|Kazakhstan|Uzbekistan)\b/.test(text);
  return keepCase ? text : first.toLowerCase() + text.slice(1);
}
