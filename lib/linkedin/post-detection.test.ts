// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showShadowShareDialog, showSnapshot } from '@/tests/fixtures/linkedin/snapshots';
import type { ShareMeta } from '../protocol/tab-protocol';
import { createPostDetector, type PostDetector } from './post-detection';
import { findShareEditor } from './selectors';
import { trustedClick } from '@/tests/helpers/trusted-click';

const META: ShareMeta = {
  workspace: 'real',
  itemKey: 'https://comms.example/feed.json#plant-nantes',
  itemId: 'plant-nantes',
  feedUrl: 'https://comms.example/feed.json',
  title: 'A new plant in Nantes',
  channel: 'news',
  category: 'industry',
  language: 'en',
  draftStartedAt: 1_700_000_000_000,
  ownWords: 0.62,
  findings: [{ rule: 'hashtags', severity: 'tip', message: 'Two hashtags are enough.' }],
};
const DRAFT = 'We open a new plant in Nantes next spring 🎉\n\n#Industry';
const POSTED_AT = 1_700_000_500_000;

let detector: PostDetector | undefined;
afterEach(() => {
  detector?.stop();
  document.body.innerHTML = '';
});

function setUp(editorHtml: string) {
  showSnapshot('share-dialog');
  findShareEditor(document)!.element.innerHTML = editorHtml;
  const record = vi.fn(async () => null);
  detector = createPostDetector(document, record, () => POSTED_AT);
  const post = document.querySelector<HTMLButtonElement>('.share-actions__primary-action')!;
  return { record, post };
}

describe('post detection', () => {
  it('records the posted text with the item’s meta when Post is clicked on a Relais draft', () => {
    const { record, post } = setUp(
      '<p>Big news! We open a new plant in Nantes next spring 🎉</p><p><br></p><p>#Industry</p>',
    );
    detector!.arm({ draft: DRAFT, meta: META, insertedAt: 1_700_000_400_000 });
    trustedClick(post.querySelector('span')!);
    expect(record).toHaveBeenCalledTimes(1);
    const { workspace, ...meta } = META;
    expect(record).toHaveBeenCalledWith(workspace, {
      ...meta,
      insertedAt: 1_700_000_400_000,
      text: 'Big news! We open a new plant in Nantes next spring 🎉\n\n#Industry',
      postedAt: POSTED_AT,
      via: 'post-button',
      kind: 'post',
      withImage: false,
    });
  });

  it('records the share with the image only when Relais attached it and the post still shows it', () => {
    const { record, post } = setUp(`<p>${DRAFT}</p>`);
    const dialog = document.querySelector('.share-box-v2__modal')!;
    detector!.arm({ draft: DRAFT, meta: META });
    detector!.noteImageAttached();
    dialog.insertAdjacentHTML(
      'beforeend',
      '<div class="share-creation-state__image"><img class="share-images__image"></div>',
    );
    trustedClick(post);
    expect(record).toHaveBeenLastCalledWith('real', expect.objectContaining({ withImage: true }));

    // The employee removed the image before posting: no image went with the post.
    detector!.arm({ draft: DRAFT, meta: META });
    detector!.noteImageAttached();
    dialog.querySelector('.share-creation-state__image')!.remove();
    trustedClick(post);
    expect(record).toHaveBeenLastCalledWith('real', expect.objectContaining({ withImage: false }));

    // An image the employee added themselves is theirs, not the item's.
    detector!.arm({ draft: DRAFT, meta: META });
    dialog.insertAdjacentHTML(
      'beforeend',
      '<div class="share-creation-state__image"><img class="share-images__image"></div>',
    );
    trustedClick(post);
    expect(record).toHaveBeenLastCalledWith('real', expect.objectContaining({ withImage: false }));
    expect(record).toHaveBeenCalledTimes(3);
  });

  it('leaves LinkedIn’s own click handling alone', () => {
    const { post } = setUp(`<p>${DRAFT}</p>`);
    detector!.arm({ draft: DRAFT, meta: META });
    const linkedInHandler = vi.fn((event: Event) => event.defaultPrevented);
    post.addEventListener('click', linkedInHandler);
    trustedClick(post);
    expect(linkedInHandler).toHaveReturnedWith(false);
  });

  it('records a post once, not again on a second click', () => {
    const { record, post } = setUp(`<p>${DRAFT}</p>`);
    detector!.arm({ draft: DRAFT, meta: META });
    trustedClick(post);
    trustedClick(post);
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('records nothing without a Relais draft, or after disarm', () => {
    const { record, post } = setUp(`<p>${DRAFT}</p>`);
    trustedClick(post);
    detector!.arm({ draft: DRAFT, meta: META });
    detector!.disarm();
    trustedClick(post);
    expect(record).not.toHaveBeenCalled();
  });

  it('records nothing when the employee replaced most of the draft with their own text', () => {
    const { record, post } = setUp('<p>Spring in Nantes: my own thoughts on our industry, written from scratch.</p>');
    detector!.arm({ draft: DRAFT, meta: META });
    trustedClick(post);
    expect(record).not.toHaveBeenCalled();
  });

  it('ignores the schedule button, a disabled Post button, and clicks elsewhere', () => {
    const { record, post } = setUp(`<p>${DRAFT}</p>`);
    detector!.arm({ draft: DRAFT, meta: META });
    trustedClick(document.querySelector<HTMLButtonElement>('[aria-label="Schedule post"]')!);
    trustedClick(findShareEditor(document)!.element);
    post.disabled = true;
    post.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(record).not.toHaveBeenCalled();
  });

  it('stops listening when stopped', () => {
    const { record, post } = setUp(`<p>${DRAFT}</p>`);
    detector!.arm({ draft: DRAFT, meta: META });
    detector!.stop();
    trustedClick(post);
    expect(record).not.toHaveBeenCalled();
  });
});

describe('post detection on LinkedIn’s 2026 markup', () => {
  it('ignores a scripted (untrusted) click on Post', () => {
    const { record, post } = setUp(`<p>${DRAFT}</p>`);
    detector!.arm({ draft: DRAFT, meta: META });
    post.click();
    expect(record).not.toHaveBeenCalled();
    trustedClick(post);
    expect(record).toHaveBeenCalledTimes(1);
  });

  // happy-dom does not retarget events at shadow boundaries; Chromium does, and the e2e tests
  // (tests/e2e/composer-2026.spec.ts, shadow-quill) check the real retargeted click.
  it('sees a Post click inside #interop-outlet’s shadow root, through the event’s composed path', () => {
    const { doc, root } = showShadowShareDialog();
    findShareEditor(doc)!.element.innerHTML = `<p>${DRAFT}</p>`;
    const record = vi.fn(async () => null);
    detector = createPostDetector(doc, record, () => POSTED_AT);
    detector.arm({ draft: DRAFT, meta: META });
    trustedClick(root.querySelector('.share-actions__primary-action span')!);
    expect(record).toHaveBeenCalledTimes(1);
  });
});
