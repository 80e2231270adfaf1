/** Where the project's files are, wherever the CLI is run from. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shipped rules directory. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../../rules", import.meta.url));

/** The package version from package.json. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "0.0.0";
}
