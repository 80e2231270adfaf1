/** Putting chunks that finish in any order back in order before anything is written. */

/** A buffer that releases chunks strictly in index order. */
export interface Reorder<T> {
  /** Add chunk `index`; releases it and any chunks after it that were waiting. */
  push(index: number, items: T[]): void;
  /** Release every chunk still waiting (after a forced stop), in index order. */
  drain(): void;
}

/** A reorder buffer that hands released items to `emit`. */
export function reorder<T>(emit: (items: T[]) => void): Reorder<T> {
  const waiting = new Map<number, T[]>();
  let next = 0;
  return {
    push(index, items) {
      waiting.set(index, items);
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next++);
        emit(ready);
      }
    },
    drain() {
      for (const index of [...waiting.keys()].sort((a, b) => a - b)) emit(waiting.get(index) ?? []);
      waiting.clear();
    },
  };
}
