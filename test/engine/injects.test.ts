/** The facilitator's injects: checked before they are added, fired in their turn, kept by the log and replayed. */
import { describe, expect, it } from "vitest";
import { playRandomGame, randomTurn } from "../../src/cli/random-play.ts";
import {
  checkInject,
  type GameLog,
  type GameState,
  hashState,
  injectsIn,
  logInject,
  logTurn,
  newLog,
  replay,
  resolveTurn,
  unlogInject,
} from "../../src/engine/index.ts";
import { game, quietRules, shippedRules } from "../support/rules.ts";

const rules = quietRules();

describe("checkInject", () => {
  const s = game(rules, { turns: 8 });
  it("accepts an event of the rules in a turn from now to the last", () => {
    expect(checkInject(s, rules, { event: "caspian-storm", turn: 1 })).toBeNull();
    expect(checkInject(s, rules, { event: "caspian-storm", turn: 8 })).toBeNull();
  });
  it("names an unknown event, with the nearest id", () => {
    expect(checkInject(s, rules, { event: "caspian-strom", turn: 1 })).toBe(
      'There is no event "caspian-strom": did you mean "caspian-storm"?',
    );
    expect(checkInject(s, rules, { event: "", turn: 1 })).toBe("An inject needs an event's id.");
    expect(checkInject(s, rules, null)).toBe("An inject needs an event and a turn.");
  });
  it("refuses a turn that is past, after the last, or not whole", () => {
    const later = { ...s, turn: 3 };
    expect(checkInject(later, rules, { event: "caspian-storm", turn: 2 })).toBe(
      "An inject's turn must be a whole number from 3 to 8, not 2.",
    );
    expect(checkInject(s, rules, { event: "caspian-storm", turn: 9 })).toMatch(/from 1 to 8, not 9/);
    expect(checkInject(s, rules, { event: "caspian-storm", turn: 1.5 })).toMatch(/not 1.5/);
    expect(checkInject(s, rules, { event: "caspian-storm", turn: "2" })).toMatch(/not "2"/);
  });
  it("refuses an event twice in one turn, the facilitator's or the scenario's", () => {
    expect(
      checkInject(s, rules, { event: "caspian-storm", turn: 2 }, [{ event: "caspian-storm", turn: 2 }]),
    ).toBe("Caspian storm is already injected in turn 2.");
    expect(
      checkInject(s, rules, { event: "caspian-storm", turn: 3 }, [{ event: "caspian-storm", turn: 2 }]),
    ).toBeNull();
    const scheduled = { ...s, injects: [{ event: "siberian-winter", turn: 4 }] };
    expect(checkInject(scheduled, rules, { event: "siberian-winter", turn: 4 })).toBe(
      "Harsh Siberian winter is already scheduled by the scenario in turn 4.",
    );
  });
  it("refuses any inject once the game is over", () => {
    expect(checkInject({ ...s, turn: 9 }, rules, { event: "caspian-storm", turn: 9 })).toMatch(
      /game is over/,
    );
  });
});

describe("resolveTurn's injects", () => {
  const s = game(rules);
  it("fire the event in the events phase, marked as the facilitator's, with its effects", () => {
    const plain = resolveTurn(s, rules, {});
    const r = resolveTurn(s, rules, {}, { injects: ["ceasefire-collapse"] });
    expect(plain.report.events).toEqual([]);
    expect(r.report.events).toEqual([
      {
        event: "ceasefire-collapse",
        name: "Ceasefire collapses",
        text: expect.any(String),
        scheduled: true,
        facilitator: true,
      },
    ]);
    const war = (x: GameState) => x.tracks["ukraine-war"] as number;
    expect(war(r.state)).toBeGreaterThan(war(plain.state) + 15);
    expect(r.state.eventLast["ceasefire-collapse"]).toBe(1);
    const fromEvent = r.report.effects.filter((e) => e.cause.type === "event");
    expect(fromEvent.map((e) => e.path)).toContain("tracks.ukraine-war");
    expect(r.report.hash).not.toBe(plain.report.hash);
  });
  it("skip an unknown id, and take no harm from a value that is not a list", () => {
    const plain = resolveTurn(s, rules, {});
    expect(resolveTurn(s, rules, {}, { injects: ["no-such-event"] }).report.hash).toBe(plain.report.hash);
    const odd = { injects: "caspian-storm" } as unknown as { injects: string[] };
    expect(resolveTurn(s, rules, {}, odd).report.hash).toBe(plain.report.hash);
  });
  it("give the same state with or without explanations and the hash", () => {
    const opts = { injects: ["syunik-blockade", "chip-war-escalation"] };
    const full = resolveTurn(s, rules, {}, opts);
    const lean = resolveTurn(s, rules, {}, { ...opts, explain: false, hash: false });
    expect(hashState(lean.state)).toBe(full.report.hash);
    expect(full.report.events.map((e) => e.event)).toEqual(["syunik-blockade", "chip-war-escalation"]);
  });
});

