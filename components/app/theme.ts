/** Applies the resolved theme (lib/theme) as a `data-theme` attribute the CSS keys its colours on. */
import { useEffect, useSyncExternalStore } from 'react';
import { type PageThemeSource, resolveTheme, type Theme } from '@/lib/theme/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeSystem(onChange: () => void) {
  const query = globalThis.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => globalThis.matchMedia?.(DARK_QUERY).matches ?? false;
const noSubscription = () => () => {};

/** The app's theme: the page's (LinkedIn's) when the host gives it, else the system's, both live. */
export function useTheme(pageTheme?: PageThemeSource): Theme {
  const system = useSyncExternalStore(subscribeSystem, systemPrefersDark, () => false);
  const page = useSyncExternalStore(
    pageTheme?.subscribe ?? noSubscription,
    () => pageTheme?.current(),
    () => undefined,
  );
  return resolveTheme(page, system);
}

/** Relais's own pages (options, My shares, practice): the theme goes on <html>, so the page background follows. */
export function useDocumentTheme(): Theme {
  const theme = useTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
