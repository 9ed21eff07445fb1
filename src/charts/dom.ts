import { parseHTML } from "linkedom";

let shared: Document | undefined;

type Listener = EventListenerOrEventListenerObject;
const LISTENERS = Symbol("listeners");

interface Target {
  [LISTENERS]?: Map<string, Map<Listener, AddEventListenerOptions | boolean | undefined>>;
  /** linkedom's way up the tree, for events that bubble. */
  _getParent?: () => Target | null;
}

/**
 * Event listening for linkedom's nodes, kept on the node itself and made only when a listener
 * is added. linkedom's own EventTarget gives every node, attribute and text it creates an
 * entry in one module-wide WeakMap holding a new Map: tens of millions of entries in a build of
 * a thousand incidents, which the garbage collector must trace as ephemerons. Charts never
 * listen to anything at build time, so that work bought nothing: measured on 1,000 synthetic
 * incidents, this cut garbage collection from about 23 to 13 CPU-seconds and the page-rendering
 * phase from about 60 to 52 seconds (`npm run bench`).
 */
class LightEventTarget {
  addEventListener(
    this: Target,
    type: string,
    listener: Listener,
    options?: AddEventListenerOptions | boolean,
  ): void {
    const byType = (this[LISTENERS] ??= new Map());
    let listeners = byType.get(type);
    if (!listeners) byType.set(type, (listeners = new Map()));
    listeners.set(listener, options);
  }

  removeEventListener(this: Target, type: string, listener: Listener): void {
    const listeners = this[LISTENERS]?.get(type);
    if (listeners?.delete(listener) && listeners.size === 0) this[LISTENERS]?.delete(type);
  }

  dispatchEvent(this: Target, event: Event): boolean {
    let node: Target | null | undefined = this as Target;
    while (node) {
      const listeners = node[LISTENERS]?.get(event.type);
      for (const [listener, options] of listeners ?? []) {
        if (typeof options === "object" && options.once) listeners?.delete(listener);
        if (typeof listener === "function") listener.call(node, event);
        else listener.handleEvent(event);
      }
      node = event.bubbles && !event.cancelBubble ? node._getParent?.() : null;
    }
    return !event.defaultPrevented;
  }
}

/** Puts {@link LightEventTarget} under linkedom's Node, in place of its own EventTarget. */
function lightenEvents(window: { EventTarget: unknown }, document: Document): void {
  const heavy = (window.EventTarget as { prototype: object } | undefined)?.prototype;
  let proto: object | null = Object.getPrototypeOf(document.createElement("g"));
  while (proto && Object.getPrototypeOf(proto) !== heavy) proto = Object.getPrototypeOf(proto);
  if (!proto || !heavy) throw new Error("linkedom's Node no longer extends its EventTarget.");
  Object.setPrototypeOf(proto, LightEventTarget.prototype);
  // `super()` in Node's constructor calls whatever its constructor's prototype is.
  Object.setPrototypeOf(proto.constructor, LightEventTarget);
}

/**
 * The server-side document Plot draws in. One serves every chart: Plot creates its elements
 * there, and the figure takes them as data (`fromPlot`) without ever inserting them, so
 * charts never meet. Parsing a document per chart cost more than drawing most charts.
 */
export function createDocument(): Document {
  if (!shared) {
    const { window, document } = parseHTML("<!doctype html><html><body></body></html>");
    lightenEvents(window as unknown as { EventTarget: unknown }, document as unknown as Document);
    shared = document as unknown as Document;
  }
  return shared;
}
