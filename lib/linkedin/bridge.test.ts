// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showSnapshot } from '@/tests/fixtures/linkedin/snapshots';
import type { ShareMeta } from '../protocol/tab-protocol';
import { createComposerBridge, type LinkedInComposerBridge } from './bridge';
import { findShareEditor } from './selectors';
import { trustedClick } from '@/tests/helpers/trusted-click';

const META: ShareMeta = {
  workspace: 'workshop',
  itemKey: 'https://comms.example/feed.json#a',
  itemId: 'a',
  feedUrl: 'https://comms.example/feed.json',
  title: 'A',
  channel: 'news',
  category: 'culture',
  ownWords: 0.5,
  findings: [],
};
const DRAFT = 'Our culture week starts today, come and say hello';

let bridge: LinkedInComposerBridge | undefined;
afterEach(() => {
  bridge?.dispose();
  document.body.innerHTML = '';
});

/** The employee pastes the copied draft themselves, then clicks Post. */
function pasteAndPost() {
  findShareEditor(document)!.element.innerHTML = `<p>${DRAFT}</p>`;
  trustedClick(document.querySelector<HTMLButtonElement>('.share-actions__primary-action')!);
}

describe('composer bridge', () => {
  it('watches a copied draft too, without an insertion time, in the workspace it came from', async () => {
    showSnapshot('share-dialog');
    const record = vi.fn(async () => null);
    bridge = createComposerBridge(document, record, { copy: async () => true });
    await expect(bridge.insert(DRAFT, { allowInsert: false, share: META })).resolves.toMatchObject({
      kind: 'clipboard',
    });
    pasteAndPost();
    expect(record).toHaveBeenCalledWith(
      'workshop',
      expect.objectContaining({ itemKey: META.itemKey, text: DRAFT, insertedAt: undefined }),
    );
  });

  it('records nothing when the feed switched post detection off, or without item meta', async () => {
    showSnapshot('share-dialog');
    const record = vi.fn(async () => null);
    bridge = createComposerBridge(document, record, { copy: async () => true });
    await bridge.insert(DRAFT, { allowInsert: false, share: META, allowPostDetection: false });
    pasteAndPost();
    showSnapshot('share-dialog');
    await bridge.insert(DRAFT, { allowInsert: false });
    pasteAndPost();
    expect(record).not.toHaveBeenCalled();
  });

  it('forgets the previous draft when a new one is handed over', async () => {
    showSnapshot('share-dialog');
    const record = vi.fn(async () => null);
    bridge = createComposerBridge(document, record, { copy: async () => true });
    await bridge.insert(DRAFT, { allowInsert: false, share: META });
    await bridge.insert('Something else entirely', { allowInsert: false });
    pasteAndPost();
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses an empty draft', async () => {
    bridge = createComposerBridge(document, vi.fn());
    await expect(bridge.insert('  ', { allowInsert: true })).rejects.toThrow(/no draft/);
  });
});
