import { describe, expect, it } from 'vitest';
import { parseFeedJson, parseFeedText, toLibraryItems } from './parse';

const feed = (items: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Acme', items, ...extra });

const relaisFeed = (items: unknown[], relais: Record<string, unknown> = {}) =>
  feed(items, {
    _relais: {
      channels: [
        { id: 'corporate', label: { en: 'Corporate', fr: 'Institutionnel' } },
        { id: 'careers', label: 'Careers' },
      ],
      ...relais,
    },
  });

function parsedOk(text: string, locale: 'en' | 'fr' = 'en') {
  const result = parseFeedText(text, { locale });
  if (!result.ok) throw new Error(`expected a usable feed, got ${JSON.stringify(result.problems)}`);
  return result;
}

function parsedFatal(text: string, locale: 'en' | 'fr' = 'en') {
  const result = parseFeedText(text, { locale });
  if (result.ok) throw new Error('expected the feed to fail');
  return result.problems;
}

describe('parseFeedText: the feed fails as a whole', () => {
  it('on a web page, saying so', () => {
    const [problem] = parsedFatal('\n  <!doctype html><html>login</html>');
    expect(problem).toMatchObject({ code: 'html', message: expect.stringMatching(/web page/) });
  });

  it('on broken JSON, with line and column', () => {
    const [problem] = parsedFatal(
      '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x"\n  "items": []\n}',
    );
    expect(problem?.code).toBe('not-json');
    expect(problem?.message).toBe("This is not JSON: Expected ',' or '}' after property value (line 4, column 3)");
  });

  it('on JSON cut short, pointing at the end', () => {
    const [problem] = parsedFatal('{"version": "https://jsonfeed.org/version/1.1",\n"items": [');
    expect(problem?.message).toMatch(/line 2, column 11/);
  });

  it('on an empty document', () => {
    expect(parsedFatal('  ')[0]?.code).toBe('empty');
  });

  it('on a wrong version, with a hint', () => {
    const problems = parsedFatal(JSON.stringify({ version: '1', title: 'x', items: [] }));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'version', code: 'wrong-value', hint: expect.stringContaining('version/1.1') }),
    ]);
  });

  it('on a missing title and items, naming both', () => {
    const problems = parsedFatal(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1' }));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['title', 'missing'],
      ['items', 'missing'],
    ]);
  });

  it('on a broken charter: a policy that half applies would be worse than the previous one', () => {
    const problems = parsedFatal(relaisFeed([], { charter: { banned: [{ phrase: '(unclosed', regex: true }] } }));
    expect(problems[0]).toMatchObject({ path: '_relais.charter.banned[0].phrase', code: 'bad-regex' });
  });

  it('in French when asked', () => {
    const [problem] = parsedFatal(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'x' }), 'fr');
    expect(problem?.message).toBe('Ce champ est obligatoire mais absent');
    expect(problem?.hint).toMatch(/éléments/);
  });

  it('accepts a byte order mark', () => {
    expect(parseFeedText(`\ufeff${feed([])}`).ok).toBe(true);
  });
});

describe('parseFeedText: bad items are skipped', () => {
  it('with their id and JSON path, keeping the good ones', () => {
    const result = parsedOk(
      feed([
        { id: 'a', content_text: 'Hello' },
        { id: 'b', content_text: 'Hi', _relais: { expires_at: 'tomorrow' } },
      ]),
    );
    expect(result.items.map((item) => item.id)).toEqual(['a']);
    expect(result.skipped).toEqual([
      expect.objectContaining({ itemId: 'b', itemIndex: 1, path: 'items[1]._relais.expires_at', code: 'bad-date' }),
    ]);
  });

  it('when a schedule date has no time zone: employees in other zones would see it at other times', () => {
    const result = parsedOk(feed([{ id: 'a', content_text: 'x', _relais: { not_before: '2027-03-01T09:00:00' } }]));
    expect(result.skipped[0]?.hint).toMatch(/time zone/);
  });

  it('when it has no text', () => {
    const result = parsedOk(
      feed([
        { id: 'a', title: 'Only a title' },
        { id: 'b', content_text: '  ' },
      ]),
    );
    expect(result.skipped.map((p) => [p.itemId, p.code])).toEqual([
      ['a', 'content-missing'],
      ['b', 'content-missing'],
    ]);
  });

  it('when its id repeats an earlier one', () => {
    const result = parsedOk(
      feed([
        { id: 1, content_text: 'x' },
        { id: '1', content_text: 'y' },
      ]),
    );
    expect(result.items).toHaveLength(1);
    expect(result.skipped[0]).toMatchObject({ path: 'items[1].id', code: 'duplicate-id', itemId: '1' });
  });

  it('when its channel is not declared, listing the declared ones', () => {
    const result = parsedOk(relaisFeed([{ id: 'a', content_text: 'x', _relais: { channel: 'carreers' } }]));
    expect(result.skipped[0]).toMatchObject({
      code: 'unknown-channel',
      hint: expect.stringContaining('corporate, careers'),
    });
  });

  it('when a link could run script', () => {
    const result = parsedOk(feed([{ id: 'x', content_text: 't', url: 'javascript:alert(1)' }]));
    expect(result.skipped[0]).toMatchObject({ path: 'items[0].url', code: 'bad-link' });
  });

  it('but not when an image is served over http: the image is dropped with a warning, the item kept', () => {
    const result = parsedOk(feed([{ id: 'x', content_text: 't', image: 'http://cdn.example.com/a.png' }]));
    expect(result.skipped).toEqual([]);
    expect(result.items[0]?.image).toBeUndefined();
    expect(result.warnings[0]).toMatchObject({
      path: 'items[0].image',
      code: 'dropped-field',
      message: expect.stringContaining('https'),
    });
  });

  it('when a campaign ends before it starts', () => {
    const result = parsedOk(
      feed([
        {
          id: 'x',
          content_text: 't',
          _relais: { campaign: { start: '2027-03-10T00:00:00Z', end: '2027-03-01T00:00:00Z' } },
        },
      ]),
    );
    expect(result.skipped[0]).toMatchObject({ path: 'items[0]._relais.campaign.end', code: 'campaign-order' });
  });

  it('when a hashtag has a space', () => {
    const result = parsedOk(feed([{ id: 'x', content_text: 't', _relais: { hashtags: ['#Green Energy'] } }]));
    expect(result.skipped[0]).toMatchObject({ path: 'items[0]._relais.hashtags[0]', code: 'bad-hashtag' });
  });

  it('with a readable type problem', () => {
    const result = parsedOk(feed([{ id: 'x', content_text: 't', _relais: { pinned: 'yes', angles: 'one' } }]));
    expect(result.skipped.map((p) => p.message)).toEqual([
      'Expected a list [ … ], found a text',
      'Expected true or false, found a text',
    ]);
  });
});

