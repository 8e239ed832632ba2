/**
 * Counts what code adds to the page and has not taken back yet: listeners on `window` and
 * `document`, observers that observe, and timers that have neither fired nor been cleared. Patches
 * the globals until `stop()`; only what is added while tracking is counted.
 */
export function trackPageResources() {
  const listeners = new Set<string>();
  const observers = new Set<object>();
  const timers = new Set<number>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (value: object) => ids.get(value) ?? (ids.set(value, ++next), next);
  const keyOf = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${target === window ? 'window' : 'document'} ${type} ${idOf(listener as object)} ${
      typeof options === 'boolean' ? options : !!options?.capture
    }`;

  type Schedule = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
  const original = {
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout as unknown as Schedule,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval as unknown as Schedule,
    clearInterval: window.clearInterval,
    MutationObserver: window.MutationObserver,
    IntersectionObserver: window.IntersectionObserver,
    ResizeObserver: window.ResizeObserver,
  };
  const tracked = (target: EventTarget) => target === window || target === document;

  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    if (tracked(this) && listener) listeners.add(keyOf(this, type, listener, options));
    return original.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    if (tracked(this) && listener) listeners.delete(keyOf(this, type, listener, options));
    return original.remove.call(this, type, listener, options);
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = original.setTimeout.call(
      window,
      (...inner: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') handler(...inner);
      },
      delay,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = original.setInterval.call(window, handler, delay, ...args);
    timers.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    original.clearInterval.call(window, id);
  }) as typeof window.clearInterval;

  for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'] as const) {
    const Native = original[name] as unknown as new (...args: unknown[]) => {
      observe(...args: unknown[]): void;
      disconnect(): void;
    };
    (window as unknown as Record<string, unknown>)[name] = class extends Native {
      override observe(...args: unknown[]) {
        observers.add(this);
        return super.observe(...args);
      }
      override disconnect() {
        observers.delete(this);
        return super.disconnect();
      }
    };
  }

  const sleep = (ms: number) => new Promise<void>((resolve) => original.setTimeout.call(window, resolve, ms));

  return {
    /** Waits on an untracked timer, so the wait itself is not counted. */
    sleep,
    /** Polls `predicate` on untracked timers until it holds (or fails after `timeout` ms). */
    async until(predicate: () => boolean, message: string, timeout = 3000) {
      for (const started = performance.now(); !predicate(); await sleep(20))
        if (performance.now() - started > timeout) throw new Error(`Timed out: ${message}`);
    },
    /** What is still there, by kind (listeners as readable keys). */
    get live() {
      return { listeners: [...listeners], observers: observers.size, timers: timers.size };
    },
    /** How many listeners of `type` are registered on `window` or `document` right now. */
    count(type: string) {
      return [...listeners].filter((key) => key.split(' ')[1] === type).length;
    },
    stop() {
      EventTarget.prototype.addEventListener = original.add;
      EventTarget.prototype.removeEventListener = original.remove;
      Object.assign(window, {
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        MutationObserver: original.MutationObserver,
        IntersectionObserver: original.IntersectionObserver,
        ResizeObserver: original.ResizeObserver,
      });
    },
  };
}
