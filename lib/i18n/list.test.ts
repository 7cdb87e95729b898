import { describe, expect, it } from 'vitest';
import { formatList } from './list';

describe('formatList', () => {
  it('joins with the language’s conjunction', () => {
    expect(formatList(['« A »'], 'fr')).toBe('« A »');
    expect(formatList(['« A »', '« B »'], 'fr')).toBe('« A » et « B »');
    expect(formatList(['“A”', '“B”', '“C”'], 'en')).toBe('“A”, “B”, and “C”');
  });
});
