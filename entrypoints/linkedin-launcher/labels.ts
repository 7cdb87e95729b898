/**
 * The launcher's words, in the language chosen in the options. This script
 * runs on every LinkedIn page, so it takes only its own namespace from each
 * locale file (no catalog, no translator) and the zod-free locale resolver.
 */
import { browser } from 'wxt/browser';
import type { Locale } from '@/lib/i18n/locale';
import { resolveLocale } from '@/lib/i18n/locale';
import { launcher as english } from '@/lib/i18n/locales/en';
import { launcher as french } from '@/lib/i18n/locales/fr';
import type { LauncherLabels } from './launcher';

const LABELS: Record<Locale, LauncherLabels> = { en: english, fr: french };

/** `settings`: the stored settings object (or nothing yet), as read by the caller. */
export function launcherLabelsFor(settings: unknown): LauncherLabels {
  const chosen = (settings as { locale?: unknown } | undefined)?.locale;
  return LABELS[resolveLocale(chosen, browser.i18n.getUILanguage())];
}
