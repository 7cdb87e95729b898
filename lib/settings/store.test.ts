import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings';
import { getInstallSeed, readSettings, updateSettings, watchSettings } from './store';

describe('settings store', () => {
  it('falls back to defaults for missing or corrupt values', async () => {
    await fakeBrowser.storage.local.set({ settings: { locale: 'de', display: 42 } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a patch and tells watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.locale));
    await updateSettings({ locale: 'fr' });
    expect((await readSettings()).locale).toBe('fr');
    expect(seen).toEqual(['fr']);
    stop();
  });

  it('makes the install seed once', async () => {
    const first = await getInstallSeed();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getInstallSeed()).toBe(first);
  });
});
