import { describe, expect, it } from 'vitest';
import { formatReport, validateFeedSource } from './cli/validate';
import { parseFeedJson } from './parse';

const feedWith = (linkedin_selectors: unknown) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme',
  items: [{ id: 'a', content_text: 'Hello' }],
  _relais: { linkedin_selectors },
});

const HOTFIX = {
  share_editor: ["[componentkey='ShareBox_textEditor'][contenteditable='true']", '.ql-editor'],
  post_button: ['dialog[open] footer > button:not([aria-label])'],
};

describe('the LinkedIn selector hotfix in the feed (_relais.linkedin_selectors)', () => {
  it('reaches the feed snapshot as data, for the composer bridge to try first', () => {
    const result = parseFeedJson(feedWith(HOTFIX));
    expect(result.ok && result.snapshot.linkedinSelectors).toEqual(HOTFIX);
  });

  it('refuses what is not a plain CSS selector, saying where and why, in English and French', () => {
    const bad = parseFeedJson(feedWith({ post_button: ['button {display:none}'] }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems[0]).toMatchObject({
      path: '_relais.linkedin_selectors.post_button[0]',
      code: 'bad-selector',
      message: 'Not a CSS selector Relais accepts: expected a selector (character 8)',
    });
    const french = parseFeedJson(feedWith({ share_dialog: ['dialog::before'] }), { locale: 'fr' });
    expect(!french.ok && french.problems[0]?.message).toMatch(
      /^Ce n’est pas un sélecteur CSS accepté par Relais\u00a0: /,
    );
  });

  it('bounds the hotfix: at most 5 selectors per element, 300 characters each', () => {
    expect(parseFeedJson(feedWith({ share_editor: Array(6).fill('.ql-editor') })).ok).toBe(false);
    expect(parseFeedJson(feedWith({ share_editor: [`.${'a'.repeat(300)}`] })).ok).toBe(false);
    expect(parseFeedJson(feedWith({ share_editor: Array(5).fill(`.${'a'.repeat(298)}`) })).ok).toBe(true);
  });

  it('is shown in the validator’s summary', async () => {
    const source = 'hotfix.json';
    const { report } = await validateFeedSource(source, {
      now: () => Date.parse('2026-12-01T10:00:00Z'),
      readFile: async () => new TextEncoder().encode(JSON.stringify(feedWith(HOTFIX))),
    });
    expect(report.summary?.linkedinSelectors).toEqual([
      { id: 'share_editor', label: 'share_editor', items: 2 },
      { id: 'post_button', label: 'post_button', items: 1 },
    ]);
    expect(formatReport(report)).toContain(
      'LinkedIn selector hotfix (selectors per element, tried first): share_editor (2), post_button (1)',
    );
  });
});
