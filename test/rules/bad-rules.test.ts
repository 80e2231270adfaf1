import { describe, expect, it } from "vitest";
import { formatProblem, type Problem, validateRules } from "../../src/rules/validate.ts";
import { patch, REMOVE, readRules } from "./rules-fixture.ts";

/** A broken ruleset: the shipped rules with a few JSON-path patches, and exactly what must be said. */
interface Case {
  name: string;
  patches: [file: string, path: string, value: unknown][];
  problems: Problem[];
}

const error = (file: string, path: string, message: string, hint?: string): Problem =>
  hint === undefined
    ? { severity: "error", file, path, message }
    : { severity: "error", file, path, message, hint };

const CASES: Case[] = [
  {
    name: "a misspelt place in a corridor's path",
    patches: [["corridors.json", "corridors[0].path[0]", "caspain"]],
    problems: [
      error("corridors.json", "corridors[0].path[0]", 'unknown place "caspain"', 'did you mean "caspian"?'),
    ],
  },
  {
    name: "a transit place as a feeder",
    patches: [
      ["corridors.json", "corridors[2].feeders[1]", "anatolia"],
      ["scenarios/base-2026.json", "routes.uzbekistan-mines", ["tripp", "trans-siberian"]],
      ["scenarios/ceasefire.json", "routes.uzbekistan-mines", ["tripp", "trans-siberian"]],
      ["scenarios/tripp-crisis.json", "routes.uzbekistan-mines", ["tripp", "trans-siberian"]],
    ],
    problems: [
      error("corridors.json", "corridors[2].feeders[1]", 'feeder "anatolia" is a transit, not a producer'),
    ],
  },
  {
    name: "a corridor that ends short of a market",
    patches: [["corridors.json", "corridors[2].path", ["xinjiang", "novosibirsk"]]],
    problems: [
      error(
        "corridors.json",
        "corridors[2].path[1]",
        'the last place "novosibirsk" is not a market with a buyer',
        "a corridor's path ends at a market whose buyer is set",
      ),
    ],
  },
  {
    name: "a misspelt field name",
    patches: [
      ["corridors.json", "corridors[1].capacity", REMOVE],
      ["corridors.json", "corridors[1].capcity", 6000],
    ],
    problems: [
      error("corridors.json", "corridors[1].capacity", 'missing field "capacity"'),
      error("corridors.json", "corridors[1].capcity", 'unknown field "capcity"', 'did you mean "capacity"?'),
    ],
  },
  {
    name: "an empty name in a sentence",
    patches: [["agents.json", "agents[0].inText", ""]],
    problems: [error("agents.json", "agents[0].inText", "must not be empty")],
  },
  {
    name: "a number written as a string",
    patches: [["agents.json", "agents[0].capital", "3000"]],
    problems: [error("agents.json", "agents[0].capital", 'expected a number, got "3000"')],
  },
  {
    name: "a risk above 1",
    patches: [["corridors.json", "corridors[0].risk", 1.5]],
    problems: [error("corridors.json", "corridors[0].risk", "must be at most 1, got 1.5")],
  },
  {
    name: "a misspelt place kind",
    patches: [["places.json", "places[0].kind", "prodcer"]],
    problems: [
      error(
        "places.json",
        "places[0].kind",
        'expected one of "producer", "transit", "market", got "prodcer"',
        'did you mean "producer"?',
      ),
    ],
  },
  {
    name: "a misspelt event effect kind",
    patches: [["events.json", "events[0].effects[0].kind", "trak"]],
    problems: [
      error(
        "events.json",
        "events[0].effects[0].kind",
        'expected one of "track", "relation", "capital", "corridor-capacity", "corridor-open", "output", "export-controls", "influence", got "trak"',
        'did you mean "track"?',
      ),
    ],
  },
  {
    name: "event odds that depend on an unknown track",
    patches: [["events.json", "events[0].trackOdds", { "turkey-rusia": 0.001 }]],
    problems: [
      error(
        "events.json",
        "events[0].trackOdds.turkey-rusia",
        'unknown track "turkey-rusia"',
        'did you mean "turkey-russia"?',
      ),
    ],
  },
  {
    name: "an agent with no relation to another",
    patches: [["agents.json", "agents[0].relations.mn", REMOVE]],
    problems: [
      error(
        "agents.json",
        "agents[0].relations",
        'no relation with "mn"',
        "every agent needs a relation with every other agent",
      ),
    ],
  },
  {
    name: "influence shares over 100",
    patches: [["regions.json", "regions[0].influence.ru", 70]],
    problems: [error("regions.json", "regions[0].influence", "influence shares sum to 110, more than 100")],
  },
  {
    name: "two events with one id",
    patches: [["events.json", "events[1].id", "turkey-russia-incident"]],
    problems: [
      error(
        "events.json",
        "events[1].id",
        'duplicate event id "turkey-russia-incident"',
        "first used at events[0]",
      ),
    ],
  },
  {
    name: "a scenario route over a corridor that does not take the producer's cargo",
    patches: [["scenarios/base-2026.json", "routes.mongolia-mines[0]", "china-west"]],
    problems: [
      error(
        "scenarios/base-2026.json",
        "routes.mongolia-mines[0]",
        'corridor "china-west" does not take cargo from "mongolia-mines"',
        "corridors that take its cargo: trans-siberian, china-north",
      ),
    ],
  },
  {
    name: "a scenario that forgets a producer's routes",
    patches: [["scenarios/ceasefire.json", "routes.siberia-far-east", REMOVE]],
    problems: [
      error(
        "scenarios/ceasefire.json",
        "routes",
        'no routes for producer "siberia-far-east"',
        "list the corridors that take its cargo, first choice first",
      ),
    ],
  },
  {
    name: "an inject of a misspelt event",
    patches: [["scenarios/tripp-crisis.json", "injects[0].event", "armenia-azerbaijan-flareup"]],
    problems: [
      error(
        "scenarios/tripp-crisis.json",
        "injects[0].event",
        'unknown event "armenia-azerbaijan-flareup"',
        'did you mean "armenia-azerbaijan-flare-up"?',
      ),
    ],
  },
  {
    name: "a pair measure without the other agent",
    patches: [["goals.json", "agents.tr[4].of", REMOVE]],
    problems: [
      error("goals.json", "agents.tr[4]", 'measure "leverage-over" needs "of"', "name the other agent"),
    ],
  },
  {
    name: "an objective in a misspelt region",
    patches: [["goals.json", "agents.ru[2].region", "kazakstan"]],
    problems: [
      error("goals.json", "agents.ru[2].region", 'unknown region "kazakstan"', 'did you mean "kazakhstan"?'),
    ],
  },
  {
    name: "a market bought by an unknown agent",
    patches: [["places.json", "places[16].buyer", "usa"]],
    problems: [error("places.json", "places[16].buyer", 'unknown agent "usa"', 'did you mean "us"?')],
  },
  {
    name: "a record key that is not an id",
    patches: [["scenarios/base-2026.json", "tracks", { "Ukraine-War": 80 }]],
    problems: [
      error(
        "scenarios/base-2026.json",
        "tracks.Ukraine-War",
        'key "Ukraine-War" must be a kebab-case id (lowercase words joined by hyphens)',
      ),
    ],
  },
  {
    name: "a track between an agent and itself",
    patches: [["tracks.json", "tracks[1].parties", ["tr", "tr"]]],
    problems: [
      error(
        "tracks.json",
        "tracks[1].parties",
        'names the same agent twice ("tr")',
        "name two different agents",
      ),
    ],
  },
  {
    name: "a missing file",
    patches: [["model.json", "", REMOVE]],
    problems: [error("model.json", "", "file is missing", "every ruleset has model.json")],
  },
  {
    name: "a par that leaves a country out and names an unknown one",
    patches: [
      ["par.json", "scenarios.ceasefire.kz", REMOVE],
      ["par.json", "scenarios.ceasefire.kzz", [50]],
    ],
    problems: [
      error("par.json", "scenarios.ceasefire.kzz", 'unknown agent "kzz"', 'did you mean "kz"?'),
      error(
        "par.json",
        "scenarios.ceasefire",
        "no par for kz",
        "run npm run par -- --write to measure it again",
      ),
    ],
  },
  {
    name: "a par above 100",
    patches: [["par.json", "scenarios.base-2026.us[3]", 120]],
    problems: [error("par.json", "scenarios.base-2026.us[3]", "must be at most 100, got 120")],
  },
];

