/** Where autosaves go: localStorage in the browser, a map in tests. */

/** The part of the Web Storage API the game uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The key of the single autosave of earlier versions, and the prefix of each game's autosave key. */
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

/** How many games keep an autosave: starting a sixth drops the oldest. */
export const MAX_AUTOSAVES = 5;

/** The list of games with an autosave, most recent first. */
const INDEX_KEY = "corridors:autosaves";

/** The key of one game's autosave. */
export const autosaveKey = (id: string): string => `${AUTOSAVE_KEY}:${id}`;

/** The id of the single autosave an earlier version kept (it stays under its old key). */
export const EARLIER_ID = "earlier";

/** Where a game's autosave is stored. */
const keyOf = (id: string): string => (id === EARLIER_ID ? AUTOSAVE_KEY : autosaveKey(id));

/**
 * One autosave per recent game, so that starting a new game never overwrites the last one's.
 * Each game's save sits under its own key; an index lists the games, most recent first.
 */
export class AutosaveSlots {
  constructor(private readonly store: KeyValueStore) {}

  /** The games with an autosave, most recent first (an earlier version's single autosave last). */
  ids(): string[] {
    const ids = this.index();
    if (!ids.includes(EARLIER_ID) && this.store.getItem(AUTOSAVE_KEY) !== null) {
      ids.push(EARLIER_ID);
      try {
        this.store.setItem(INDEX_KEY, JSON.stringify(ids));
      } catch {
        // A full store: the earlier save is still listed, from its own key, every time.
      }
    }
    return ids.filter((id) => this.store.getItem(keyOf(id)) !== null);
  }

  /** A game's autosave text, or null. */
  read(id: string): string | null {
    return this.store.getItem(keyOf(id));
  }

  /**
   * Store a game's autosave and make it the most recent. Games beyond `MAX_AUTOSAVES` are dropped,
   * oldest first, and so are older ones while the store has no room; throws if even this game's
   * save alone does not fit.
   */
  write(id: string, text: string): void {
    const others = this.ids().filter((x) => x !== id);
    while (others.length >= MAX_AUTOSAVES) this.store.removeItem(keyOf(others.pop() as string));
    for (;;) {
      try {
        this.store.setItem(keyOf(id), text);
        break;
      } catch (e) {
        const oldest = others.pop();
        if (oldest === undefined) throw e;
        this.store.removeItem(keyOf(oldest));
      }
    }
    this.store.setItem(INDEX_KEY, JSON.stringify([id, ...others]));
  }

  /** The index as stored (a damaged one reads as empty: the saves themselves are untouched). */
  private index(): string[] {
    try {
      const ids: unknown = JSON.parse(this.store.getItem(INDEX_KEY) ?? "[]");
      return Array.isArray(ids) ? ids.filter((x): x is string => typeof x === "string") : [];
    } catch {
      return [];
    }
  }
}
