/**
 * A random string identifying nothing but this install's choices. The caller
 * stores it locally once (e.g. in extension storage) and passes it to
 * `rotateAngles` and `suggestPostingTime`; it never leaves the browser.
 */
export function createInstallSeed(): string {
  return globalThis.crypto.randomUUID();
}
