import type { Locale } from './messages';

/**
 * "A, B and C" / « A, B et C »: a list inside a sentence, with the language's
 * own conjunction, so that a sentence naming two phrases reads as one.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
