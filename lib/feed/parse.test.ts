import { describe, expect, it } from 'vitest';
import { parseFeedText } from './parse';

const feed = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Acme', items, ...extra });

describe('parseFeedText', () => {
  it('fails as a whole on text that is not JSON', () => {
    const result = parseFeedText('<html>');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/Not valid JSON/);
  });

  it('fails as a whole on a wrong version', () => {
    const result = parseFeedText(JSON.stringify({ version: '1', title: 'x', items: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('version');
  });

  it('skips a bad item with its id and JSON path, and keeps the good ones', () => {
    const result = parseFeedText(
      feed([
        { id: 'a', content_text: 'Hello' },
        { id: 'b', content_text: 'Hi', _relais: { expires_at: 'tomorrow' } },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items.map((item) => item.id)).toEqual(['a']);
    expect(result.skipped).toEqual([
      expect.objectContaining({ itemId: 'b', path: 'items[1]._relais.expires_at' }),
    ]);
  });

  it('accepts a plain JSON Feed as a news-watch feed', () => {
    const result = parseFeedText(feed([{ id: 1, content_html: '<p>Hi &amp; bye</p>' }]));
    expect(result.ok && result.snapshot.plain).toBe(true);
  });

  it('refuses javascript: links', () => {
    const result = parseFeedText(feed([{ id: 'x', content_text: 't', url: 'javascript:alert(1)' }]));
    expect(result.ok && result.skipped[0]?.path).toBe('items[0].url');
  });
});
