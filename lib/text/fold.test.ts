import { describe, expect, it } from 'vitest';
import { foldedWords, foldText } from './fold';

describe('foldText', () => {
  it('ignores case and accents', () => {
    expect(foldText('Évènement À LYON')).toBe('evenement a lyon');
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(foldText('aujourd’hui')).toBe(foldText("aujourd'hui"));
    expect(foldedWords('d’ingénieurs')).toEqual(foldedWords("d'ingénieurs"));
  });
});
