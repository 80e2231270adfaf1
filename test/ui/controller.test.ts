/** The game controller without Phaser or a DOM: setup, turns, undo, hot-seat, autosave, import and export. */
import { describe, expect, it } from "vitest";
import { hashState, legalOrders, type Order, replay } from "../../src/engine/index.ts";
import { defaultSetup, type GameSetup } from "../../src/game/game-setup.ts";
import { engineFingerprint, rulesHash } from "../../src/game/save-file.ts";
import { type AiPlayer, GameController } from "../../src/ui/controller.ts";
import {
  AUTOSAVE_KEY,
  AutosaveSlots,
  autosaveKey,
  EARLIER_ID,
  MAX_AUTOSAVES,
  memoryStore,
} from "../../src/ui/storage.ts";
import { damagedCopies } from "../support/damage.ts";
import { shippedRules } from "./rules.ts";

const rules = shippedRules();

function solo(agent = "tr", turns = 4): GameSetup {
  return { ...defaultSetup(rules, "story-seed", agent), turns };
}

function hotSeat(humans: string[]): GameSetup {
  const setup = solo("tr");
  for (const a of rules.agents)
    setup.seats[a.id] = humans.includes(a.id) ? { kind: "human" } : { kind: "ai", difficulty: "easy" };
  return setup;
}

/** The first legal order of a type for the agent on turn. */
function firstOf(c: GameController, agent: string, type: Order["type"]): Order {
  const o = legalOrders(c.state, rules, agent).find((x) => x.type === type);
  if (!o) throw new Error(`no legal ${type} for ${agent}`);
  return o;
}

describe("a solo game", () => {
  it("starts on the human's orders and refuses a bad setup", () => {
    const c = new GameController(rules, memoryStore());
    expect(c.newGame({ ...solo(), seed: " ", turns: 0 })).toHaveLength(2);
    expect(c.active).toBe(false);
    expect(c.newGame(solo())).toEqual([]);
    expect(c.phase).toEqual({ kind: "orders", agent: "tr" });
    expect(c.state.turn).toBe(1);
  });

  it("adds, removes and undoes pending orders, refusing what the engine refuses", () => {
    const c = new GameController(rules, memoryStore());
    c.newGame(solo());
    const soft = firstOf(c, "tr", "soft-power");
    expect(c.addOrder(soft)).toBeNull();
    expect(c.addOrder(soft)).toMatch(/already/);
    const invest = firstOf(c, "tr", "invest");
    c.addOrder(invest);
    expect(c.pendingOrders()).toEqual([soft, invest]);
    c.removeOrder(0);
    expect(c.pendingOrders()).toEqual([invest]);
    c.undo();
    expect(c.pendingOrders()).toEqual([soft, invest]);
    c.undo();
    c.undo();
    expect(c.pendingOrders()).toEqual([]);
    expect(c.canUndo).toBe(false);
  });

  it("resolves turns with the AI seats, logs them and autosaves, then ends the game", () => {
    const store = memoryStore();
    const c = new GameController(rules, store);
    const events: string[] = [];
    c.subscribe((e) => events.push(e));
    c.newGame(solo("tr", 2));
    c.addOrder(firstOf(c, "tr", "soft-power"));
    c.submit();
    expect(c.phase).toEqual({ kind: "resolved", turn: 1 });
    expect(events).toContain("resolved");
    expect(c.reports[0]?.orders.some((o) => o.agent === "tr" && o.outcome === "applied")).toBe(true);
    expect(Object.keys(c.notesFor(1))).toHaveLength(6);
    expect(c.log?.orders).toHaveLength(1);
    const [slot] = c.autosaves();
    expect(store.getItem(autosaveKey(slot?.id ?? ""))).toContain('"turn":2');
    expect(slot?.summary).toMatch(/^Turn 2 of 2 · /);
    c.continueGame();
    c.submit();
    c.continueGame();
    expect(c.phase).toEqual({ kind: "over" });
    const again = replay(rules, c.log!);
    expect(again.mismatch).toBeNull();
    expect(hashState(again.states[2]!)).toBe(hashState(c.state));
  });
});

