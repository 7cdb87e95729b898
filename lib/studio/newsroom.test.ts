import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../feed/parse';
import { addItem, items, newDocument } from './document';
import { importNewsroomEntries, newsroomEntryLabel } from './newsroom';

const NEWSROOM = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Newsroom',
  items: [
    { id: 'a', title: 'Solar', content_html: '<p>Solar <b>fell</b>.</p>', url: 'https://example.com/a' },
    { id: 'b', content_text: 'Wind record.\nMore text', image: 'https://example.com/b.jpg' },
  ],
});

describe('starting from a newsroom feed', () => {
  const parsed = parseFeedText(NEWSROOM);
  if (!parsed.ok) throw new Error('fixture');

  it('names entries by title, else first line', () => {
    expect(parsed.items.map(newsroomEntryLabel)).toEqual(['Solar', 'Wind record.']);
  });

  it('brings the picked entries in as valid Relais items, under free ids', () => {
    const start = addItem(newDocument('T'), { id: 'a', content_text: 'Already here' });
    const document = importNewsroomEntries(start, parsed.items);
    expect(items(document)).toEqual([
      { id: 'a', content_text: 'Already here' },
      { id: 'a-2', title: 'Solar', content_text: 'Solar fell.', url: 'https://example.com/a' },
      { id: 'b', content_text: 'Wind record.\nMore text', image: 'https://example.com/b.jpg' },
    ]);
    const reparsed = parseFeedText(JSON.stringify(document.feed));
    expect(reparsed.ok && reparsed.items.length).toBe(3);
  });
});
