import type { Translator } from '@/lib/i18n/messages';
import type { EnglishOf } from '@/lib/i18n/catalog';

/** The insights page's translator, handed down to its sections. */
export type InsightsT = Translator<keyof EnglishOf<'insights'>>;
