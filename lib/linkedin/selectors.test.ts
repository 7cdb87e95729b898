// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  findFirst,
  findPostButton,
  findShareDialog,
  findShareEditor,
  postButton,
  shareEditor,
  startPostTrigger,
} from './selectors';
import { loadSnapshot } from '@/tests/fixtures/linkedin/snapshots';

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
    expect(findFirst(page, startPostTrigger)).toMatchObject({ via: 'role', index: 1 });
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