describe("hot-seat", () => {
  it("hands the device over between humans and never shows another's pending orders", () => {
    const c = new GameController(rules, memoryStore());
    c.newGame(hotSeat(["us", "tr"]));
    expect(c.phase).toEqual({ kind: "handoff", agent: "us" });
    expect(c.pendingOrders()).toEqual([]);
    c.takeDevice();
    c.addOrder(firstOf(c, "us", "soft-power"));
    expect(c.pendingOrders()).toHaveLength(1);
    c.submit();
    expect(c.phase).toEqual({ kind: "handoff", agent: "tr" });
    expect(c.pendingOrders()).toEqual([]);
    c.takeDevice();
    expect(c.phase).toEqual({ kind: "orders", agent: "tr" });
    expect(c.pendingOrders()).toEqual([]);
    c.submit();
    expect(c.phase.kind).toBe("resolved");
    expect(c.state.lastOrders.us?.[0]?.type).toBe("soft-power");
    c.continueGame();
    expect(c.phase).toEqual({ kind: "handoff", agent: "us" });
  });
});

describe("spectating", () => {
  it("steps AI against AI turn by turn", () => {
    const c = new GameController(rules, memoryStore());
    c.newGame(hotSeat([]));
    expect(c.spectating).toBe(true);
    expect(c.phase).toEqual({ kind: "ready" });
    c.step();
    expect(c.phase).toEqual({ kind: "resolved", turn: 1 });
    c.step();
    expect(c.phase).toEqual({ kind: "resolved", turn: 2 });
    expect(c.states).toHaveLength(3);
  });
});

describe("the facilitator's injects", () => {
  it("fire in their turn, are shown as the facilitator's, and can be taken back until then", () => {
    const c = new GameController(rules, memoryStore());
    c.newGame(hotSeat([]));
    expect(c.addInject("ceasefire-collapse", 1)).toBeNull();
    expect(c.addInject("caspian-storm", 3)).toBeNull();
    expect(c.addInject("caspian-storm", 3)).toBe("Caspian storm is already injected in turn 3.");
    expect(c.addInject("caspian-strom", 2)).toMatch(/did you mean "caspian-storm"/);
    expect(c.addInject("chip-war-escalation", 2)).toBeNull();
    expect(c.cancelInject(2)).toBeNull();
    expect(c.injects()).toEqual([
      { event: "ceasefire-collapse", turn: 1 },
      { event: "caspian-storm", turn: 3 },
    ]);
    c.step();
    const fired = c.reports[0]?.events.filter((e) => e.facilitator).map((e) => e.event);
    expect(fired).toEqual(["ceasefire-collapse"]);
    expect(c.cancelInject(0)).toBe("That inject has fired already.");
    expect(c.cancelInject(5)).toBe("There is no such inject.");
    c.step();
    expect(c.reports[1]?.events.some((e) => e.facilitator)).toBe(false);
    c.step();
    expect(c.reports[2]?.events.filter((e) => e.facilitator).map((e) => e.event)).toEqual(["caspian-storm"]);
  });

  it("are saved with the game: the autosave and a save file continue it, injects to come included", () => {
    const store = memoryStore();
    const a = new GameController(rules, store);
    a.newGame(hotSeat([]));
    a.addInject("siberian-winter", 1);
    a.step();
    a.addInject("kazakh-unrest", 3);
    const b = new GameController(rules, memoryStore());
    expect(b.importSave(a.exportSave())).toBeNull();
    const reloaded = new GameController(rules, store);
    expect(reloaded.loadAutosave()).toBeNull();
    for (const x of [b, reloaded]) {
      expect(hashState(x.state)).toBe(hashState(a.state));
      expect(x.injects()).toEqual(a.injects());
      expect(x.reports[0]?.events.some((e) => e.facilitator && e.event === "siberian-winter")).toBe(true);
    }
    for (const x of [a, b]) {
      x.continueGame();
      x.step();
      x.continueGame();
      x.step();
    }
    expect(b.reports[2]?.hash).toBe(a.reports[2]?.hash);
    expect(b.reports[2]?.events.some((e) => e.facilitator && e.event === "kazakh-unrest")).toBe(true);
  });

  it("refuses a save whose log injects an unknown event or a turn out of the game", () => {
    const c = new GameController(rules, memoryStore());
    c.newGame(hotSeat([]));
    c.addInject("caspian-storm", 2);
    const good = JSON.parse(c.exportSave());
    const withInjects = (injects: unknown) => JSON.stringify({ ...good, log: { ...good.log, injects } });
    expect(c.importSave(withInjects([{ event: "nope", turn: 2 }]))).toBe(
      'The save\'s log injects an event these rules do not have, "nope" (log.injects[0]).',
    );
    expect(c.importSave(withInjects([{ event: "caspian-storm", turn: 99 }]))).toMatch(
      /a turn its game does not have, 99 \(log.injects\[0\]\)/,
    );
    expect(c.importSave(withInjects("caspian-storm"))).toMatch(/log of orders is damaged/);
    expect(c.injects()).toEqual([{ event: "caspian-storm", turn: 2 }]);
  });
});

