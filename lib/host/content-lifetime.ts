/** `startScriptLifetime` (script-lifetime.ts) wired to the extension runtime, for Relais's LinkedIn content scripts. */
import { browser } from 'wxt/browser';
import { startScriptLifetime, type ScriptLifetime } from './script-lifetime';

/** `name`: the content script's entrypoint name (`linkedin`, `sidebar`, `composer`). */
export function startContentScriptLifetime(name: string): ScriptLifetime {
  return startScriptLifetime(name, {
    document,
    runtimeId: () => browser.runtime?.id,
    // The event WXT's context dispatches when a newer copy of this script starts (its own naming).
    startedEventType: `${browser.runtime.id}:${name}:wxt:content-script-started`,
  });
}
