// Worker threads do not inherit tsx's loader on Node 20: register it here, then load the TypeScript task.
import { register } from "tsx/esm/api";

register();
const task = await import("./bench-ai-worker.ts");

export default task.default;