describe("broken rules are refused with every problem named", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const raw = readRules();
      for (const [file, path, value] of c.patches) patch(raw, file, path, value);
      const { rules, problems } = validateRules(raw.files, raw.scenarios);
      expect(problems).toEqual(c.problems);
      expect(rules).toBeNull();
    });
  }

  it("formats a problem as one line with its hint", () => {
    const raw = readRules();
    patch(raw, "corridors.json", "corridors[2].path[0]", "xinjang");
    const [problem] = validateRules(raw.files, raw.scenarios).problems;
    expect(formatProblem(problem!)).toBe(
      'error corridors.json corridors[2].path[0]: unknown place "xinjang" (did you mean "xinjiang"?)',
    );
  });

  it("collects problems from several files at once", () => {
    const raw = readRules();
    patch(raw, "corridors.json", "corridors[0].path[0]", "caspain");
    patch(raw, "agents.json", "agents[1].actionPoints", 0);
    patch(raw, "scenarios/base-2026.json", "injects[0].turn", 2.5);
    const where = validateRules(raw.files, raw.scenarios).problems.map((p) => `${p.file} ${p.path}`);
    expect(where.sort()).toEqual([
      "agents.json agents[1].actionPoints",
      "corridors.json corridors[0].path[0]",
      "scenarios/base-2026.json injects[0].turn",
    ]);
  });

  it("warns of a par shorter than its scenario or for an unknown one, and still loads the rules", () => {
    const raw = readRules();
    patch(raw, "par.json", "scenarios.ceasefire.us", [60, 61]);
    patch(raw, "par.json", "scenarios.cease-fire", { us: [50] });
    const { rules, problems } = validateRules(raw.files, raw.scenarios);
    expect(problems).toEqual([
      {
        severity: "warning",
        file: "par.json",
        path: "scenarios.ceasefire.us",
        message: "par for 2 of the scenario's 16 turns",
        hint: "run npm run par -- --write to measure it again; meanwhile a later turn is held to the last par given",
      },
      {
        severity: "warning",
        file: "par.json",
        path: "scenarios.cease-fire",
        message: 'par for an unknown scenario "cease-fire"; it is ignored',
        hint: 'did you mean "ceasefire"?',
      },
    ]);
    expect(rules?.par.ceasefire?.us).toEqual([60, 61]);
  });

  it("loads rules without a par.json, with no par for any scenario", () => {
    const raw = readRules();
    delete raw.files["par.json"];
    const { rules, problems } = validateRules(raw.files, raw.scenarios);
    expect(problems).toEqual([]);
    expect(rules?.par).toEqual({});
  });

  it("lets warnings through: the rules still load", () => {
    const raw = readRules();
    patch(raw, "events.json", "events[4].effects[0].agent", "ru");
    const { rules, problems } = validateRules(raw.files, raw.scenarios);
    expect(problems).toEqual([
      {
        severity: "warning",
        file: "events.json",
        path: "events[4].effects[0].agent",
        message: '"ru" may not impose export controls',
        hint: 'add it to "export-controls".agents in actions.json',
      },
    ]);
    expect(rules).not.toBeNull();
  });
});
