import { describe, expect, it } from 'vitest';
import { DEFAULT_LINK_PLACEMENT, LINK_PLACEMENTS, linkForFirstComment } from './link-placement';

const URL = 'https://acme.com/news/lyon';

describe('where the link goes', () => {
  it('defaults to a first comment, the first of the choices offered', () => {
    expect(DEFAULT_LINK_PLACEMENT).toBe('first-comment');
    expect(LINK_PLACEMENTS).toEqual(['first-comment', 'post']);
  });

  it('asks for a first comment only when the inserted text does not already carry the link', () => {
    expect(linkForFirstComment('Fier de l’équipe.\n\n#AcmeLyon', URL)).toBe(URL);
    expect(linkForFirstComment(`Fier de l’équipe.\n\n${URL}`, URL)).toBeUndefined();
    expect(linkForFirstComment('Fier de l’équipe.', undefined)).toBeUndefined();
  });
});
