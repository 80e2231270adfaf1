/**
 * Cross-reference checks for the map: agents, regions, places, commodities and corridors.
 */
import {
  type Checker,
  checkDuplicates,
  checkKeys,
  checkPair,
  checkRef,
  checkRefs,
  checkUnique,
  indexed,
  inFile,
} from "./checker.ts";
import type { Place } from "./schema.ts";

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Agents: relations with every other agent, trade partners known. */
export function checkAgents(ck: Checker): void {
  const agents = ck.rules.agents;
  checkDuplicates(ck, "agent", agents);
  const ids = ck.rules.ids.agent ?? [];
  for (const [agent, i] of indexed(agents)) {
    const at = `agents[${i}]`;
    checkKeys(ck, "agents.json", `${at}.relations`, "agent", agent.relations);
    checkKeys(ck, "agents.json", `${at}.baseTrade`, "agent", agent.baseTrade);
    if (agent.id === undefined) continue;
    if (agent.relations?.[agent.id] !== undefined) {
      inFile(ck, "agents.json").error(`${at}.relations.${agent.id}`, "an agent has no relation with itself");
    }
    if (agent.baseTrade?.[agent.id] !== undefined) {
      inFile(ck, "agents.json").error(`${at}.baseTrade.${agent.id}`, "an agent does not trade with itself");
    }
    if (agent.relations === undefined) continue;
    for (const other of ids) {
      if (other !== agent.id && agent.relations[other] === undefined) {
        const hint = "every agent needs a relation with every other agent";
        inFile(ck, "agents.json").error(`${at}.relations`, `no relation with ${JSON.stringify(other)}`, hint);
      }
    }
  }
  checkSymmetry(ck);
}

function checkSymmetry(ck: Checker): void {
  const byId = new Map((ck.rules.agents ?? []).map((a) => [a.id, a]));
  for (const [agent, i] of indexed(ck.rules.agents)) {
    for (const [other, value] of Object.entries(agent.relations ?? {})) {
      const back = byId.get(other)?.relations?.[agent.id ?? ""];
      if (back !== undefined && back !== value && (agent.id ?? "") < other) {
        const message = `relation with ${JSON.stringify(other)} is ${value} but ${other}'s with ${agent.id} is ${back}`;
        inFile(ck, "agents.json").warning(
          `agents[${i}].relations.${other}`,
          message,
          "scenarios set relations both ways",
        );
      }
    }
  }
}

/** Regions: host and influencers known, starting shares within 100. */
export function checkRegions(ck: Checker): void {
  checkDuplicates(ck, "region", ck.rules.regions);
  const cap = ck.rules.model.influenceCap;
  for (const [region, i] of indexed(ck.rules.regions)) {
    const at = `regions[${i}]`;
    checkRef(ck, "regions.json", `${at}.host`, "agent", region.host);
    checkKeys(ck, "regions.json", `${at}.influence`, "agent", region.influence);
    checkKeys(ck, "regions.json", `${at}.legacy`, "agent", region.legacy);
    if (region.host && region.influence?.[region.host] !== undefined) {
      const hint = "the host holds whatever the outside powers do not";
      inFile(ck, "regions.json").error(
        `${at}.influence.${region.host}`,
        "the host has no outside influence",
        hint,
      );
    }
    const total = sum(Object.values(region.influence ?? {}));
    if (total > 100) {
      inFile(ck, "regions.json").error(`${at}.influence`, `influence shares sum to ${total}, more than 100`);
    } else if (cap !== undefined && total > cap) {
      inFile(ck, "regions.json").warning(
        `${at}.influence`,
        `influence shares sum to ${total}, above influenceCap ${cap}`,
      );
    }
  }
}

/** Places: countries, regions and commodities known; producers produce, markets have buyers. */
export function checkPlaces(ck: Checker): void {
  checkDuplicates(ck, "place", ck.rules.places);
  for (const [place, i] of indexed(ck.rules.places)) {
    const at = `places[${i}]`;
    checkRef(ck, "places.json", `${at}.country`, "agent", place.country);
    checkRef(ck, "places.json", `${at}.region`, "region", place.region);
    checkKeys(ck, "places.json", `${at}.output`, "commodity", place.output);
    checkRef(ck, "places.json", `${at}.buyer`, "agent", place.buyer);
    checkPlaceKind(ck, place, at);
  }
}

