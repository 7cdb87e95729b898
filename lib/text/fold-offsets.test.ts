import { describe, expect, it } from 'vitest';
import { foldText } from './fold';
import { foldWithOffsets } from './fold-offsets';

describe('foldWithOffsets', () => {
  it('folds like foldText and maps each folded character back', () => {
    const text = 'Un Évènement’s 🚀 À Lyon';
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe(foldText(text));
    const at = folded.indexOf('lyon');
    expect(text.slice(offsets[at], offsets[at + 4])).toBe('Lyon');
  });

  it('keeps combining marks with their letter in decomposed text', () => {
    const text = 'un e\u0301ve\u0300nement ici';
    const { folded, offsets } = foldWithOffsets(text);
    expect(folded).toBe('un evenement ici');
    const start = folded.indexOf('evenement');
    expect(text.slice(offsets[start], offsets[start + 'evenement'.length])).toBe('e\u0301ve\u0300nement');
  });
});
