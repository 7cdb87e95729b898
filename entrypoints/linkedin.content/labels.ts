/**
 * The launcher's words, FR and EN, without loading the app's i18n (this
 * script stays small). Follows the language chosen in the options.
 */
import { browser } from 'wxt/browser';
import type { LauncherLabels } from './launcher';

const LABELS: Record<'en' | 'fr', LauncherLabels> = {
  en: { open: 'Open Relais', close: 'Close Relais' },
  fr: { open: 'Ouvrir Relais', close: 'Fermer Relais' },
};

/** `settings`: the stored settings object (or nothing yet), as read by the caller. */
export function launcherLabelsFor(settings: unknown): LauncherLabels {
  const chosen = (settings as { locale?: unknown } | undefined)?.locale;
  const tag = chosen === 'en' || chosen === 'fr' ? chosen : browser.i18n.getUILanguage();
  return tag.toLowerCase().startsWith('fr') ? LABELS.fr : LABELS.en;
}
