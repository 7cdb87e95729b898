/** Reads and writes settings in `storage.local`; usable from every extension context. */
import { browser } from 'wxt/browser';
import { SETTINGS_STORAGE_KEY as SETTINGS_KEY } from '../host/display-setting';
import { type Settings, parseSettings } from './settings';

const INSTALL_SEED_KEY = 'installSeed';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * A random seed made once per install and kept locally. It rotates angles and
 * spreads posting times so that colleagues given the same item diverge; it
 * never leaves the machine.
 */
export async function getInstallSeed(): Promise<string> {
  const stored = (await browser.storage.local.get(INSTALL_SEED_KEY))[INSTALL_SEED_KEY];
  if (typeof stored === 'string' && stored.length > 0) return stored;
  const seed = crypto.randomUUID();
  await browser.storage.local.set({ [INSTALL_SEED_KEY]: seed });
  return seed;
}
