// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  closestDeep,
  commentEditor,
  deepQueryAll,
  findAttachment,
  findFirst,
  findImageFileInput,
  findMediaButton,
  findStartPostTrigger,
  isCommentEditor,
  mergeSelectorOverrides,
  openDialogs,
  findPostButton,
  findShareDialog,
  findShareEditor,
  postButton,
  shareEditor,
  startPostTrigger,
} from './selectors';
import { loadSnapshot, showShadowShareDialog } from '@/tests/fixtures/linkedin/snapshots';

describe('LinkedIn selectors on the current markup', () => {
  it('finds the "Start a post" button on the feed by its class', () => {
    const found = findFirst(loadSnapshot('feed'), startPostTrigger);
    expect(found?.element.textContent?.trim()).toBe('Start a post');
    expect(found).toMatchObject({ via: 'class', index: 0 });
  });

  it('finds no share editor while the dialog is closed, not even the comment box with the same label', () => {
    const feed = loadSnapshot('feed');
    expect(feed.querySelector('[aria-label="Text editor for creating content"]')).not.toBeNull();
    expect(findShareDialog(feed)).toBeNull();
    expect(findShareEditor(feed)).toBeNull();
    expect(findPostButton(feed)).toBeNull();
  });

  it('finds the open dialog, its Quill editor (not Quill’s hidden clipboard) and its Post button', () => {
    const page = loadSnapshot('share-dialog');
    expect(findShareDialog(page)).toMatchObject({ via: 'class' });
    const editor = findShareEditor(page);
    expect(editor).toMatchObject({ via: 'class' });
    expect(editor?.element.getAttribute('aria-label')).toBe('Text editor for creating content');
    const post = findPostButton(page);
    expect(post).toMatchObject({ via: 'class' });
    expect(post?.element.textContent?.trim()).toBe('Post');
  });
});

describe('LinkedIn selectors in French', () => {
  it('finds the trigger, editor and “Publier” button, also by their French labels alone', () => {
    const page = loadSnapshot('share-dialog-fr');
    expect(findShareEditor(page)?.element.getAttribute('aria-label')).toBe(
      'Éditeur de texte pour la création de contenu',
    );
    expect(findPostButton(page)?.element.textContent?.trim()).toBe('Publier');

    for (const element of Array.from(page.querySelectorAll('[class]'))) element.removeAttribute('class');
    expect(findFirst(page, startPostTrigger)).toMatchObject({ via: 'role' });
    expect(findFirst(page, startPostTrigger)?.element.textContent?.trim()).toBe('Commencer un post');
    expect(findShareDialog(page)).toMatchObject({ via: 'role' });
    expect(findShareEditor(page)).toMatchObject({ via: 'role' });
    expect(findPostButton(page)).toMatchObject({ via: 'role' });
    expect(findPostButton(page)?.element.textContent?.trim()).toBe('Publier');
  });

  it('matches the French placeholder despite its no-break space', () => {
    const page = loadSnapshot('share-dialog-fr');
    const editor = findShareEditor(page)!.element;
    editor.removeAttribute('class');
    editor.removeAttribute('aria-label');
    expect(findFirst(page, shareEditor)).toMatchObject({ via: 'placeholder', element: editor });
  });
});

describe('LinkedIn selectors after a redesign', () => {
  it('falls back to role and aria-label when the classes are gone', () => {
    const page = loadSnapshot('share-dialog-changed');
    expect(findFirst(page, startPostTrigger)).toMatchObject({ via: 'role', index: 2 });
    expect(findShareDialog(page)).toMatchObject({ via: 'role' });
    const editor = findShareEditor(page);
    expect(editor).toMatchObject({ via: 'role' });
    expect(editor?.element.textContent).toBe('Hello');
    const post = findPostButton(page);
    expect(post).toMatchObject({ via: 'role' });
    expect(post?.element.textContent).toBe('Post');
  });

  it('falls back to the placeholder, then to structure, as labels disappear too', () => {
    const page = loadSnapshot('share-dialog-changed');
    const editor = page.querySelector('[contenteditable]')!;
    editor.removeAttribute('aria-label');
    expect(findShareEditor(page)).toMatchObject({ via: 'placeholder', element: editor });

    editor.removeAttribute('data-placeholder');
    editor.removeAttribute('aria-placeholder');
    editor.removeAttribute('role');
    page.getElementById('x7f3-header')!.textContent = 'Camille Martin · Post to Anyone';
    // Dialog known only as "a dialog with an editable area and a Post button".
    expect(findShareDialog(page)).toMatchObject({ via: 'structure' });
    expect(findShareEditor(page)).toMatchObject({ via: 'structure', element: editor });
  });

  it('never takes the schedule button for Post', () => {
    const page = loadSnapshot('share-dialog-changed');
    const post = findPostButton(page)!.element;
    post.remove();
    expect(findFirst(page, postButton)).toBeNull();
  });
});

describe('LinkedIn selectors on a page they do not know', () => {
  it('finds nothing: no trigger, no dialog (the messaging one has no Post), no editor, no Post button', () => {
    const page = loadSnapshot('unrecognised');
    expect(findFirst(page, startPostTrigger)).toBeNull();
    expect(findShareDialog(page)).toBeNull();
    expect(findShareEditor(page)).toBeNull();
    expect(findPostButton(page)).toBeNull();
  });
});

