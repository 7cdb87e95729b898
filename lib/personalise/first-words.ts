import { createTranslator, type Locale } from '../i18n/messages';
import { hashString } from './hash';
import { messagesOf } from '../i18n/catalog';

/** The first box of the flow: the question it asks and the nudge shown inside it while empty. */
export interface FirstWordsBox {
  question: string;
  placeholder: string;
}

const PLACEHOLDERS = ['firstWordsPlaceholder1', 'firstWordsPlaceholder2', 'firstWordsPlaceholder3'] as const;

const TRAILING_PUNCTUATION = /[\s.…!:;,]+$/u;

/**
 * An angle is a direction, not a sentence to paste: choosing one changes what
 * the first box asks ("“Someone I know who should apply”: what is your own
 * story?") and its placeholder, so the employee's own words open the post.
 * Without an angle the box asks for what only they can say. The placeholder
 * depends on the angle, so switching angles visibly changes the nudge too.
 */
export function firstWordsBox(angle: string | undefined, locale: Locale): FirstWordsBox {
  const t = createTranslator(messagesOf('personalise'), locale);
  const direction = angle?.trim().replace(TRAILING_PUNCTUATION, '');
  if (!direction) return { question: t('firstWordsQuestion'), placeholder: t(PLACEHOLDERS[0]) };
  return {
    question: t('angleQuestion', { angle: direction }),
    placeholder: t(PLACEHOLDERS[hashString(direction) % PLACEHOLDERS.length] as (typeof PLACEHOLDERS)[number]),
  };
}

/**
 * The angle as the start of a sentence the employee goes on to finish, for
 * those who insert it on purpose ("Someone I know who should apply: ").
 * It stays the comms team's words: the originality meter counts it as copied.
 */
export function sentenceStarter(angle: string, locale: Locale): string {
  const trimmed = angle.trim();
  if (trimmed.endsWith('?')) return `${trimmed} `;
  const t = createTranslator(messagesOf('personalise'), locale);
  return `${trimmed.replace(TRAILING_PUNCTUATION, '')}${t('starterSeparator')}`;
}
