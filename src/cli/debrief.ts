/**
 * `npm run debrief -- SAVE.json…`: the after-action report of saved games, as the browser's
 * _Debrief report_ makes it, for each save file given (e.g. the files of several groups of a class).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { debriefHtml } from "../game/debrief.ts";
import { seatLabel } from "../game/game-setup.ts";
import { parseSave } from "../game/save-file.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";

const HELP = `Usage: npm run debrief -- SAVE.json… [--out FILE.html | --out-dir DIR] [--rules DIR]

Writes the after-action report of each saved game (a save file from the browser's Save file):
the outcome, charts, every country's goals, and every turn's events, orders and changes with
their causes. The save is checked as the browser checks it: its log must replay to its state.

  --out FILE.html  where to write the report (one save file only)
  --out-dir DIR    where to write the reports, made if missing (default: beside each save), each
                   as NAME-debrief.html
  --rules DIR      rules folder (default rules)
  --help           this text

Exit codes: 0 all written, 1 a save could not be read or checked (the others are still written),
2 bad flags.`;

function main(): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    usageError((e as Error).message, HELP);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length === 0) usageError("name at least one save file", HELP);
  if (values.out !== undefined && positionals.length > 1)
    usageError(`--out takes one save file, not ${positionals.length}; use --out-dir`, HELP);
  if (values.out !== undefined && values["out-dir"] !== undefined)
    usageError("give --out or --out-dir, not both", HELP);
  const rules = loadRulesOrExit(values.rules);
  let failed = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (e) {
      console.error(`${file}: cannot read it (${(e as Error).message})`);
      failed += 1;
      continue;
    }
    const parsed = parseSave(rules, text);
    if (!parsed.ok) {
      console.error(`${file}: ${parsed.error}`);
      failed += 1;
      continue;
    }
    // Written by an earlier version: the report starts where this version took the game over.
    if (parsed.takenOver) console.error(`${file}: ${parsed.takenOver}`);
    const { setup, notes } = parsed.save;
    const html = debriefHtml({
      rules,
      playedBy: Object.fromEntries(rules.agents.map((a) => [a.id, seatLabel(setup.seats[a.id])])),
      states: parsed.states,
      reports: parsed.reports,
      notes,
    });
    const name = `${basename(file).replace(/\.json$/i, "")}-debrief.html`;
    const out = values.out ?? join(values["out-dir"] ?? dirname(file), name);
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, html);
    } catch (e) {
      console.error(`${file}: cannot write ${out} (${(e as Error).message})`);
      failed += 1;
      continue;
    }
    const last = parsed.states[parsed.states.length - 1];
    console.log(`${file}: turn ${(last?.turn ?? 1) - 1} of ${last?.turns ?? "?"} → ${out}`);
  }
  return failed > 0 ? 1 : 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string" },
      "out-dir": { type: "string" },
      rules: { type: "string", default: "rules" },
      help: { type: "boolean", default: false },
    },
  });
}

process.exitCode = main();
