import type { Translator } from '@/lib/i18n/messages';
import type { insightsMessages } from './messages';

/** The insights page's translator, handed down to its sections. */
export type InsightsT = Translator<keyof (typeof insightsMessages)['en']>;
