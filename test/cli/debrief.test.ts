/** `npm run debrief`: the after-action report of saved games from the command line, as the browser makes it. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashState } from "../../src/engine/index.ts";
import { defaultSetup } from "../../src/game/game-setup.ts";
import { GameController } from "../../src/ui/controller.ts";
import { memoryStore } from "../../src/ui/storage.ts";
import { shippedRules } from "../support/rules.ts";

const dir = mkdtempSync(join(tmpdir(), "corridors-debrief-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const debrief = (...args: string[]) =>
  spawnSync("node", ["--import", "tsx", "src/cli/debrief.ts", ...args], { encoding: "utf8" });

/** A save file of a 3-turn game with Türkiye human and an inject, and the controller that made it. */
function saveOf(name: string, seed: string): GameController {
  const rules = shippedRules();
  const c = new GameController(rules, memoryStore());
  c.newGame({ ...defaultSetup(rules, seed, "tr"), turns: 3 });
  c.addInject("caspian-storm", 2);
  while (c.phase.kind !== "over") {
    if (c.phase.kind === "orders") c.submit();
    else if (c.phase.kind === "resolved") c.continueGame();
    else c.step();
  }
  writeFileSync(join(dir, name), c.exportSave());
  return c;
}

describe("debrief CLI", () => {
  it("writes each save's report beside it, the same page the browser gives", () => {
    const a = saveOf("group-a.json", "class-a");
    const b = saveOf("group-b.json", "class-b");
    const r = debrief(join(dir, "group-a.json"), join(dir, "group-b.json"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`group-a.json: turn 3 of 3 → ${join(dir, "group-a-debrief.html")}`);
    expect(readFileSync(join(dir, "group-a-debrief.html"), "utf8")).toBe(a.debrief());
    const html = readFileSync(join(dir, "group-b-debrief.html"), "utf8");
    expect(html).toBe(b.debrief());
    expect(html).toContain(`gives the state hash ${hashState(b.state)} after turn 3.`);
    expect(html).toContain("Caspian storm</b> (injected by the facilitator)");
  });

  it("reports on an earlier version's save from where it is taken over, and says so", () => {
    const c = saveOf("older.json", "class-d");
    const { engine: _none, ...older } = JSON.parse(readFileSync(join(dir, "older.json"), "utf8"));
    older.log.hashes[1] = "0000000000000000";
    writeFileSync(join(dir, "older.json"), JSON.stringify(older));
    const r = debrief(join(dir, "older.json"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${join(dir, "older.json")}: This save was made with an earlier version of the game, and this version plays its turns differently. The game continues from where it was saved, after turn 3;`,
    );
    const html = readFileSync(join(dir, "older-debrief.html"), "utf8");
    expect(html).toContain("Turns 1–3 were played by an earlier version of the game");
    expect(html).toContain(
      `the saved state after turn 3 gives the state hash ${hashState(c.state)} after turn 3.`,
    );
  });

  it("names a damaged or missing save, writes the others, and exits 1", () => {
    saveOf("good.json", "class-c");
    writeFileSync(join(dir, "bad.json"), "{not json");
    const r = debrief(
      join(dir, "bad.json"),
      join(dir, "missing.json"),
      join(dir, "good.json"),
      "--out-dir",
      join(dir, "out"),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${join(dir, "bad.json")}: This file is not a Corridors save: it is not valid JSON`,
    );
    expect(r.stderr).toContain(`${join(dir, "missing.json")}: cannot read it`);
    expect(r.stdout).toContain(`good.json: turn 3 of 3 → ${join(dir, "out", "good-debrief.html")}`);
    expect(readFileSync(join(dir, "out", "good-debrief.html"), "utf8")).toContain("after-action report");
    expect(existsSync(join(dir, "out", "bad-debrief.html"))).toBe(false);
    const unwritable = debrief(join(dir, "good.json"), "--out", join(dir, "good.json", "x.html"));
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toContain(`${join(dir, "good.json")}: cannot write`);
  });

  it("rejects bad flags with exit code 2", () => {
    for (const [args, message] of [
      [[], "name at least one save file"],
      [["a.json", "b.json", "--out", "x.html"], "--out takes one save file, not 2; use --out-dir"],
      [["a.json", "--out", "x.html", "--out-dir", "d"], "give --out or --out-dir, not both"],
      [["a.json", "--outt", "x.html"], "Unknown option '--outt'"],
    ] as const) {
      const r = debrief(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
