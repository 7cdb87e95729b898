import { describe, expect, it } from 'vitest';
import { formatList } from '@/lib/i18n/list';
import { createTranslator } from '@/lib/i18n/messages';
import { messagesOf } from '@/lib/i18n/catalog';

const quoted = (locale: 'en' | 'fr', phrases: string[]) => {
  const t = createTranslator(messagesOf('compose'), locale);
  return formatList(
    phrases.map((text) => t('quoted', { text })),
    locale,
  );
};

describe('the confirmation before inserting', () => {
  it('agrees in number with the phrases it names, in French', () => {
    const t = createTranslator(messagesOf('compose'), 'fr');
    expect(t.plural('confirmConfidentialCheck', 2, { phrases: quoted('fr', ['A', 'B']) })).toBe(
      'J’ai vérifié que «\u00a0A\u00a0» et «\u00a0B\u00a0» peuvent être rendus publics.',
    );
    expect(t.plural('confirmConfidentialCheck', 1, { phrases: quoted('fr', ['A']) })).toBe(
      'J’ai vérifié que «\u00a0A\u00a0» peut être rendu public.',
    );
    expect(t.plural('confirmMention', 2, { phrases: quoted('fr', ['Globex', 'Initech']) })).toContain(
      'de ne pas les mentionner',
    );
  });

  it('lists phrases with the language’s conjunction', () => {
    const t = createTranslator(messagesOf('compose'), 'en');
    expect(t.plural('confirmBanned', 2, { phrases: quoted('en', ['game changer', 'disruptive']) })).toBe(
      'Your draft contains “game changer” and “disruptive”, which your company asks you to avoid.',
    );
  });
});
