/**
 * Cross-reference checks for play: tracks, actions, events and goals.
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
import type { EventEffect, Measure, Objective } from "./schema.ts";

/** Tracks: two known, different parties. */
export function checkTracks(ck: Checker): void {
  checkDuplicates(ck, "track", ck.rules.tracks);
  for (const [track, i] of indexed(ck.rules.tracks))
    checkPair(ck, "tracks.json", `tracks[${i}].parties`, track.parties);
}

/** Actions: the agents allowed export controls are known. */
export function checkActions(ck: Checker): void {
  const agents = ck.rules.actions["export-controls"]?.agents ?? [];
  checkRefs(ck, "actions.json", "actions.export-controls.agents", "agent", agents);
}

/** Events: tracks, agents, corridors, places and regions they touch are known. */
export function checkEvents(ck: Checker): void {
  checkDuplicates(ck, "event", ck.rules.events);
  for (const [event, i] of indexed(ck.rules.events)) {
    const at = `events[${i}]`;
    checkKeys(ck, "events.json", `${at}.trackOdds`, "track", event.trackOdds);
    checkPair(ck, "events.json", `${at}.damping.agents`, event.damping?.agents);
    (event.effects ?? []).forEach((effect, j) => {
      checkEffect(ck, effect, `${at}.effects[${j}]`);
    });
  }
}

function checkEffect(ck: Checker, effect: EventEffect, at: string): void {
  const ref = (field: string, kind: Parameters<typeof checkRef>[3], id: string): boolean =>
    checkRef(ck, "events.json", `${at}.${field}`, kind, id);
  switch (effect.kind) {
    case "track":
      ref("track", "track", effect.track);
      return;
    case "relation":
      checkPair(ck, "events.json", `${at}.agents`, effect.agents);
      return;
    case "capital":
      ref("agent", "agent", effect.agent);
      return;
    case "corridor-capacity":
    case "corridor-open":
      ref("corridor", "corridor", effect.corridor);
      return;
    case "output":
      if (ref("place", "place", effect.place)) checkProducer(ck, effect.place, `${at}.place`);
      return;
    case "export-controls":
      if (ref("agent", "agent", effect.agent)) checkExportControls(ck, effect.agent, `${at}.agent`);
      return;
    case "influence":
      ref("region", "region", effect.region);
      ref("agent", "agent", effect.agent);
      return;
  }
}

function checkProducer(ck: Checker, id: string, path: string): void {
  const kind = ck.rules.places?.find((p) => p.id === id)?.kind;
  if (kind !== undefined && kind !== "producer") {
    inFile(ck, "events.json").error(
      path,
      `${JSON.stringify(id)} is a ${kind}, not a producer`,
      "only producers have output",
    );
  }
}

function checkExportControls(ck: Checker, agent: string, path: string): void {
  const allowed = ck.rules.actions["export-controls"]?.agents;
  if (allowed !== undefined && !allowed.includes(agent)) {
    const hint = 'add it to "export-controls".agents in actions.json';
    inFile(ck, "events.json").warning(path, `${JSON.stringify(agent)} may not impose export controls`, hint);
  }
}

/** Measures that compare the owner with another agent: `of` is required. */
const PAIR_MEASURES: readonly Measure[] = [
  "export-share-not-via",
  "leverage-over",
  "interdependence",
  "access-to-resources-of",
];
/** Measures where `of` may name whose value counts (default: the owner). */
const OPTIONAL_OF: readonly Measure[] = ["mean-influence"];

/** Goals: every agent has objectives, each with the parameters its measure needs. */
export function checkGoals(ck: Checker): void {
  const { agents, crisis } = ck.rules.goals;
  checkKeys(ck, "goals.json", "agents", "agent", agents);
  for (const id of ck.rules.ids.agent ?? []) {
    if (agents[id] === undefined)
      inFile(ck, "goals.json").error("agents", `no objectives for agent ${JSON.stringify(id)}`);
  }
  for (const [agent, objectives] of Object.entries(agents)) {
    checkUnique(ck, "goals.json", `agents.${agent}`, "objective", objectives);
    objectives.forEach((o, i) => {
      checkObjective(ck, agent, o, `agents.${agent}[${i}]`);
    });
  }
  checkKeys(ck, "goals.json", "crisis.tracks", "track", crisis.tracks);
}

function checkObjective(ck: Checker, owner: string, o: Partial<Objective>, at: string): void {
  if (o.best !== undefined && o.best === o.worst) {
    inFile(ck, "goals.json").error(
      `${at}.worst`,
      "best and worst must differ",
      "best scores 100 and worst scores 0",
    );
  }
  if (o.measure === undefined) return;
  checkParam(ck, at, o, "of", PAIR_MEASURES.includes(o.measure), OPTIONAL_OF.includes(o.measure));
  checkParam(ck, at, o, "region", o.measure === "influence", false);
  checkParam(ck, at, o, "track", o.measure === "track", false);
  if (
    checkRef(ck, "goals.json", `${at}.of`, "agent", o.of) &&
    o.of === owner &&
    PAIR_MEASURES.includes(o.measure)
  ) {
    inFile(ck, "goals.json").error(`${at}.of`, `${o.measure} compares two agents, "of" cannot be the owner`);
  }
  checkRef(ck, "goals.json", `${at}.region`, "region", o.region);
  checkRef(ck, "goals.json", `${at}.track`, "track", o.track);
}

function checkParam(
  ck: Checker,
  at: string,
  o: Partial<Objective>,
  param: "of" | "region" | "track",
  required: boolean,
  optional: boolean,
): void {
  const measure = JSON.stringify(o.measure);
  if (required && o[param] === undefined) {
    const hint = { of: "name the other agent", region: "name the region", track: "name the track" }[param];
    inFile(ck, "goals.json").error(at, `measure ${measure} needs "${param}"`, hint);
  } else if (!required && !optional && o[param] !== undefined) {
    inFile(ck, "goals.json").warning(
      `${at}.${param}`,
      `measure ${measure} does not use "${param}"; it is ignored`,
    );
  }
}