describe('parseFeedJson: a whole charter is read', () => {
  it('with a localized label whose key is not a language failing with the key named', () => {
    const result = parseFeedJson({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [],
      _relais: { charter: { tone: { english: 'Warm' } } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: '_relais.charter.tone.english', code: 'bad-key' });
  });
});

describe('parseFeedText: warnings change nothing but are reported', () => {
  it('for a likely typo in _relais, with the key it probably meant', () => {
    const result = parsedOk(
      relaisFeed([{ id: 'a', content_text: 'x', _relais: { expire_at: '2027-01-01T00:00:00Z' } }], {
        charter: { tonne: 'x' },
      }),
    );
    expect(result.items).toHaveLength(1);
    expect(result.warnings.map((w) => [w.path, w.hint])).toEqual([
      ['_relais.charter.tonne', 'Did you mean "tone"?'],
      ['items[0]._relais.expire_at', 'Did you mean "expires_at"?'],
    ]);
  });

  it('but not for JSON Feed fields Relais does not use', () => {
    const result = parsedOk(
      feed([{ id: 'a', content_text: 'x', authors: [{ name: 'A' }], attachments: [] }], { authors: [] }),
    );
    expect(result.warnings).toEqual([]);
  });

  it('for an item suggesting more hashtags than the charter allows, or a forbidden mention', () => {
    const result = parsedOk(
      relaisFeed(
        [{ id: 'a', content_text: 'x', _relais: { hashtags: ['a', 'b', 'c'], mentions: ['@Concurrent SA'] } }],
        { charter: { hashtags: { max: 2 }, forbidden_mentions: ['Concurrent SA'] } },
      ),
    );
    expect(result.warnings.map((w) => w.code)).toEqual(['hashtags-over-max', 'forbidden-mention']);
  });
});

describe('channels', () => {
  it('an item without a channel goes to the first declared channel', () => {
    const result = parsedOk(relaisFeed([{ id: 'a', content_text: 'x' }]));
    expect(result.items[0]?._relais?.channel).toBe('corporate');
    expect(result.snapshot.channels.map((c) => c.id)).toEqual(['corporate', 'careers']);
  });

  it('a plain JSON Feed is a news-watch feed with a translated channel label', () => {
    const result = parsedOk(feed([{ id: 1, content_html: '<p>Hi &amp; bye</p>' }], { language: 'fr' }));
    expect(result.snapshot.plain).toBe(true);
    expect(result.snapshot.channels).toEqual([{ id: 'news-watch', label: { en: 'News watch', fr: 'Veille' } }]);
    const [item] = toLibraryItems('https://x.test/feed.json', result.items, 0);
    expect(item).toMatchObject({ channel: 'news-watch', category: 'industry', text: 'Hi & bye', language: 'fr' });
  });

  it('without declared channels, the channels the items use are listed under their ids', () => {
    const result = parsedOk(
      feed(
        [
          { id: 'a', content_text: 'x', _relais: { channel: 'hr' } },
          { id: 'b', content_text: 'y' },
        ],
        { _relais: {} },
      ),
    );
    expect(result.snapshot.channels).toEqual([
      { id: 'hr', label: 'hr' },
      { id: 'news-watch', label: { en: 'News watch', fr: 'Veille' } },
    ]);
  });
});

describe('toLibraryItems', () => {
  it('stores hashtags once each, with their "#"', () => {
    const result = parsedOk(
      feed([{ id: 'a', content_text: 'x', _relais: { hashtags: ['Energie', '#energie', '#Solaire'] } }]),
    );
    expect(toLibraryItems('u', result.items, 0)[0]?.hashtags).toEqual(['#Energie', '#Solaire']);
  });

  it('prefers content_text, and reduces content_html to text when content_text is empty', () => {
    const result = parsedOk(
      feed([{ id: 'a', content_text: '', content_html: '<b>Bold</b> <script>x()</script>move' }]),
    );
    expect(toLibraryItems('u', result.items, 0)[0]?.text).toBe('Bold move');
  });
});