function checkPlaceKind(ck: Checker, place: Partial<Place>, at: string): void {
  const hasOutput = Object.keys(place.output ?? {}).length > 0;
  if (place.kind === "producer" && !hasOutput) {
    inFile(ck, "places.json").error(
      at,
      "a producer needs an output",
      'add "output": { "<commodity>": kt per turn }',
    );
  }
  if (place.kind !== undefined && place.kind !== "producer" && place.output !== undefined) {
    inFile(ck, "places.json").error(`${at}.output`, `only producers have an output, this is a ${place.kind}`);
  }
  if (place.kind === "market" && place.buyer === undefined) {
    inFile(ck, "places.json").error(at, "a market needs a buyer", 'add "buyer": "<agent id>"');
  }
  if (place.kind !== undefined && place.kind !== "market" && place.buyer !== undefined) {
    inFile(ck, "places.json").error(`${at}.buyer`, `only markets have a buyer, this is a ${place.kind}`);
  }
}

/** Commodities: unique, and at least one counts as rare earths. */
export function checkCommodities(ck: Checker): void {
  checkDuplicates(ck, "commodity", ck.rules.commodities);
  const list = ck.rules.commodities;
  if (list !== null && list.length > 0 && !list.some((c) => c.rareEarth === true)) {
    inFile(ck, "commodities.json").warning(
      "commodities",
      "no commodity has rareEarth: true",
      "supply measures count only rare earths",
    );
  }
}

/** Corridors: paths run over transit places to a market, feeders are producers, agents known. */
export function checkCorridors(ck: Checker): void {
  checkDuplicates(ck, "corridor", ck.rules.corridors);
  const places = new Map((ck.rules.places ?? []).map((p) => [p.id, p]));
  for (const [corridor, i] of indexed(ck.rules.corridors)) {
    const at = `corridors[${i}]`;
    checkPath(ck, corridor.path, at, places);
    (corridor.feeders ?? []).forEach((feeder, j) => {
      const path = `${at}.feeders[${j}]`;
      const kind = places.get(feeder)?.kind;
      if (
        checkRef(ck, "corridors.json", path, "place", feeder) &&
        kind !== undefined &&
        kind !== "producer"
      ) {
        inFile(ck, "corridors.json").error(
          path,
          `feeder ${JSON.stringify(feeder)} is a ${kind}, not a producer`,
        );
      }
    });
    checkRefs(ck, "corridors.json", `${at}.controllers`, "agent", corridor.controllers);
    checkKeys(ck, "corridors.json", `${at}.fees`, "agent", corridor.fees);
    checkPair(ck, "corridors.json", `${at}.opening.parties`, corridor.opening?.parties);
    checkUnique(ck, "corridors.json", `${at}.upgrades`, "upgrade", corridor.upgrades ?? []);
  }
}

function checkPath(
  ck: Checker,
  path: string[] | undefined,
  at: string,
  places: Map<string | undefined, Partial<Place>>,
): void {
  (path ?? []).forEach((id, j) => {
    const where = `${at}.path[${j}]`;
    if (!checkRef(ck, "corridors.json", where, "place", id)) return;
    const place = places.get(id);
    const last = j === (path ?? []).length - 1;
    if (place?.kind === "producer") {
      inFile(ck, "corridors.json").error(
        where,
        `${JSON.stringify(id)} is a producer`,
        "producers load onto a corridor as feeders, not on its path",
      );
    } else if (last && place !== undefined && (place.kind !== "market" || place.buyer === undefined)) {
      const hint = "a corridor's path ends at a market whose buyer is set";
      inFile(ck, "corridors.json").error(
        where,
        `the last place ${JSON.stringify(id)} is not a market with a buyer`,
        hint,
      );
    } else if (!last && place?.kind === "market") {
      inFile(ck, "corridors.json").error(
        where,
        `${JSON.stringify(id)} is a market`,
        "only the last place of a path may be a market",
      );
    }
  });
}
