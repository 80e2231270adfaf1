/** Ctrl-C: the run stops cleanly, with every finished game written in order and no partial line. */
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { GameRecord } from "../../src/cli/batch/types.ts";
import { parseCsv, tempDir } from "./run-cli.ts";

const tmp = tempDir();
afterAll(() => tmp.remove());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("batch interrupt", () => {
  it("on SIGINT finishes the games in flight, writes them in order and exits with 130", async () => {
    const args = [
      "--import",
      "tsx",
      "src/cli/batch.ts",
      "--games",
      "5000",
      "--turns",
      "6",
      "--seed",
      "int",
      "--policy",
      "random",
      "--workers",
      "2",
      "--out",
      tmp.path("r.jsonl"),
      "--csv",
      tmp.path("r.csv"),
      "--turns-csv",
      tmp.path("t.csv"),
    ];
    let stderr = "";
    const done = new Promise<number | null>((resolve) => {
      const child = execFile(process.execPath, args, { cwd: process.cwd() }, (error) =>
        resolve(error ? (error.code as number) : 0),
      );
      child.stderr?.on("data", (d: Buffer) => {
        stderr += d.toString();
      });
      const poll = async () => {
        for (
          let i = 0;
          i < 300 && !(existsSync(tmp.path("r.jsonl")) && statSync(tmp.path("r.jsonl")).size > 0);
          i++
        )
          await sleep(50);
        child.kill("SIGINT");
      };
      void poll();
    });
    expect(await done).toBe(130);
    expect(stderr).toContain("SIGINT: finishing the games in progress");
    const text = tmp.read("r.jsonl");
    expect(text.endsWith("\n")).toBe(true);
    const games = text
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as GameRecord).manifest.game);
    expect(games.length).toBeGreaterThan(0);
    expect(games.length).toBeLessThan(5000);
    expect(games).toEqual(games.map((_, i) => i));
    const csv = tmp.read("r.csv");
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv)).toHaveLength(games.length + 1);
    expect(parseCsv(tmp.read("t.csv"))).toHaveLength(games.length * 6 + 1);
  });
});
