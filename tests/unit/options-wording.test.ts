/** Words the options and the practice page show, checked in both languages (the e2e tests see the English). */
import { describe, expect, it } from 'vitest';
import { messagesOf } from '@/lib/i18n/catalog';
import { createTranslator } from '@/lib/i18n/messages';

describe('options and practice wording', () => {
  it('words hidden items with each language’s plural rules', () => {
    const fr = createTranslator(messagesOf('feeds'), 'fr');
    const en = createTranslator(messagesOf('feeds'), 'en');
    expect([fr.plural('itemsShown', 0), fr.plural('itemsShown', 1), fr.plural('itemsShown', 20)]).toEqual([
      '0 affiché',
      '1 affiché',
      '20 affichés',
    ]);
    expect([fr.plural('itemsExpired', 1), fr.plural('itemsExpired', 2)]).toEqual(['1 expiré', '2 expirés']);
    expect([fr.plural('itemsUpcoming', 1), fr.plural('itemsUpcoming', 3)]).toEqual([
      '1 pas encore publié',
      '3 pas encore publiés',
    ]);
    expect([en.plural('itemsExpired', 2), en.plural('itemsUpcoming', 1)]).toEqual(['2 expired', '1 not yet published']);
  });

  it('explains the display choice without a claim about LinkedIn’s terms', () => {
    for (const locale of ['en', 'fr'] as const) {
      const sentence = createTranslator(messagesOf('options'), locale)('displayTradeOff');
      expect(sentence).not.toMatch(/terms|conditions|forbid|interdi/i);
      expect(sentence.split(/[.!?](\s|$)/u).filter((part) => part.trim() !== '')).toHaveLength(1);
    }
  });

  it('after an insert on the practice page, names the practice box in French too', () => {
    const fr = createTranslator(messagesOf('draft'), 'fr')('outcomeInsertedPractice');
    expect(fr).toContain('entraînement');
    expect(fr).not.toContain('LinkedIn');
  });
});
