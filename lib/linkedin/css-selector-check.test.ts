// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkCssSelector } from './css-selector-check';

const VALID = [
  'button.share-actions__primary-action',
  '[componentkey="ShareBox_textEditor"][contenteditable="true"]',
  "dialog[open]:has([data-sdui-screen*='sharing.ShareCompose'])",
  'div[role="button"][tabindex="0"]:has(> div[aria-label="Start a post" i])',
  '#interop-outlet > .share-box-v2__modal .ql-editor, .ProseMirror:not(.comments-comment-box *)',
  'li:nth-child(2n + 1) ~ li + li',
  '*',
];

const INVALID = [
  '',
  'button {color: red}',
  'div[aria-label="x"',
  'a::before',
  ':not(',
  'div >',
  'url(javascript:alert(1))',
  'p:contains("x")',
  ':is(:is(:is(:is(:is(a)))))',
  'a,,b',
];

describe('checking a feed-provided CSS selector without a DOM', () => {
  it.each(VALID)('accepts %s, as the browser does', (selector) => {
    expect(checkCssSelector(selector)).toEqual({ ok: true });
    expect(() => document.querySelector(selector)).not.toThrow();
  });

  it.each(INVALID)('refuses %s, with the position of the problem', (selector) => {
    const check = checkCssSelector(selector);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.at).toBeGreaterThanOrEqual(0);
  });

  it('takes time linear in the length (no backtracking on a long run of classes)', () => {
    const long = `${'.a'.repeat(20_000)}!`;
    const check = checkCssSelector(long);
    expect(check).toMatchObject({ ok: false, at: 40_000 });
  });
});
