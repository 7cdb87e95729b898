// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMENT_MAX_CHARS, insertComment } from './comment';
import { findCommentEditorFor } from './selectors';

const COMPANY = 'urn:li:activity:7401234567890123456';
const OTHER = 'urn:li:activity:7409999999999999999';

/** Two posts on one page, each with its own 2026 Tiptap comment box (the markup of tests/fixtures/linkedin/linkedin-2026.js). */
function twoPosts(attribute: 'componentkey' | 'data-urn' = 'componentkey') {
  const box = (urn: string) =>
    attribute === 'componentkey'
      ? `<div componentkey="commentBox-${urn}"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" aria-label="Text editor for creating comment" data-post="${urn}"><p></p></div></div></div>`
      : `<div class="feed-shared-update-v2" data-urn="${urn}"><div class="comments-comment-box"><div class="ql-editor" contenteditable="true" data-post="${urn}"></div></div></div>`;
  document.body.innerHTML = `<main>${box(OTHER)}${box(COMPANY)}</main>`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findCommentEditorFor', () => {
  it('finds the comment box under the named post only, in the 2026 and the classic feed', () => {
    for (const attribute of ['componentkey', 'data-urn'] as const) {
      twoPosts(attribute);
      expect(findCommentEditorFor(document, COMPANY)?.element.dataset.post).toBe(COMPANY);
      expect(findCommentEditorFor(document, OTHER)?.element.dataset.post).toBe(OTHER);
    }
  });

  it('finds nothing for a post that is not on the page, nor for a malformed URN', () => {
    twoPosts();
    expect(findCommentEditorFor(document, 'urn:li:activity:1')).toBeNull();
    expect(findCommentEditorFor(document, `${COMPANY}"], [contenteditable="true`)).toBeNull();
  });

  it('refuses a container that holds another post’s comment box', () => {
    document.body.innerHTML = `<div data-urn="${COMPANY}"><div componentkey="commentBox-${OTHER}"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div contenteditable="true" aria-label="Text editor for creating comment"></div></div></div></div>`;
    expect(findCommentEditorFor(document, COMPANY)).toBeNull();
  });
});

describe('insertComment', () => {
  it('refuses a comment over LinkedIn’s limit, counted in characters', async () => {
    twoPosts();
    const copy = vi.fn(async () => true);
    await expect(
      insertComment('é'.repeat(COMMENT_MAX_CHARS + 1), COMPANY, { allowInsert: true, copy }),
    ).rejects.toThrow(/1251 characters.*1250/);
    expect(copy).not.toHaveBeenCalled();
  });

  it('copies the comment when the post’s box is not on the page, or insertion is off', async () => {
    twoPosts();
    const copy = vi.fn(async () => true);
    await expect(insertComment('Bravo', 'urn:li:activity:42', { allowInsert: true, copy })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'composer-not-found',
    });
    await expect(insertComment('Bravo', COMPANY, { allowInsert: false, copy })).resolves.toEqual({
      kind: 'clipboard',
      reason: 'insert-disabled',
    });
    expect(copy).toHaveBeenCalledTimes(2);
  });
});
