import { describe, expect, it } from 'vitest';
import { addItem, newDocument, setIn } from './document';
import { problemsUnder, validateDocument } from './validate';
import { messagesOf } from '../i18n/catalog';

describe('live validation', () => {
  it('places each problem at its field, in the chosen language', () => {
    let document = addItem(newDocument('T'), { id: 'a', content_text: 'A', _relais: { expires_at: 'tomorrow' } });
    document = addItem(document, { id: 'b', content_text: 'B' });
    const validation = validateDocument(document, 'fr');
    expect(validation.errors).toBe(1);
    expect(validation.skippedItems).toEqual(new Set([0]));
    const [problem] = validation.byPath.get('items[0]._relais.expires_at') ?? [];
    expect(problem?.message).toBe(messagesOf('feedProblem').fr.badScheduleDate);
    expect(problemsUnder(validation, 'items[0]')).toHaveLength(1);
    expect(problemsUnder(validation, 'items[1]')).toHaveLength(0);
  });

  it('still checks the items when the feed itself is wrong', () => {
    const document = addItem({ feed: { version: 'x', items: [] } }, { id: 'a' });
    const validation = validateDocument(document, 'en');
    expect(validation.feedRefused).toBe(true);
    expect(validation.byPath.get('title')).toBeDefined();
    expect(validation.byPath.get('items[0].content_text')?.[0]?.code).toBe('content-missing');
  });

  it('asks for a mix that sums to 100 %', () => {
    const document = { feed: setIn(newDocument('T').feed, ['_relais', 'mix'], { product: 30, culture: 30 }) };
    const validation = validateDocument(document, 'en');
    expect(validation.mixSum).toBe(60);
    expect(validation.byPath.get('_relais.mix')?.[0]?.message).toBe('The mix adds up to 60 %; it must add up to 100 %');
    const fixed = { feed: setIn(document.feed, ['_relais', 'mix', 'industry'], 40) };
    expect(validateDocument(fixed, 'en').problems).toEqual([]);
  });
});
