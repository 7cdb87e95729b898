import { useCallback, useEffect, useState } from 'react';
import { readSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { parseSettings, type Settings } from '@/lib/settings/settings';

/** The settings, live: every open host follows a change made in the options at once. Undefined while loading. */
export function useSettings(): Settings | undefined {
  return useEditableSettings()[0];
}

/**
 * The settings and a way to change them. The change shows at once (a
 * controlled checkbox must not wait for storage), then is saved.
 */
export function useEditableSettings(): [Settings | undefined, (patch: Partial<Settings>) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    let active = true;
    void readSettings().then((value) => active && setSettings(value));
    const stop = watchSettings(setSettings);
    return () => {
      active = false;
      stop();
    };
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings((current) => parseSettings({ ...current, ...patch }));
    await updateSettings(patch);
  }, []);
  return [settings, update];
}
