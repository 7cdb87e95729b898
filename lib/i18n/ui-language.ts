/** The browser's UI language tag, for `resolveLocale` in extension contexts. */
import { browser } from 'wxt/browser';

export function browserUiLanguage(): string | undefined {
  return browser.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
}
