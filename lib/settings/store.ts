/** Reads and writes settings in `storage.local` (lib/storage); usable from every extension context. */
import { installSeedItem, settingsItem } from '../storage/items';
import { type Settings, parseSettings } from './settings';

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(parseSettings(stored)));
}

/**
 * A random seed made once per install and kept locally. It rotates angles and
 * spreads posting times so that colleagues given the same item diverge; it
 * never leaves the machine.
 */
export async function getInstallSeed(): Promise<string> {
  const stored: unknown = await installSeedItem.getValue();
  if (typeof stored === 'string' && stored.length > 0) return stored;
  const seed = crypto.randomUUID();
  await installSeedItem.setValue(seed);
  return seed;
}
