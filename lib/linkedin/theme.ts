/**
 * LinkedIn's colour theme, as data for the Relais app (lib/theme): read from
 * the page by the content script, never by the app itself, and followed live
 * (the employee can switch LinkedIn's dark mode without reloading).
 */
import type { PageThemeSource } from '../theme/theme';
import { linkedInTheme } from './selectors';

export function linkedInThemeSource(document: Document): PageThemeSource {
  return {
    current: () => linkedInTheme(document),
    subscribe(onChange) {
      let last = linkedInTheme(document);
      const observer = new MutationObserver(() => {
        const next = linkedInTheme(document);
        if (next !== last) {
          last = next;
          onChange();
        }
      });
      // Only the class attribute of the two elements that carry the mark: cheap on LinkedIn's busy page.
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
      if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
      return () => observer.disconnect();
    },
  };
}
