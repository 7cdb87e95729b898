/**
 * True only in the end-to-end test build (`npm run build:e2e`, which sets
 * `WXT_E2E_HOOKS=true`). Each hook is written `if (import.meta.env.WXT_E2E_HOOKS
 * === 'true')` at its call site, so Vite replaces the condition with a constant
 * and the shipped build drops the hook entirely (the budget test checks the
 * shipped files for the hooks' names). Headless Chromium cannot deliver a
 * keyboard shortcut, and pages cannot reach the worker's functions: these
 * hooks let the e2e tests drive the very functions the browser events call.
 */
export const E2E_HOOK_NAMES = ['relaisSync', 'relaisCommands', 'relaisSidePanel', 'relaisPractice'] as const;
export type E2eHookName = (typeof E2E_HOOK_NAMES)[number];

/** Puts `value` on the context's global scope under `name`; call it only inside the build-time condition. */
export function exposeToE2e(name: E2eHookName, value: unknown) {
  (globalThis as Record<string, unknown>)[name] = value;
}
