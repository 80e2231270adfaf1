/** `npm run sim -- --scenario base-2026 --seed S --turns N`: a game of random legal orders, turn by turn, as text. */
import { parseArgs } from "node:util";
import {
  createGame,
  hashState,
  renderReport,
  renderState,
  resolveTurn,
  standings,
  winner,
} from "../engine/index.ts";
import { signedMargin } from "../game/standing-text.ts";
import { loadRulesOrExit, usageError } from "./cli-support.ts";
import { randomTurn } from "./random-play.ts";

const HELP = `Usage: npm run sim -- [--scenario ID] [--seed S] [--turns N] [--rules DIR] [--verbose]

Plays random legal orders for every agent and prints each turn's summary,
the final scores and the state hash.

  --scenario ID   scenario id from the rules (default base-2026)
  --seed S        game seed (default 1)
  --turns N       turns to play (default: the scenario's)
  --rules DIR     rules folder (default rules)
  --verbose       print every effect of every turn with its cause
  --help          this text`;

function main(): void {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    usageError((e as Error).message, HELP);
  }
  if (args.help) {
    console.log(HELP);
    return;
  }
  const rules = loadRulesOrExit(args.rules);
  const scenario = args.scenario;
  if (!rules.scenarios.some((s) => s.id === scenario)) {
    usageError(
      `--scenario: unknown scenario "${scenario}"; known: ${rules.scenarios.map((s) => s.id).join(", ")}`,
      HELP,
    );
  }
  const turns = args.turns === undefined ? undefined : Number(args.turns);
  if (turns !== undefined && !(Number.isInteger(turns) && turns >= 1 && turns <= 1000)) {
    usageError(`--turns: expected a whole number from 1 to 1000, got "${args.turns}"`, HELP);
  }
  let state = createGame(rules, { seed: args.seed, scenario, ...(turns ? { turns } : {}) });
  console.log(renderState(state, rules));
  while (state.turn <= state.turns) {
    const r = resolveTurn(state, rules, randomTurn(state, rules));
    state = r.state;
    console.log("");
    console.log(args.verbose ? renderReport(r.report) : summary(r.report));
  }
  console.log("");
  console.log(renderState(state, rules));
  const table = standings(state, rules);
  const par = table.some((s) => s.par !== null);
  console.log(
    `Final scores (mean over turns${par ? ", and over par" : ""}): ${rules.agents
      .map((a) => {
        const s = table.find((x) => x.agent === a.id);
        return s ? `${a.id} ${s.score.mean}${s.par === null ? "" : ` (${signedMargin(s)})`}` : a.id;
      })
      .join(" · ")}`,
  );
  console.log(`Winner: ${winner(state, rules)}${par ? " (the most over par)" : ""}`);
  console.log(`State hash: ${hashState(state)}`);
}

function parse() {
  const { values } = parseArgs({
    options: {
      scenario: { type: "string", default: "base-2026" },
      seed: { type: "string", default: "1" },
      turns: { type: "string" },
      rules: { type: "string", default: "rules" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return values as {
    scenario: string;
    seed: string;
    turns?: string;
    rules: string;
    verbose: boolean;
    help: boolean;
  };
}

function summary(report: Parameters<typeof renderReport>[0]): string {
  const applied = report.orders.filter((o) => o.outcome === "applied").length;
  const failed = report.orders.filter((o) => o.outcome === "failed").length;
  const rejected = report.orders.filter((o) => o.outcome === "rejected").length;
  const events = report.events.map((e) => e.name).join("; ") || "none";
  const lines = [
    `Turn ${report.turn}: ${applied} orders applied, ${failed} failed, ${rejected} rejected · events: ${events} · hash ${report.hash}`,
  ];
  for (const o of report.orders) if (o.outcome !== "rejected") lines.push(`  [${o.agent}] ${o.message}`);
  return lines.join("\n");
}

main();
