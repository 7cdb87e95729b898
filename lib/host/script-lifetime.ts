/**
 * How long one Relais content script lives in a LinkedIn tab, decided without
 * trusting the page.
 *
 * WXT's `ContentScriptContext` ends a script as soon as a
 * `<extension id>:<script>:wxt:content-script-started` event reaches `document`,
 * and LinkedIn's own scripts can dispatch that event too: it shut the launcher,
 * the sidebar and the composer bridge down (issue #18). Relais's scripts do not
 * hang anything on that context. A script ends here only when
 * - a newer copy of itself starts in the same extension run (the composer
 *   bridge is injected again before inserts): the newer copy finds the older
 *   one in the isolated world's globals, which the page cannot reach, and ends it;
 * - the extension was reloaded or updated: the orphaned copy (its runtime id is
 *   gone) hears the newer copy's start-up event on the document and ends itself.
 *   The page can dispatch that event as often as it likes: a live script ignores it.
 */

export interface ScriptLifetime {
  /** False once the script has ended. */
  readonly isValid: boolean;
  /** Runs once, when the script ends (a newer copy took over, or the extension went away). */
  onInvalidated(cleanup: () => void): void;
  /** An event listener removed when the script ends. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  /**
   * LinkedIn is a single-page app: called after each change of `location.href`. Heard from the
   * Navigation API's `currententrychange` where the browser has it (Chromium): no timer on the page;
   * elsewhere `location.href` is checked every second.
   */
  onLocationChange(handler: () => void): void;
  end(): void;
}

export interface LifetimeEnvironment {
  /** The document the script runs in. */
  document: Document;
  /** The extension's id as this script sees it: undefined once the extension was reloaded or removed. */
  runtimeId(): string | undefined;
  /** The event a newer copy of this script dispatches on the document when it starts (WXT's). */
  startedEventType: string;
  /** The isolated world's global object, shared by Relais's content scripts and out of the page's reach. */
  globals?: object;
  /** How often to look at `location.href` where there is no Navigation API, in ms. */
  locationPollMs?: number;
  /** The window's Navigation API object; by default `navigation` of the document's window, if any. */
  navigation?: EventTarget;
}

interface LifetimeGlobals {
  __relaisLifetimes?: Record<string, ScriptLifetime | undefined>;
}

export function startScriptLifetime(name: string, env: LifetimeEnvironment): ScriptLifetime {
  const globals = (env.globals ?? globalThis) as LifetimeGlobals;
  const running = (globals.__relaisLifetimes ??= {});
  running[name]?.end();

  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  const view = env.document.defaultView;

  const lifetime: ScriptLifetime = {
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cleanup) {
      if (controller.signal.aborted) cleanup();
      else cleanups.push(cleanup);
    },
    listen(target, type, handler, options) {
      if (controller.signal.aborted) return;
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    onLocationChange(handler) {
      if (controller.signal.aborted || !view) return;
      let last = view.location.href;
      const check = () => {
        const now = view.location.href;
        if (now === last) return;
        last = now;
        handler();
      };
      const navigation = env.navigation ?? (view as { navigation?: EventTarget }).navigation;
      if (navigation && typeof navigation.addEventListener === 'function') {
        lifetime.listen(navigation, 'currententrychange', check);
        return;
      }
      const id = setInterval(check, env.locationPollMs ?? 1000);
      lifetime.onInvalidated(() => clearInterval(id));
    },
    end() {
      if (controller.signal.aborted) return;
      controller.abort();
      if (running[name] === lifetime) running[name] = undefined;
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch {
          // One failing cleanup must not keep the others from running.
        }
      }
    },
  };

  // Only an orphan listens to the start-up event; a page forging it finds a live script and nothing happens.
  lifetime.listen(env.document, env.startedEventType, () => {
    if (env.runtimeId() === undefined) lifetime.end();
  });
  running[name] = lifetime;
  return lifetime;
}
