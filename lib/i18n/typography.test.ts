import { describe, expect, it } from 'vitest';
import { typographyProblems } from './typography';

const rules = (text: string, locale: 'en' | 'fr' = 'fr') => typographyProblems(text, locale).map((p) => p.rule);

describe('typography check', () => {
  it('accepts French with the narrow and the plain no-break spaces where they belong', () => {
    expect(rules('Prêt\u202f? Oui\u202f! Note\u00a0: « \u00a0»'.replace('« \u00a0»', '«\u00a0mot\u00a0»'))).toEqual([]);
  });

  it('finds a plain space, a no-break space or no space before ; ! ?', () => {
    expect(rules('Prêt ?')).toEqual(['space-before-high-sign']);
    expect(rules('Prêt\u00a0!')).toEqual(['space-before-high-sign']);
    expect(rules('Prêt; oui')).toEqual(['space-before-high-sign']);
  });

  it('finds a plain or missing space before a colon, not a time or a URL', () => {
    expect(rules('conseil: vérifiez')).toEqual(['space-before-colon']);
    expect(rules('conseil : vérifiez')).toEqual(['space-before-colon']);
    expect(rules('à 14:30, voir https://example.com/?a=1')).toEqual([]);
  });

  it('finds guillemets without a no-break space inside', () => {
    expect(rules('« Produit »')).toEqual(['space-inside-guillemets', 'space-inside-guillemets']);
    expect(rules('«Produit»')).toEqual(['space-inside-guillemets', 'space-inside-guillemets']);
  });

  it('finds straight apostrophes in both languages, and nothing else in English', () => {
    expect(rules("l'équipe")).toEqual(['straight-apostrophe']);
    expect(rules("LinkedIn's post box", 'en')).toEqual(['straight-apostrophe']);
    expect(rules('Ready? Note: fine!', 'en')).toEqual([]);
  });

  it('reads a sign before a tag of a feed’s HTML as ending a phrase, not a pattern like (?<=', () => {
    expect(rules('<li>à 19 °C ;</li><li>gestes :</li>')).toEqual(['space-before-high-sign', 'space-before-colon']);
    expect(rules('<li>à 19 °C\u202f;</li>')).toEqual([]);
    expect(rules('«\u00a0(?<=…)\u00a0»')).toEqual([]);
  });
});