describe("an event due this turn", () => {
  it("fires once, as scheduled, even when its odds would fire it too", () => {
    // Caspian storms at the highest odds there are (0.95), injected or scheduled in turn 1.
    const likely = quietRules((r) => {
      const e = r.events.find((x) => x.id === "caspian-storm");
      if (e) e.odds = 1;
      const sc = r.scenarios.find((x) => x.id === "ceasefire");
      if (sc) sc.injects = [{ turn: 1, event: "caspian-storm" }];
    });
    let drawn = 0;
    for (let i = 0; i < 20; i++) {
      const plain = resolveTurn(game(likely, { seed: `due-${i}` }), likely, {});
      if (plain.report.events.some((e) => e.event === "caspian-storm")) drawn += 1;
      const injected = resolveTurn(
        game(likely, { seed: `due-${i}` }),
        likely,
        {},
        { injects: ["caspian-storm"] },
      );
      expect(injected.report.events.map((e) => [e.event, e.facilitator])).toEqual([["caspian-storm", true]]);
      const scheduled = resolveTurn(game(likely, { seed: `due-${i}`, scenario: "ceasefire" }), likely, {});
      expect(scheduled.report.events.map((e) => [e.event, e.scheduled])).toEqual([["caspian-storm", true]]);
    }
    expect(drawn).toBeGreaterThan(15);
  });
  it("never fires twice in a turn in random games of the shipped scenarios", () => {
    const rules = shippedRules();
    for (const scenario of ["base-2026", "tripp-crisis"])
      for (let g = 0; g < 40; g++)
        for (const r of playRandomGame(rules, { seed: `twice-${g}`, scenario, turns: 10 }).reports) {
          const ids = r.events.map((e) => e.event);
          expect(new Set(ids).size, `${scenario} game ${g} turn ${r.turn}: ${ids.join(", ")}`).toBe(
            ids.length,
          );
        }
  });
});

describe("a log's injects", () => {
  it("are added and taken back without touching the rest of the log", () => {
    let log = newLog("base-2026", "x", 8);
    log = logInject(log, { event: "caspian-storm", turn: 2 });
    log = logInject(log, { event: "siberian-winter", turn: 3 });
    expect(log.injects).toEqual([
      { event: "caspian-storm", turn: 2 },
      { event: "siberian-winter", turn: 3 },
    ]);
    expect(injectsIn(log, 3)).toEqual(["siberian-winter"]);
    expect(injectsIn(log, 4)).toEqual([]);
    expect(unlogInject(log, 0).injects).toEqual([{ event: "siberian-winter", turn: 3 }]);
    expect("injects" in unlogInject(unlogInject(log, 0), 0)).toBe(false);
  });
  it("are fired again by replay, which reproduces every turn's hash only with them", () => {
    const shipped = shippedRules();
    let state = game(shipped, { seed: "inj-1", turns: 6 });
    let log: GameLog = newLog(state.scenario, state.seed, state.turns);
    log = logInject(log, { event: "kazakh-unrest", turn: 2 });
    log = logInject(log, { event: "afghan-opening", turn: 4 });
    while (state.turn <= state.turns) {
      const orders = randomTurn(state, shipped);
      const r = resolveTurn(state, shipped, orders, { injects: injectsIn(log, state.turn) });
      log = logTurn(log, orders, r.report.hash);
      state = r.state;
    }
    const again = replay(shipped, log);
    expect(again.mismatch).toBeNull();
    expect(hashState(again.states[6] as GameState)).toBe(hashState(state));
    expect(again.reports[1]?.events.filter((e) => e.facilitator).map((e) => e.event)).toEqual([
      "kazakh-unrest",
    ]);
    const { injects: _dropped, ...without } = log;
    expect(replay(shipped, without).mismatch).toBe(2);
  });
});