describe("saves", () => {
  it("continues from the autosave after a reload", () => {
    const store = memoryStore();
    const first = new GameController(rules, store);
    first.newGame(solo());
    first.addOrder(firstOf(first, "tr", "soft-power"));
    first.submit();
    const reloaded = new GameController(rules, store);
    expect(reloaded.autosaves()).toHaveLength(1);
    expect(reloaded.loadAutosave()).toBeNull();
    expect(hashState(reloaded.state)).toBe(hashState(first.state));
    expect(reloaded.reports).toHaveLength(1);
    expect(reloaded.phase).toEqual({ kind: "orders", agent: "tr" });
    expect(reloaded.notesFor(1)).toEqual(first.notesFor(1));
  });

  it("exports and imports a game", () => {
    const a = new GameController(rules, memoryStore());
    a.newGame(solo());
    a.submit();
    const b = new GameController(rules, memoryStore());
    expect(b.importSave(a.exportSave())).toBeNull();
    expect(hashState(b.state)).toBe(hashState(a.state));
  });

  it("rejects corrupt saves with a clear error and leaves the current game untouched", () => {
    const c = new GameController(rules, memoryStore());
    c.newGame(solo());
    c.submit();
    const before = hashState(c.state);
    const good = JSON.parse(c.exportSave());
    const cases: [string, RegExp][] = [
      ["{not json", /not valid JSON/],
      [JSON.stringify({ hello: 1 }), /not a Corridors save/],
      [
        JSON.stringify({
          ...good,
          rulesHash: "0000",
          state: { ...good.state, tracks: { ...good.state.tracks, "ukraine-war": 500 } },
        }),
        /different rules/,
      ],
      [
        JSON.stringify({
          ...good,
          state: { ...good.state, tracks: { ...good.state.tracks, "ukraine-war": 500 } },
        }),
        /damaged: tracks/,
      ],
      [
        JSON.stringify({
          ...good,
          state: {
            ...good.state,
            agents: { ...good.state.agents, tr: { ...good.state.agents.tr, treasury: 1e6 } },
          },
        }),
        /does not match/,
      ],
      [JSON.stringify({ ...good, log: { ...good.log, hashes: ["ffff"] } }), /does not replay/],
      [
        JSON.stringify({ ...good, log: { ...good.log, start: { ...good.state, seed: 7 } } }),
        /^The state the save's log starts from \(log.start\) is damaged: seed: must be a string\.$/,
      ],
      [
        JSON.stringify({ ...good, log: { ...good.log, start: good.state } }),
        /does not belong to the saved log/,
      ],
    ];
    for (const [text, error] of cases) {
      expect(c.importSave(text)).toMatch(error);
      expect(hashState(c.state)).toBe(before);
    }
  });

  it("continues a save made under rules worded differently, and takes over one whose rules play differently at its state", () => {
    const a = new GameController(rules, memoryStore());
    a.newGame(solo());
    a.submit();
    a.continueGame();
    a.submit();
    // Made before a change of wording: another rules fingerprint, the same game.
    const old = JSON.stringify({ ...JSON.parse(a.exportSave()), rulesHash: "0123456789abcdef" });
    const reworded = structuredClone(rules);
    for (const x of reworded.agents) x.inText = `the people of ${x.name}`;
    const b = new GameController(reworded, memoryStore());
    expect(b.importSave(old)).toBeNull();
    expect(b.takenOver).toBeNull();
    expect(b.reports).toHaveLength(2);
    expect(hashState(b.state)).toBe(hashState(a.state));
    expect(JSON.parse(b.exportSave()).rulesHash).toBe(rulesHash(reworded));
    // Rules that play differently: the log no longer replays, so the game continues from the saved state.
    const changed = structuredClone(rules);
    for (const x of changed.agents) x.income += 100;
    const c = new GameController(changed, memoryStore());
    expect(c.importSave(old)).toBeNull();
    expect(c.takenOver).toMatch(
      /earlier version of the game's rules.*after turn 2; the replay and the debrief start there/,
    );
    expect(hashState(c.state)).toBe(hashState(a.state));
    expect(c.states).toHaveLength(1);
    expect(c.reports).toEqual([]);
    expect(c.log?.start).toBe(c.state);
    expect(c.phase).toEqual({ kind: "orders", agent: "tr" });
    // It plays on under the new rules, and its saves replay from the state it was taken over at.
    c.submit();
    c.continueGame();
    expect(c.state.turn).toBe(4);
    expect(c.reports.map((r) => r.turn)).toEqual([3]);
    expect(c.state.history.map((h) => h.turn)).toEqual([1, 2, 3]);
    const again = new GameController(changed, memoryStore());
    expect(again.importSave(c.exportSave())).toBeNull();
    expect(again.takenOver).toBeNull();
    expect(again.states.map((s) => s.turn)).toEqual([3, 4]);
    expect(hashState(again.state)).toBe(hashState(c.state));
    expect(again.debrief()).toContain("Turns 1–2 were played by an earlier version of the game");
  });

  it("takes over a save from an earlier version of the game at its state, but refuses one this version wrote and someone changed", () => {
    const a = new GameController(rules, memoryStore());
    a.newGame(solo());
    a.submit();
    const save = JSON.parse(a.exportSave());
    expect(save.engine).toBe(engineFingerprint(rules));
    // A state its log does not lead to: an earlier version played the turn differently, or the file was edited.
    const edited = {
      ...save.state,
      agents: { ...save.state.agents, tr: { ...save.state.agents.tr, treasury: 999 } },
    };
    const b = new GameController(rules, memoryStore());
    expect(b.importSave(JSON.stringify({ ...save, state: edited }))).toMatch(/does not match what its log/);
    expect(b.active).toBe(false);
    // Written before saves recorded the engine's fingerprint, or by a version with another one: taken over.
    const { engine: _none, ...older } = save;
    for (const text of [
      JSON.stringify({ ...older, state: edited }),
      JSON.stringify({ ...save, engine: "0123456789abcdef", state: edited }),
    ]) {
      const store = memoryStore();
      const c = new GameController(rules, store);
      expect(c.importSave(text)).toBeNull();
      expect(c.takenOver).toBe(
        "This save was made with an earlier version of the game, and this version plays its turns differently. The game continues from where it was saved, after turn 1; the replay and the debrief start there.",
      );
      expect(c.state.agents.tr?.treasury).toBe(999);
      // The autosave holds the game as taken over: it continues without a second notice.
      const reloaded = new GameController(rules, store);
      expect(reloaded.loadAutosave()).toBeNull();
      expect(reloaded.takenOver).toBeNull();
      expect(hashState(reloaded.state)).toBe(hashState(c.state));
    }
  });

  it("fingerprints how the engine plays the rules, not their wording", () => {
    const reworded = structuredClone(rules);
    for (const x of reworded.agents) x.inText = `the people of ${x.name}`;
    const changed = structuredClone(rules);
    const first = changed.agents[0];
    if (first) first.income += 1;
    expect(engineFingerprint(rules)).toMatch(/^[0-9a-f]{16}$/);
    expect(engineFingerprint(reworded)).toBe(engineFingerprint(rules));
    expect(engineFingerprint(changed)).not.toBe(engineFingerprint(rules));
  });

  it("takes over an autosave from an earlier version when it is continued, and saves it as taken over", () => {
    const store = memoryStore();
    const a = new GameController(rules, store);
    a.newGame(solo());
    a.submit();
    const [slot] = a.autosaves();
    const id = slot?.id ?? "";
    const { engine: _none, ...older } = JSON.parse(store.getItem(autosaveKey(id)) ?? "{}");
    older.log.hashes = ["0000000000000000"];
    new AutosaveSlots(store).write(id, JSON.stringify(older));
    const c = new GameController(rules, store);
    expect(c.loadAutosave(id)).toBeNull();
    expect(c.takenOver).toMatch(/^This save was made with an earlier version of the game/);
    expect(hashState(c.state)).toBe(hashState(a.state));
    expect(JSON.parse(store.getItem(autosaveKey(id)) ?? "{}").log.start.turn).toBe(2);
  });

  it("refuses a damaged save or loads one that plays on and debriefs: 300 saves damaged outside the state", () => {
    // AI seats that pass, with a note each turn: the damage is what is tested, not the AI.
    const passing: AiPlayer = () => [{ order: { type: "pass" }, rationale: "Nothing beats passing." }];
    const a = new GameController(rules, memoryStore(), passing);
    a.newGame({ ...hotSeat([]), turns: 4 });
    a.addInject("caspian-storm", 3);
    a.step();
    a.continueGame();
    a.step();
    const good = JSON.parse(a.exportSave());
    const c = new GameController(rules, memoryStore(), passing);
    c.newGame(solo());
    const before = hashState(c.state);
    let loaded = 0;
    // Every place but the state's (the engine's own check of a state is tested with the engine).
    for (const { copy, place } of damagedCopies(good, "save-file-fuzz", 300, (p) => p[0] !== "state")) {
      const where = place.join(".");
      const b = new GameController(rules, memoryStore(), passing);
      const error = b.importSave(JSON.stringify(copy));
      if (error !== null) {
        expect(error, where).toMatch(/\S/);
        expect(c.importSave(JSON.stringify(copy))).toBe(error);
        expect(hashState(c.state)).toBe(before);
        continue;
      }
      loaded += 1;
      while (b.phase.kind !== "over") {
        if (b.phase.kind === "resolved") b.continueGame();
        else if (b.phase.kind === "orders" || b.phase.kind === "handoff") b.submit();
        else b.step();
      }
      expect(b.debrief(), where).toContain("</html>");
    }
    expect(loaded).toBeGreaterThan(30);
    expect(loaded).toBeLessThan(300);
  });

  it("reports a damaged autosave instead of loading it", () => {
    const store = memoryStore();
    new AutosaveSlots(store).write("broken", "{}");
    const c = new GameController(rules, store);
    expect(c.autosaves()).toEqual([{ id: "broken", summary: "A damaged save" }]);
    expect(c.loadAutosave()).toMatch(/cannot be continued/);
    expect(c.active).toBe(false);
  });

  it("keeps each game's autosave: a new game does not overwrite the last one, and either continues", () => {
    const store = memoryStore();
    const first = new GameController(rules, store);
    first.newGame(solo("tr"));
    first.addOrder(firstOf(first, "tr", "soft-power"));
    first.submit();
    const firstHash = hashState(first.state);
    const second = new GameController(rules, store);
    second.newGame({ ...solo("cn"), seed: "another-seed" });
    const saved = new GameController(rules, store).autosaves();
    expect(saved).toHaveLength(2);
    expect(saved[0]?.summary).toBe("Turn 1 of 4 · 2026: the war goes on · seed another-seed");
    expect(saved[1]?.summary).toBe("Turn 2 of 4 · 2026: the war goes on · seed story-seed");
    // Continue the first game: its slot moves to the front, and its turns keep saving there.
    const reloaded = new GameController(rules, store);
    expect(reloaded.loadAutosave(saved[1]?.id)).toBeNull();
    expect(hashState(reloaded.state)).toBe(firstHash);
    reloaded.continueGame();
    reloaded.submit();
    const after = reloaded.autosaves();
    expect(after.map((g) => g.id)).toEqual([saved[1]?.id, saved[0]?.id]);
    expect(after[0]?.summary).toMatch(/^Turn 3 of 4 · /);
  });

  it(`keeps the ${MAX_AUTOSAVES} most recent games, and makes room when the store is full`, () => {
    const store = memoryStore();
    const slots = new AutosaveSlots(store);
    for (let i = 0; i < MAX_AUTOSAVES + 2; i++) slots.write(`g${i}`, `save ${i}`);
    expect(slots.ids()).toEqual(["g6", "g5", "g4", "g3", "g2"]);
    expect(store.getItem(autosaveKey("g0"))).toBeNull();
    // A store with room for three saves: writing a fourth game drops the oldest that does not fit.
    const small = memoryStore();
    const limited = {
      ...small,
      setItem(k: string, v: string) {
        if (
          !small.data.has(k) &&
          [...small.data.keys()].filter((x) => x !== "corridors:autosaves").length >= 3
        )
          throw new Error("The quota has been exceeded.");
        small.setItem(k, v);
      },
    };
    const tight = new AutosaveSlots(limited);
    for (const id of ["a", "b", "c", "d"]) tight.write(id, id);
    expect(tight.ids()).toEqual(["d", "c", "b"]);
  });

  it("lists the single autosave of earlier versions, continues it, and keeps it when a new game starts", () => {
    const old = new GameController(rules, memoryStore());
    old.newGame(solo());
    const legacy = memoryStore();
    legacy.setItem(AUTOSAVE_KEY, old.exportSave());
    const c = new GameController(rules, legacy);
    expect(c.autosaves().map((g) => g.id)).toEqual([EARLIER_ID]);
    expect(c.loadAutosave()).toBeNull();
    expect(hashState(c.state)).toBe(hashState(old.state));
    new GameController(rules, legacy).newGame({ ...solo("cn"), seed: "another-seed" });
    const saved = new GameController(rules, legacy).autosaves();
    expect(saved.map((g) => g.id)[1]).toBe(EARLIER_ID);
    expect(saved[1]?.summary).toBe("Turn 1 of 4 · 2026: the war goes on · seed story-seed");
  });
});
