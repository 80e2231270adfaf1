/** Where autosaves go: localStorage in the browser, a map in tests. */

/** The part of the Web Storage API the game uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The key of the autosave slot. */
export const AUTOSAVE_KEY = "corridors:autosave";

/** An in-memory store (for tests, and when localStorage is unavailable). */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

/** The browser's localStorage, or an in-memory store if it is blocked (private modes, sandboxes). */
export function browserStore(): KeyValueStore {
  try {
    const probe = "corridors:probe";
    globalThis.localStorage.setItem(probe, "1");
    globalThis.localStorage.removeItem(probe);
    return globalThis.localStorage;
  } catch {
    return memoryStore();
  }
}
