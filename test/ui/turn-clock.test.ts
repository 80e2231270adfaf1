/** The instructor's clock, driven by a hand-moved time source. */
import { describe, expect, it } from "vitest";
import { TurnClock } from "../../src/ui/turn-clock.ts";

function clock(): { c: TurnClock; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { c: new TurnClock(() => t), advance: (ms) => (t += ms) };
}

describe("the instructor's clock", () => {
  it("counts down only while it runs, and pauses and resumes where it stopped", () => {
    const { c, advance } = clock();
    c.set(2);
    expect([c.text(), c.idle, c.running]).toEqual(["2:00", true, false]);
    advance(5_000);
    expect(c.text()).toBe("2:00");
    c.start();
    advance(30_500);
    expect([c.text(), c.running, c.idle]).toEqual(["1:30", true, false]);
    c.pause();
    advance(60_000);
    expect([c.text(), c.running]).toEqual(["1:30", false]);
    c.start();
    advance(29_500);
    expect(c.text()).toBe("1:00");
  });
  it("stops at zero and says so; reset brings the length back", () => {
    const { c, advance } = clock();
    c.set(1);
    c.start();
    advance(61_000);
    expect([c.text(), c.over, c.running]).toEqual(["0:00", true, false]);
    c.start();
    expect(c.remaining()).toBe(0);
    c.reset();
    expect([c.text(), c.over, c.idle]).toEqual(["1:00", false, true]);
  });
  it("keeps lengths to whole minutes from 1 to 60", () => {
    const { c } = clock();
    c.set(0);
    expect(c.minutes).toBe(1);
    c.set(90);
    expect(c.minutes).toBe(60);
    c.set(2.6);
    expect(c.text()).toBe("3:00");
  });
});
