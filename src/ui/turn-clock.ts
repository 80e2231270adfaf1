/**
 * The instructor's clock: a countdown for a turn that can be set, started, paused and reset. It
 * only keeps time; what happens when the time is up (the teams hand in what they have) is the
 * instructor's call, so it never touches the game.
 */

/** The lengths offered, in minutes. */
export const CLOCK_MINUTES = [1, 2, 3, 5, 10, 15, 20, 30] as const;

/** A countdown read against a time source (ms), so tests can drive it. */
export class TurnClock {
  private length = 5 * 60_000;
  /** ms left as of the last start or pause. */
  private left = this.length;
  /** The time source's reading when the clock last started, while it runs. */
  private since: number | null = null;

  constructor(private readonly now: () => number) {}

  /** The length in minutes. */
  get minutes(): number {
    return this.length / 60_000;
  }

  /** Set the length (whole minutes, 1–60) and reset to it. */
  set(minutes: number): void {
    this.length = Math.min(60, Math.max(1, Math.round(minutes))) * 60_000;
    this.reset();
  }

  start(): void {
    if (this.since === null && this.left > 0) this.since = this.now();
  }

  pause(): void {
    if (this.since === null) return;
    this.left = this.remaining();
    this.since = null;
  }

  reset(): void {
    this.left = this.length;
    this.since = null;
  }

  /** ms left. */
  remaining(): number {
    return this.since === null ? this.left : Math.max(0, this.left - (this.now() - this.since));
  }

  /** Counting down now. */
  get running(): boolean {
    return this.since !== null && this.remaining() > 0;
  }

  /** Not yet used since the last reset. */
  get idle(): boolean {
    return this.since === null && this.left === this.length;
  }

  get over(): boolean {
    return this.remaining() <= 0;
  }

  /** The time left as m:ss, rounded up to the second ("4:59" until the last moment of 5:00). */
  text(): string {
    const s = Math.ceil(this.remaining() / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  }
}
