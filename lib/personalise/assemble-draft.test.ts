import { describe, expect, it } from 'vitest';
import { assembleDraft, shortQuote } from './assemble-draft';

const ITEM = {
  url: 'https://acme.com/news/lyon',
  text: 'Acme inaugure aujourd’hui son nouveau campus de Lyon : 400 postes d’ingénieurs d’ici 2027, un laboratoire d’IA ouvert aux start-up de la région et un bâtiment à énergie positive.',
  summary: undefined,
  hashtags: ['AcmeLyon', '#Ingénierie', 'Tech For Good'],
};

describe('assembleDraft', () => {
  it('puts the employee’s answers first, each as a paragraph, then the link and the hashtags', () => {
    const draft = assembleDraft({
      answers: [
        'Ce que le campus change pour mes clients',
        '  Je travaille avec des hôpitaux de Grenoble.\nIls attendaient ça.  ',
        '',
        'Merci à l’équipe immobilier !',
      ],
      item: ITEM,
      locale: 'fr',
    });
    expect(draft).toBe(
      'Ce que le campus change pour mes clients\n\n' +
        'Je travaille avec des hôpitaux de Grenoble.\nIls attendaient ça.\n\n' +
        'Merci à l’équipe immobilier !\n\n' +
        'https://acme.com/news/lyon\n\n' +
        '#AcmeLyon #Ingénierie #TechForGood',
    );
  });

  it('never starts with the company text', () => {
    const draft = assembleDraft({
      answers: ['Fier de mes collègues.'],
      item: { ...ITEM, url: undefined },
      locale: 'fr',
    });
    expect(draft.startsWith('Fier de mes collègues.')).toBe(true);
    const empty = assembleDraft({ answers: ['   '], item: { ...ITEM, url: undefined }, locale: 'fr' });
    expect(empty).toBe('#AcmeLyon #Ingénierie #TechForGood');
  });

  it('quotes at most 140 characters of the company text when there is no link, with the locale’s quotation marks', () => {
    const fr = assembleDraft({
      answers: ['Fier.'],
      item: { ...ITEM, url: undefined },
      locale: 'fr',
      options: { includeHashtags: false },
    });
    const quote = fr.split('\n\n')[1] ?? '';
    expect(quote.startsWith('«\u00a0Acme inaugure')).toBe(true);
    expect(quote.endsWith('…\u00a0»')).toBe(true);
    expect(quote.length - 4).toBeLessThanOrEqual(140);
    const en = assembleDraft({
      answers: ['Proud.'],
      item: { ...ITEM, url: undefined, summary: 'A new campus in Lyon.' },
      locale: 'en',
    });
    expect(en.split('\n\n')[1]).toBe('“A new campus in Lyon.”');
  });

  it('uses the quote instead of the link when asked to leave the link out', () => {
    const draft = assembleDraft({ answers: ['Fier.'], item: ITEM, locale: 'en', options: { includeLink: false } });
    expect(draft).not.toContain('https://');
    expect(draft).toContain('“Acme inaugure');
  });

  it('does not repeat hashtags the employee already wrote, whatever their case', () => {
    const draft = assembleDraft({ answers: ['Bravo #acmelyon !'], item: ITEM, locale: 'fr' });
    expect(draft.endsWith('#Ingénierie #TechForGood')).toBe(true);
  });
});

describe('shortQuote', () => {
  it('keeps a short text whole and cuts a long one at a word boundary', () => {
    expect(shortQuote('Un   texte\ncourt.')).toBe('Un texte court.');
    const quote = shortQuote('mot '.repeat(60));
    expect(quote.length).toBeLessThanOrEqual(140);
    expect(quote.endsWith('mot…')).toBe(true);
  });
});
