/** `npm run rules:check [dir]`: validates a rules folder, prints every problem, exits 1 on any error. */
import { parseArgs } from "node:util";
import { loadRulesDir } from "../rules/load-node.ts";
import { formatProblem } from "../rules/validate.ts";

const HELP = `Usage: npm run rules:check -- [DIR]

Checks a rules folder (default: rules) against the schema and every
cross-reference between its files and scenarios. Prints one line per
problem and a summary.

Exit code: 0 if there is no error (warnings allowed), 1 if there is any
error, 2 on bad usage.

  DIR      the rules folder (default rules)
  --help   this text`;

/** Parses the command line; returns the folder, "help", or a usage error message. */
function parseCommand(argv: string[]): { dir: string } | { help: true } | { error: string } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: "boolean" } }, allowPositionals: true });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.values.help) return { help: true };
  if (parsed.positionals.length > 1)
    return { error: `expected one folder, got ${parsed.positionals.length}` };
  return { dir: parsed.positionals[0] ?? "rules" };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function main(): number {
  const command = parseCommand(process.argv.slice(2));
  if ("help" in command) {
    console.log(HELP);
    return 0;
  }
  if ("error" in command) {
    console.error(`error: ${command.error}\n\n${HELP.split("\n")[0]}\n(--help for more)`);
    return 2;
  }
  const { rules, problems } = loadRulesDir(command.dir);
  for (const p of problems) console.log(formatProblem(p));
  const errors = problems.filter((p) => p.severity === "error").length;
  const counts = `${plural(errors, "error")}, ${plural(problems.length - errors, "warning")}`;
  if (rules === null || errors > 0) {
    console.log(`${command.dir}: ${counts}; the rules cannot be used`);
    return 1;
  }
  console.log(`${command.dir}: ok, ${counts}; scenarios: ${rules.scenarios.map((s) => s.id).join(", ")}`);
  return 0;
}

process.exitCode = main();
