/**
 * Every language's dictionary, by namespace: a feature takes its own strings
 * with `messagesOf('compose')` and words them with `useT` (components) or
 * `createTranslator` (lib). The always-on launcher does not come here (it
 * imports its one namespace from each locale file, to stay small).
 */
import type { Locale } from './locale';
import type { MessageModule } from './messages';
import type { SameKeys } from './same-keys';
import * as en from './locales/en';
import * as fr from './locales/fr';

export type Namespace = keyof typeof en;
/** The English dictionary of a namespace (its keys are the namespace's keys). */
export type EnglishOf<N extends Namespace> = (typeof en)[N];
export type MessageKey<N extends Namespace> = Extract<keyof EnglishOf<N>, string>;
export type MessagesOf<N extends Namespace> = MessageModule<MessageKey<N>>;

type Catalog = { readonly [N in Namespace]: SameKeys<EnglishOf<N>> };

/** A third language is one more entry here (and its file in `locales/`). */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr };

export const NAMESPACES = Object.keys(en) as Namespace[];

const modules = new Map<Namespace, MessageModule<string>>();

/** One object per namespace (stable across calls, so React memos keyed on it hold). */
export function messagesOf<N extends Namespace>(namespace: N): MessagesOf<N> {
  let module = modules.get(namespace);
  if (!module) {
    module = Object.fromEntries(
      Object.entries(CATALOGS).map(([locale, catalog]) => [locale, catalog[namespace]]),
    ) as unknown as MessageModule<string>;
    modules.set(namespace, module);
  }
  return module as MessagesOf<N>;
}
