/** The line chart of the debrief: gaps break a line, a lone point is a dot, labels are escaped. */
import { describe, expect, it } from "vitest";
import { lineChart } from "../../src/report/charts.ts";

describe("lineChart", () => {
  it("breaks a line at a gap and draws a lone point as a dot", () => {
    const svg = lineChart("T", [{ label: "a", color: "#000000", values: [1, null, 3, 4] }]);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg.match(/<polyline points="([^"]*)"/)?.[1]?.split(" ")).toHaveLength(2);
  });
  it("runs the y axis to the given top and the x axis from the first turn given", () => {
    const svg = lineChart("T", [{ label: "a", color: "#000000", values: [5, 6, 7] }], { first: 0, max: 100 });
    expect(svg).toContain(">100</text>");
    expect(svg).toMatch(/class="xt">0<\/text>/);
    expect(svg).toMatch(/class="xt">2<\/text>/);
    expect(svg).not.toMatch(/class="xt">3<\/text>/);
  });
  it("escapes labels and titles", () => {
    const svg = lineChart("<T>", [{ label: "a & b", color: "#000000", values: [1, 2] }]);
    expect(svg).toContain("&lt;T&gt;");
    expect(svg).toContain("a &amp; b");
    expect(svg).not.toContain("<T>");
  });
});
