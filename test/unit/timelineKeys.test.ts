import { describe, expect, it } from "vitest";
import { keyTarget, keyZoom } from "../../src/client/timeline/keyboard.ts";
import { eventIdFromHash } from "../../src/client/timeline/passages.ts";

describe("keyTarget", () => {
  it("steps to the next event in time with the right and down arrows", () => {
    expect(keyTarget("ArrowRight", 3, 10)).toBe(4);
    expect(keyTarget("ArrowDown", 3, 10)).toBe(4);
  });

  it("steps back with the left and up arrows, stopping at the first", () => {
    expect(keyTarget("ArrowLeft", 3, 10)).toBe(2);
    expect(keyTarget("ArrowUp", 0, 10)).toBe(0);
  });

  it("jumps to the ends with Home and End, and by ten with the page keys", () => {
    expect(keyTarget("Home", 5, 10)).toBe(0);
    expect(keyTarget("End", 5, 10)).toBe(9);
    expect(keyTarget("PageDown", 5, 10)).toBe(9);
    expect(keyTarget("PageUp", 5, 10)).toBe(0);
  });

  it("leaves other keys alone", () => {
    expect(keyTarget("Tab", 5, 10)).toBeNull();
    expect(keyTarget("Enter", 5, 10)).toBeNull();
  });
});

describe("keyZoom", () => {
  it("zooms in with + or = and out with -", () => {
    expect(keyZoom("+")).toBe(2);
    expect(keyZoom("=")).toBe(2);
    expect(keyZoom("-")).toBe(0.5);
    expect(keyZoom("a")).toBeNull();
  });
});

describe("eventIdFromHash", () => {
  it("reads the event id of a deep link", () => {
    expect(eventIdFromHash("#event-auto-rollback-fails")).toBe("auto-rollback-fails");
  });

  it("ignores other anchors and malformed ids", () => {
    expect(eventIdFromHash("#main")).toBeNull();
    expect(eventIdFromHash("#event-")).toBeNull();
    expect(eventIdFromHash("#event-Bad_Id")).toBeNull();
  });
});
