import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/charts/dom.ts";

describe("the document charts are drawn in", () => {
  it("still delivers events to listeners, bubbling up the tree, once when asked", () => {
    const document = createDocument();
    const outer = document.createElement("g");
    const inner = document.createElement("circle");
    outer.append(inner);
    const heard: string[] = [];
    const onOuter = () => heard.push("outer");
    outer.addEventListener("ping", onOuter);
    inner.addEventListener("ping", () => heard.push("inner"), { once: true });
    inner.dispatchEvent(new document.defaultView!.Event("ping", { bubbles: true }));
    inner.dispatchEvent(new document.defaultView!.Event("ping", { bubbles: false }));
    outer.removeEventListener("ping", onOuter);
    inner.dispatchEvent(new document.defaultView!.Event("ping", { bubbles: true }));
    expect(heard).toEqual(["inner", "outer"]);
  });

  it("is one document, shared by every chart", () => {
    expect(createDocument()).toBe(createDocument());
  });
});