describe('LinkedIn selectors on the 2026 markup', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the role-less "Start a post" entry of the hashed-class feed, not the Video or Photo buttons', () => {
    const feed = loadSnapshot('feed-2026');
    const found = findStartPostTrigger(feed);
    expect(found?.element.getAttribute('aria-label')).toBe('Start a post');
    expect(found).toMatchObject({ via: 'role' });
  });

  it('prefers the role=button wrapper of the draft-text entry when LinkedIn gives it a role', () => {
    const feed = loadSnapshot('feed-2026');
    const wrapper = feed.querySelector('.b7e3f9a2')!;
    wrapper.setAttribute('role', 'button');
    expect(findStartPostTrigger(feed)).toMatchObject({ via: 'hook', element: wrapper });
  });

  it('never takes the Tiptap comment box for the post editor, with or without a dialog open', () => {
    const feed = loadSnapshot('feed-2026');
    const comment = findFirst(feed, commentEditor);
    expect(comment?.element.getAttribute('aria-label')).toBe('Text editor for creating comment');
    expect(isCommentEditor(comment!.element)).toBe(true);
    expect(findShareDialog(feed)).toBeNull();
    expect(findShareEditor(feed)).toBeNull();
    // Even a feed hotfix pointing at every editor does not reach the comment box.
    const page = loadSnapshot('share-compose-fr');
    const editor = findShareEditor(page, { share_editor: ['[contenteditable="true"]'] });
    expect(editor?.element.getAttribute('componentkey')).toBe('ShareBox_textEditor');
  });

  it('finds the classic dialog, its Quill editor and Post button inside #interop-outlet’s open shadow root', () => {
    const { doc, root } = showShadowShareDialog();
    expect(doc.querySelector('.ql-editor')).toBeNull();
    expect(findShareDialog(doc)).toMatchObject({ via: 'class' });
    const editor = findShareEditor(doc);
    expect(editor).toMatchObject({ via: 'hook' });
    expect(editor?.element.getRootNode()).toBe(root);
    expect(findPostButton(doc)?.element.textContent?.trim()).toBe('Post');
    expect(deepQueryAll(doc, '.ql-editor[contenteditable="true"]')).toEqual([editor?.element]);
    expect(closestDeep(editor!.element, '#interop-outlet')).toBe(doc.getElementById('interop-outlet'));
  });

  it('finds the Tiptap editor and the text-only “Publier” button of the ShareCompose <dialog>', () => {
    const page = loadSnapshot('share-compose-fr');
    expect(findShareDialog(page)).toMatchObject({ via: 'hook' });
    expect(findShareDialog(page)?.element.tagName).toBe('DIALOG');
    expect(findShareEditor(page)).toMatchObject({ via: 'hook', index: 0 });
    const post = findPostButton(page);
    expect(post).toMatchObject({ via: 'role' });
    expect(post?.element.textContent).toBe('Publier');
  });

  it('tries the feed’s replacement selectors first, and skips a broken one', () => {
    const page = loadSnapshot('share-compose-fr');
    const overrides = { post_button: ['div[', 'footer > button.e5f6a7b8'], share_dialog: ['dialog.a0b1c2d3'] };
    expect(findShareDialog(page, overrides)).toMatchObject({ via: 'feed', index: 0 });
    expect(findPostButton(page, overrides)).toMatchObject({ via: 'feed', index: 1 });
    expect(deepQueryAll(page, 'div[')).toEqual([]);
  });

  it('merges several feeds’ hotfixes for the sidebar’s box: each element’s lists in feed order, no repeats', () => {
    expect(
      mergeSelectorOverrides([
        { share_dialog: ['[data-view-name="share-composer"]'], post_button: ['button.a'] },
        undefined,
        { share_dialog: ['dialog.x', '[data-view-name="share-composer"]'] },
      ]),
    ).toEqual({ share_dialog: ['[data-view-name="share-composer"]', 'dialog.x'], post_button: ['button.a'] });
    expect(mergeSelectorOverrides([])).toEqual({});
  });

  it('lists the dialogs shown on the page, inside open shadow roots too, not the hidden ones', () => {
    const page = loadSnapshot('share-compose-fr');
    const shown = openDialogs(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((dialog) => dialog.matches('[role="dialog"], dialog[open]'))).toBe(true);
    for (const dialog of shown) dialog.remove();
    page.body.insertAdjacentHTML('beforeend', '<div role="dialog" hidden></div><dialog></dialog>');
    expect(openDialogs(page)).toEqual([]);
  });
});

describe('LinkedIn selectors for the media input', () => {
  it('finds the 2026 ShareCompose Media button (French label) inside the share dialog, and only there', () => {
    const page = loadSnapshot('share-compose-fr');
    expect(findMediaButton(page)).toMatchObject({ via: 'hook', index: 0 });
    expect(findMediaButton(page)?.element.getAttribute('aria-label')).toBe('Média');
    expect(findMediaButton(loadSnapshot('feed'))).toBeNull();
  });

  it('never takes another footer button, or a non-image file input, for the media input', () => {
    const page = loadSnapshot('share-dialog');
    const dialog = findShareDialog(page)!.element;
    dialog.insertAdjacentHTML(
      'beforeend',
      '<button class="share-promoted-detour-button" aria-label="Create an event"></button><input type="file" accept="application/pdf">',
    );
    expect(findMediaButton(page)).toBeNull();
    expect(findImageFileInput(page)).toBeNull();
    expect(findAttachment(page)).toBeNull();
  });
});
