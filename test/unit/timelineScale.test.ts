import { describe, expect, it } from "vitest";
import { baseX, transformFor, viewOf } from "../../src/client/timeline/scale.ts";

const domain: [number, number] = [0, 1000];
const range: [number, number] = [100, 600];

describe("viewOf", () => {
  it("shows the opening window unzoomed", () => {
    const view = viewOf(domain, range, { k: 1, x: 0 });
    expect([view.t0, view.t1]).toEqual([0, 1000]);
    expect(view.x(500)).toBe(350);
  });

  it("shows a narrower window when zoomed in, at the same pixels", () => {
    const view = viewOf(domain, range, { k: 2, x: -150 });
    expect(view.t0).toBeCloseTo(50);
    expect(view.t1).toBeCloseTo(550);
    expect(view.x(50)).toBeCloseTo(100);
    expect(view.x(550)).toBeCloseTo(600);
  });
});

describe("transformFor", () => {
  it("is the transform under which exactly the asked window shows", () => {
    const view = viewOf(domain, range, transformFor([200, 400], domain, range));
    expect(view.t0).toBeCloseTo(200);
    expect(view.t1).toBeCloseTo(400);
  });

  it("is the identity for the opening window", () => {
    const t = transformFor(domain, domain, range);
    expect(t.k).toBeCloseTo(1);
    expect(t.x).toBeCloseTo(0);
    expect(baseX(domain, range, 1000)).toBe(600);
  });
});
