/**
 * Every language's dictionary, registered at once: for the contexts that word
 * in any language at any moment (the worker's feed statuses and problems, the
 * CLI, the unit tests). Imported first by their entry
 * points; pages load only the language they show (`catalog.ts`).
 */
import { type Catalog, type Namespace, registerCatalog } from './catalog';
import type { Locale } from './locale';
import * as en from './locales/en';
import * as fr from './locales/fr';

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, fr };

export const NAMESPACES = Object.keys(en) as Namespace[];

for (const [locale, catalog] of Object.entries(CATALOGS)) registerCatalog(locale as Locale, catalog);
