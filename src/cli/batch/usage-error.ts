/** A problem with what the user asked for: printed as one clear message, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
