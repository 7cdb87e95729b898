import { describe, expect, it } from 'vitest';
import type { Charter } from '../feed/schema';
import { resolvePrompts } from './prompts';

const item = (category: string, prompts: string[] = []) => ({ category, prompts });

const CHARTER: Charter = {
  default_prompts: {
    product: [{ en: 'Which client asked for this?', fr: 'Quel client l’avait demandé\u202f?' }],
    '*': ['Une question pour tout', 'Deux', 'Trois', 'Quatre'],
  },
};

describe('resolvePrompts', () => {
  it('uses the item’s own prompts first, at most three, without blanks or repeats', () => {
    expect(
      resolvePrompts(item('product', ['Un ?', ' ', 'Deux ?', 'Un ?', 'Trois ?', 'Quatre ?']), CHARTER, 'en'),
    ).toEqual(['Un ?', 'Deux ?', 'Trois ?']);
  });

  it('falls back to the charter’s prompts for the category, in the user’s language', () => {
    expect(resolvePrompts(item('product'), CHARTER, 'fr')).toEqual(['Quel client l’avait demandé\u202f?']);
    expect(resolvePrompts(item('product'), CHARTER, 'en')).toEqual(['Which client asked for this?']);
  });

  it('then to the charter’s "*" prompts', () => {
    expect(resolvePrompts(item('culture'), CHARTER, 'en')).toEqual(['Une question pour tout', 'Deux', 'Trois']);
  });

  it('then to built-in questions per category, in English and French', () => {
    expect(resolvePrompts(item('culture'), undefined, 'en')).toEqual([
      'What did you learn?',
      'Who in your team made it happen?',
      'What moment of it will you remember?',
    ]);
    expect(resolvePrompts(item('product'), {}, 'fr')[0]).toBe('Qu’est-ce que cela a changé pour vos clients\u202f?');
    expect(resolvePrompts(item('product'), {}, 'en')).not.toEqual(resolvePrompts(item('industry'), {}, 'en'));
  });

  it('has general questions for a category it does not know', () => {
    expect(resolvePrompts(item('sustainability'), undefined, 'en')).toEqual([
      'What did this change for you or your clients?',
      'What did you learn?',
      'Who in your team made it happen?',
    ]);
  });
});
