import { describe, expect, it } from "vitest";
import {
  noteText,
  placeNotes,
  shorten,
  textWidth,
  type NoteInput,
} from "../../src/charts/timelineNotes.ts";

/** Synthetic annotations (invented for this test): marks close together, as in a busy hour. */
const crowd: NoteInput[] = [
  { id: "a", at: 0.1, time: "10:05", text: "Sign-ins start failing", milestone: true },
  { id: "b", at: 0.12, time: "10:15", text: "Monitoring alerts engineers", milestone: true },
  { id: "c", at: 0.15, time: "10:35", text: "Rollback runs", milestone: false },
  { id: "d", at: 0.2, time: "11:00", text: "Status page says sign-ins fail", milestone: false },
  { id: "e", at: 0.9, time: "17:05", text: "All services healthy", milestone: true },
];

/** Every note's box at a width, as pixels across and its row. */
function boxes(notes: NoteInput[], width: number, rows: number) {
  return placeNotes(notes, width, rows).map((p) => {
    const note = notes.find((n) => n.id === p.id)!;
    const left = note.at * width + p.offset;
    return { ...p, x: note.at * width, left, right: left + textWidth(`${p.time} ${p.text}`) };
  });
}

describe("placeNotes", () => {
  for (const width of [280, 400, 640, 1000])
    it(`keeps every note inside a ${width} px chart, none overlapping in a row`, () => {
      const placed = boxes(crowd, width, 3);
      for (const box of placed) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
      }
      for (const a of placed)
        for (const b of placed)
          if (a !== b && a.row === b.row)
            expect(a.right <= b.left || b.right <= a.left, `${a.id} × ${b.id}`).toBe(true);
    });

  it("always places the milestones, and other labels only while rows remain", () => {
    const placed = placeNotes(crowd, 280, 1);
    expect(placed.map((p) => p.id)).toEqual(expect.arrayContaining(["a", "b", "e"]));
    expect(placed.filter((p) => p.row >= 1).every((p) => ["a", "b", "e"].includes(p.id))).toBe(
      true,
    );
  });

  it("holds at every greater width: notes in a row only move apart", () => {
    const narrow = placeNotes(crowd, 400, 3);
    for (const width of [500, 800, 1200]) {
      const rows = new Map(narrow.map((p) => [p.id, p]));
      const wide = narrow.map((p) => {
        const note = crowd.find((n) => n.id === p.id)!;
        const left = note.at * width + p.offset;
        return { ...p, left, right: left + textWidth(`${p.time} ${p.text}`) };
      });
      for (const a of wide)
        for (const b of wide)
          if (a !== b && rows.get(a.id)!.row === rows.get(b.id)!.row)
            expect(a.right <= b.left || b.right <= a.left).toBe(true);
    }
  });

  it("names every note whose words fit, each earlier one above the later ones", () => {
    const placed = placeNotes(crowd, 640, 12);
    expect(placed.map((p) => p.id).sort()).toEqual(["a", "b", "c", "d", "e"]);
    const row = new Map(placed.map((p) => [p.id, p.row]));
    expect(row.get("a")!).toBeGreaterThan(row.get("b")!);
    expect(row.get("b")!).toBeGreaterThan(row.get("c")!);
  });

  it("leaves a gap in a stem where it must pass behind a lower note's words", () => {
    // The last note slides left over the other's mark; the other's stem passes behind it.
    const notes: NoteInput[] = [
      {
        id: "late",
        at: 0.97,
        time: "17:05",
        text: "Last residual impact mitigated",
        milestone: true,
      },
      { id: "early", at: 0.8, time: "15:00", text: "Fix ships", milestone: false },
    ];
    const [late, early] = ["late", "early"].map((id) =>
      placeNotes(notes, 400, 12).find((p) => p.id === id),
    );
    expect(late?.row).toBe(0);
    expect(early?.row).toBe(1);
    expect(early?.gaps).toEqual([0]);
    expect(late?.gaps).toBeUndefined();
  });
});

describe("the words of a note", () => {
  it("shortens a title at a word boundary", () => {
    expect(shorten("Azure AD backend services crash as they start up", 24)).toBe(
      "Azure AD backend…",
    );
  });

  it("prefers the event's label to its title", () => {
    const event = { label: "Sign-ins fail", title: "A long title about sign-ins" };
    expect(noteText(event as Parameters<typeof noteText>[0])).toBe("Sign-ins fail");
  });
});
