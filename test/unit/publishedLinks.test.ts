import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/build/corpus.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const corpus = loadCorpus(ROOT);
const links = readFileSync(join(ROOT, "test", "fixtures", "published-event-links.txt"), "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#"));

describe("links readers have made", () => {
  it("keeps every published incident and event id", () => {
    const missing = links.filter((link) => {
      const [slug = "", id] = link.split("#");
      return !corpus.incidents.get(slug)?.events.some((event) => event.id === id);
    });
    expect(missing).toEqual([]);
  });
});
