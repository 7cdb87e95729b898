import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../feed/parse';
import {
  addItem,
  duplicateItem,
  exportFeedText,
  items,
  moveItem,
  newDocument,
  openFeedText,
  removeItem,
  setIn,
  type StudioDocument,
} from './document';

const demoText = readFileSync(new URL('../../public/demo-feed.json', import.meta.url), 'utf8');

const open = (text: string): StudioDocument => {
  const opened = openFeedText(text);
  if (!opened.ok) throw new Error(opened.reason);
  return opened.document;
};

const FEED_WITH_UNKNOWN_KEYS = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Feed with extensions',
  _other_tool: { tracking: false, nested: [1, { deep: 'yes' }] },
  _relais: {
    organisation: 'Test',
    future_option: { enabled: true },
    charter: { tone: 'Warm', new_rule: ['a'] },
  },
  items: [
    {
      id: 'one',
      content_text: 'Hello',
      _podcast: { duration: 12 },
      _relais: { category: 'culture', future_field: 'kept' },
    },
  ],
};

describe('Studio document round trip', () => {
  it('opening the demo feed and exporting it again changes nothing', () => {
    const exported = exportFeedText(open(demoText));
    expect(JSON.parse(exported)).toEqual(JSON.parse(demoText));
  });

  it('keeps unknown keys, at every level, untouched when other fields are edited', () => {
    const document = open(JSON.stringify(FEED_WITH_UNKNOWN_KEYS));
    const edited: StudioDocument = {
      feed: setIn(setIn(document.feed, ['items', 0, 'title'], 'New title'), ['_relais', 'charter', 'tone'], 'Kind'),
    };
    const exported = JSON.parse(exportFeedText(edited));
    expect(exported._other_tool).toEqual(FEED_WITH_UNKNOWN_KEYS._other_tool);
    expect(exported._relais.future_option).toEqual({ enabled: true });
    expect(exported._relais.charter).toEqual({ tone: 'Kind', new_rule: ['a'] });
    expect(exported.items[0]).toEqual({ ...FEED_WITH_UNKNOWN_KEYS.items[0], title: 'New title' });
  });

  it('exports what the parser reads with the same meaning', () => {
    const before = parseFeedText(demoText);
    const after = parseFeedText(exportFeedText(open(demoText)));
    expect(after).toEqual(before);
  });

  it('refuses what is not a JSON object, and opens a feed with problems', () => {
    expect(openFeedText('<html>')).toEqual({ ok: false, reason: 'not-json' });
    expect(openFeedText('[1]')).toEqual({ ok: false, reason: 'not-object' });
    expect(openFeedText('{"title": 3}').ok).toBe(true);
  });
});

describe('Studio item operations', () => {
  const start = addItem(addItem(newDocument('T'), { id: 'a', content_text: 'A' }), { id: 'b', content_text: 'B' });

  it('duplicates an item right after it, under a free id', () => {
    const twice = duplicateItem(duplicateItem(start, 0), 0);
    expect(items(twice).map((item) => item.id)).toEqual(['a', 'a-copy-2', 'a-copy', 'b']);
  });

  it('removes and moves items without touching the others', () => {
    expect(items(removeItem(start, 0)).map((item) => item.id)).toEqual(['b']);
    expect(items(moveItem(start, 1, 0)).map((item) => item.id)).toEqual(['b', 'a']);
    expect(moveItem(start, 1, 5)).toBe(start);
  });
});
