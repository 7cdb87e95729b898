/**
 * Editing a feed text written once ("Hello") or per language
 * ({"fr": "Bonjour", "en": "Hello"}). Languages the Studio does not show
 * (a "de" entry written by hand) are kept as they are.
 */
import type { JsonValue } from './document';
import { isJsonObject } from './document';

export type LocalizedForm = { mode: 'single'; text: string } | { mode: 'per-language'; texts: Record<string, string> };

export function toLocalizedForm(value: JsonValue | undefined): LocalizedForm {
  if (typeof value === 'string') return { mode: 'single', text: value };
  if (isJsonObject(value)) {
    const texts: Record<string, string> = {};
    for (const [language, text] of Object.entries(value)) if (typeof text === 'string') texts[language] = text;
    return { mode: 'per-language', texts };
  }
  return { mode: 'per-language', texts: {} };
}

/** The value with one language's text set; an empty text removes that language, the last removal the whole value. */
export function setLanguageText(value: JsonValue | undefined, language: string, text: string): JsonValue | undefined {
  const next: Record<string, JsonValue> = isJsonObject(value) ? { ...value } : {};
  if (text.trim() === '') delete next[language];
  else next[language] = text;
  return Object.keys(next).length === 0 ? undefined : next;
}

export function setSingleText(text: string): JsonValue | undefined {
  return text.trim() === '' ? undefined : text;
}

/** "Hello" → {"fr": "Hello", "en": "Hello"}: the author then translates one of them. */
export function splitPerLanguage(value: JsonValue | undefined, languages: readonly string[]): JsonValue | undefined {
  if (typeof value !== 'string') return value;
  return Object.fromEntries(languages.map((language) => [language, value]));
}
