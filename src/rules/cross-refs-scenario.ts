/**
 * Cross-reference checks for one scenario: every id it names is known, every producer has routes
 * over corridors that take its cargo, and the starting influence fits.
 */
import { type Checker, checkKeys, checkPair, checkRef, inFile, refHint, report } from "./checker.ts";
import { didYouMean } from "./did-you-mean.ts";
import { isRecord, looseScenario } from "./loose.ts";
import { pathSegment } from "./problem.ts";
import type { Scenario } from "./schema.ts";

type Loose = Partial<Scenario>;

/** Checks a scenario read field by field; `file` is e.g. `scenarios/base-2026.json`. */
export function checkScenario(ck: Checker, file: string, s: Loose): void {
  const expected = file.replace(/^.*\//, "").replace(/\.json$/, "");
  if (s.id !== undefined && s.id !== expected) {
    inFile(ck, file).warning(
      "id",
      `id ${JSON.stringify(s.id)} differs from the file name`,
      `name the file ${s.id}.json`,
    );
  }
  checkKeys(ck, file, "tracks", "track", s.tracks);
  checkKeys(ck, file, "corridors", "corridor", s.corridors);
  (s.relations ?? []).forEach((r, i) => {
    checkPair(ck, file, `relations[${i}].agents`, r.agents);
  });
  checkKeys(ck, file, "capital", "agent", s.capital);
  checkSanctions(ck, file, s.sanctions);
  checkRoutes(ck, file, s.routes);
  checkInfluence(ck, file, s.influence);
  checkInjects(ck, file, s);
  checkPersonalities(ck, file, s.personalities);
}

function checkSanctions(ck: Checker, file: string, sanctions: Loose["sanctions"]): void {
  for (const [agent, targets] of Object.entries(sanctions ?? {})) {
    const at = `sanctions${pathSegment(agent)}`;
    checkRef(ck, file, at, "agent", agent);
    targets.forEach((target, i) => {
      if (checkRef(ck, file, `${at}[${i}]`, "agent", target) && target === agent) {
        inFile(ck, file).error(`${at}[${i}]`, "an agent cannot sanction itself");
      }
    });
  }
}

function checkRoutes(ck: Checker, file: string, routes: Loose["routes"]): void {
  if (routes === undefined) return;
  const places = ck.rules.places ?? [];
  for (const [producer, list] of Object.entries(routes)) {
    const at = `routes${pathSegment(producer)}`;
    const kind = places.find((p) => p.id === producer)?.kind;
    if (!checkRef(ck, file, at, "place", producer)) continue;
    if (kind !== undefined && kind !== "producer") {
      inFile(ck, file).error(at, `${JSON.stringify(producer)} is a ${kind}; only producers have routes`);
    }
    list.forEach((corridor, i) => {
      checkRoute(ck, file, `${at}[${i}]`, producer, corridor);
    });
    if (new Set(list).size < list.length) inFile(ck, file).warning(at, "lists a corridor twice");
    if (list.length === 0)
      inFile(ck, file).warning(at, "no routes: all output is lost until the producer reroutes");
  }
  for (const place of places) {
    if (place.kind === "producer" && place.id !== undefined && routes[place.id] === undefined) {
      const hint = "list the corridors that take its cargo, first choice first";
      inFile(ck, file).error("routes", `no routes for producer ${JSON.stringify(place.id)}`, hint);
    }
  }
}

function checkRoute(ck: Checker, file: string, at: string, producer: string, id: string): void {
  if (!checkRef(ck, file, at, "corridor", id)) return;
  const corridor = ck.rules.corridors?.find((c) => c.id === id);
  if (corridor?.feeders === undefined || corridor.feeders.includes(producer)) return;
  const takers = (ck.rules.corridors ?? [])
    .filter((c) => c.feeders?.includes(producer))
    .map((c) => c.id ?? "");
  const message = `corridor ${JSON.stringify(id)} does not take cargo from ${JSON.stringify(producer)}`;
  const hint =
    takers.length > 0 ? `corridors that take its cargo: ${takers.join(", ")}` : "no corridor takes its cargo";
  inFile(ck, file).error(at, message, didYouMean(id, takers) ?? hint);
}

function checkInfluence(ck: Checker, file: string, influence: Loose["influence"]): void {
  for (const [regionId, shares] of Object.entries(influence ?? {})) {
    const at = `influence${pathSegment(regionId)}`;
    if (!checkRef(ck, file, at, "region", regionId)) continue;
    checkKeys(ck, file, at, "agent", shares);
    const region = ck.rules.regions?.find((r) => r.id === regionId);
    if (region?.host && shares[region.host] !== undefined) {
      inFile(ck, file).error(`${at}${pathSegment(region.host)}`, "the host has no outside influence");
    }
    const merged = { ...(region?.influence ?? {}), ...shares };
    const total = Object.values(merged).reduce((a, b) => a + b, 0);
    if (total > 100) {
      inFile(ck, file).error(
        at,
        `influence shares sum to ${total} with the region's defaults, more than 100`,
      );
    }
  }
}

function checkInjects(ck: Checker, file: string, s: Loose): void {
  (s.injects ?? []).forEach((inject, i) => {
    checkRef(ck, file, `injects[${i}].event`, "event", inject.event);
    if (s.turns !== undefined && inject.turn > s.turns) {
      inFile(ck, file).warning(
        `injects[${i}].turn`,
        `turn ${inject.turn} is after the last turn (${s.turns}); it never fires`,
      );
    }
  });
}

function checkPersonalities(ck: Checker, file: string, personalities: Loose["personalities"]): void {
  for (const [agent, id] of Object.entries(personalities ?? {})) {
    const at = `personalities${pathSegment(agent)}`;
    checkRef(ck, file, at, "agent", agent);
    if (ck.personalities === null) {
      inFile(ck, file).warning(
        at,
        `personality ${JSON.stringify(id)} cannot be checked`,
        "there is no personalities.json",
      );
    } else if (!ck.personalities.includes(id)) {
      inFile(ck, file).error(at, `unknown personality ${JSON.stringify(id)}`, refHint(id, ck.personalities));
    }
  }
}

/**
 * Checks `par.json` against the scenarios and agents: each scenario it names lists every agent (a
 * ranking against par needs all of them) with a value for each turn; a par for a near miss of a scenario's id is a warning.
 */
export function checkPar(ck: Checker, file: string, raw: unknown, scenarios: Record<string, unknown>): void {
  const par = isRecord(raw) && isRecord(raw.scenarios) ? raw.scenarios : null;
  if (par === null) return;
  const turns = new Map<string, number>();
  for (const s of Object.values(scenarios)) {
    const { id, turns: n } = looseScenario(s);
    if (id !== undefined && n !== undefined) turns.set(id, n);
  }
  const agents = ck.rules.ids.agent;
  for (const [scenario, byAgent] of Object.entries(par)) {
    const at = `scenarios${pathSegment(scenario)}`;
    if (!turns.has(scenario)) {
      // A scenario taken out of the folder leaves its par behind, which harms nothing; a par whose
      // id is a near miss of a scenario's is most likely that scenario's, misspelt.
      const near = didYouMean(scenario, [...turns.keys()]);
      if (near !== undefined)
        report(
          ck,
          "warning",
          file,
          at,
          `par for an unknown scenario ${JSON.stringify(scenario)}; it is ignored`,
          near,
        );
      continue;
    }
    if (!isRecord(byAgent)) continue;
    const known = Object.keys(byAgent).filter((a) => checkRef(ck, file, at + pathSegment(a), "agent", a));
    const missing = (agents ?? []).filter((a) => !(a in byAgent));
    if (missing.length > 0)
      report(
        ck,
        "error",
        file,
        at,
        `no par for ${missing.join(", ")}`,
        "run npm run par -- --write to measure it again",
      );
    const n = turns.get(scenario) ?? 0;
    for (const agent of known) {
      const curve = byAgent[agent];
      if (Array.isArray(curve) && curve.length !== n)
        report(
          ck,
          "warning",
          file,
          at + pathSegment(agent),
          `par for ${curve.length} of the scenario's ${n} turns`,
          "run npm run par -- --write to measure it again; meanwhile a later turn is held to the last par given",
        );
    }
  }
}
