#!/usr/bin/env node
// The one test command: type-check, lint, then every Vitest test (unit, property, story, e2e).
// Prints a closing line "N passed, N failed" counted from Vitest's JSON results, which CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", shell: false }).status ?? 1;
const bin = (name) => `node_modules/.bin/${name}`;

let failedChecks = 0;
console.log("== typecheck");
if (run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]) !== 0) failedChecks++;
if (run(bin("tsc"), ["--noEmit", "-p", "src/engine/tsconfig.json"]) !== 0) failedChecks++;
console.log("== lint");
if (run(bin("biome"), ["check", "."]) !== 0) failedChecks++;

console.log("== tests");
mkdirSync("test-results", { recursive: true });
const out = "test-results/vitest.json";
const status = run(bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${out}`,
]);

let passed = 0;
let failed = failedChecks;
if (existsSync(out)) {
  const results = JSON.parse(readFileSync(out, "utf8"));
  passed = results.numPassedTests ?? 0;
  // Failed tests, plus each file that failed without a failed test (it did not load or run): a
  // file or describe block that failed because one of its tests did is not counted again.
  const brokenFiles = (results.testResults ?? []).filter(
    (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
  ).length;
  failed += (results.numFailedTests ?? 0) + brokenFiles;
  if (results.numTotalTests === 0) failed++;
} else {
  failed++;
}
if (status !== 0 && failed === 0) failed = 1;
if (failedChecks > 0) console.log(`${failedChecks} check(s) failed (typecheck or lint)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
