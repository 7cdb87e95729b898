import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../sync/fetch-feed';
import { MAX_TEXT_OUTPUT, htmlToText, inlineText } from './html-to-text';
import { decodeEntities } from './entities';

describe('htmlToText', () => {
  it('keeps paragraphs, line breaks and list bullets', () => {
    expect(
      htmlToText('<h2>News</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>').text,
    ).toBe('News\n\nOne\ntwo\n\n• a\n• b\n\n1. x\n2. y');
  });

  it('keeps links as their text plus the address, resolved, and once when the text is the address', () => {
    const { text } = htmlToText(
      '<p>Read <a href="/press/solar">the release</a> or <a href="https://lumen.example/">lumen.example</a>.</p>',
      { baseUrl: 'https://lumen.example/news/' },
    );
    expect(text).toBe('Read the release (https://lumen.example/press/solar) or lumen.example.');
  });

  it('drops script links and hidden content, decodes every HTML5 named reference', () => {
    const { text } = htmlToText(
      '<style>p{}</style><p>Don&#8217;t &amp; &eacute;t&eacute; &hellip; &NotEqualTilde; <a href="javascript:alert(1)">x</a></p><script>alert(1)</script>',
    );
    expect(text).toBe('Don’t & été … ≂̸ x');
  });

  it('finds the first image, resolved against the base', () => {
    expect(
      htmlToText('<p>Hi</p><img src="/a.jpg"><img src="/b.jpg">', { baseUrl: 'https://x.example/p/1' }).firstImage,
    ).toBe('https://x.example/a.jpg');
  });

  // Pathological input at the size the sync accepts for a whole feed: each case used to grow
  // with the square of the size (chained regexes rescanning "<!--"); a linear pass just reads it.
  it.each([
    ['unclosed comments', '<!--'],
    ['unclosed tags', '<a b="'],
    ['unclosed links', '<a href="https://x.example/">'],
    ['bare "<"', '<'],
    ['bare "&"', '&'],
    ['nested blocks', '<div><p>'],
  ])('reads %s at the size limit and returns bounded text', (_, unit) => {
    const html = unit.repeat(Math.ceil(DEFAULT_MAX_BYTES / unit.length));
    const { text } = htmlToText(html);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_OUTPUT);
  });
});

describe('inlineText and decodeEntities', () => {
  it('turn titles with markup and references into one clean line', () => {
    expect(inlineText('Don&#8217;t <em>miss</em>\n  Q&amp;A')).toBe('Don’t miss Q&A');
  });

  it('leave a plain "R&D" or "AT&T" alone', () => {
    expect(decodeEntities('R&D at AT&T &amp; co')).toBe('R&D at AT&T & co');
  });
});
