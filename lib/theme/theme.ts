/**
 * Relais's colour theme, resolved in one place for every host. On LinkedIn the
 * app follows LinkedIn's own theme (the employee chose it there); on Relais's
 * own pages (options, My shares, practice, side panel) it follows the system.
 *
 * The app never reads LinkedIn's DOM for this: the host passes the page's theme
 * in as data (see `ThemeSource` in components/app/host.ts), so the same code
 * works for an in-page shadow root and for an extension-origin iframe.
 */
export type Theme = 'light' | 'dark';

/** The page's theme wins when the host knows it; otherwise the system's preference. */
export function resolveTheme(pageTheme: Theme | undefined, systemPrefersDark: boolean): Theme {
  return pageTheme ?? (systemPrefersDark ? 'dark' : 'light');
}

/** A theme passed as text (a query parameter, a message): anything else is "not known". */
export function parseTheme(value: unknown): Theme | undefined {
  return value === 'dark' || value === 'light' ? value : undefined;
}

/** The theme of the page a host sits on, followed live (e.g. LinkedIn's dark mode switched on). */
export interface PageThemeSource {
  current(): Theme;
  /** Calls `onChange` when the page's theme changes; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
}
