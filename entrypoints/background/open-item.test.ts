/** "Share next" → the item opens once, in the LinkedIn tab Relais is brought up in (issue #17). */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BackgroundRequest, type BackgroundResponses, type Envelope } from '@/lib/protocol/protocol';
import type { SenderLike } from '@/lib/protocol/trust';
import { openItemRequestItem, sidebarOpenItem } from '@/lib/storage/items';
import { TEST_EXTENSION, testBackgroundRouter } from '../../tests/helpers/background-router';

const EXTENSION = TEST_EXTENSION;
// Opening an item never reaches the network: the router's feed service fails loudly on any fetch.
const route = testBackgroundRouter('open-item tests');

const MY_SHARES: SenderLike = { id: EXTENSION.extensionId, url: `${EXTENSION.extensionOrigin}insights.html` };
/** The sidebar's extension-origin frame inside a LinkedIn tab: the browser names its tab. */
const sidebarIn = (tabId: number): SenderLike => ({
  id: EXTENSION.extensionId,
  url: `${EXTENSION.extensionOrigin}sidebar-frame.html`,
  tab: { id: tabId },
});
const SIDE_PANEL: SenderLike = { id: EXTENSION.extensionId, url: `${EXTENSION.extensionOrigin}sidepanel.html` };

async function value<T extends BackgroundRequest['type']>(
  request: Extract<BackgroundRequest, { type: T }>,
  sender: SenderLike,
) {
  const answer = (await route(request, sender)) as Envelope<BackgroundResponses[T]>;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** fakeBrowser matches `url` exactly; the browser reads it as a match pattern. */
function queryTabsByPattern() {
  const query = browser.tabs.query.bind(browser.tabs);
  vi.spyOn(browser.tabs, 'query').mockImplementation(async ({ url }: { url?: string | string[] } = {}) => {
    const all = await query({});
    const prefix = typeof url === 'string' ? url.replace(/\*$/, '') : '';
    return all.filter((tab) => tab.url?.startsWith(prefix));
  });
}

const KEY = 'https://comms.example.com/relais/feed.json#team-day';
const take = (sender: SenderLike, surface: 'in-page' | 'side-panel' = 'in-page') =>
  value({ type: 'linkedin.takeItemToOpen', surface }, sender);

describe('Share next opens the item in Relais on LinkedIn', () => {
  it('with no LinkedIn tab: a new feed page, whose sidebar (and only it) takes the item, once', async () => {
    queryTabsByPattern();
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    await value({ type: 'linkedin.show', itemKey: KEY }, MY_SHARES);

    const tabs = await fakeBrowser.tabs.query({});
    const created = tabs.find((tab) => tab.url === 'https://www.linkedin.com/feed/');
    expect(created?.id).toBeDefined();
    expect(await sidebarOpenItem.getValue()).toBe(true);
    // Another tab's Relais, the side panel: not theirs.
    expect(await take(sidebarIn(other.id!))).toBeNull();
    expect(await take(SIDE_PANEL, 'side-panel')).toBeNull();
    expect(await take(sidebarIn(created!.id!))).toBe(KEY);
    // One shot: reopening the sidebar later does not jump back to it.
    expect(await take(sidebarIn(created!.id!))).toBeNull();
    expect(await openItemRequestItem.getValue()).toBeNull();
  });

  it('with LinkedIn tabs open: the one used last is brought to the front and shows the item', async () => {
    queryTabsByPattern();
    const older = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/jobs/' });
    const latest = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/' });
    // fakeBrowser has no lastAccessed: the active tab is the one Relais picks first.
    await fakeBrowser.tabs.update(latest.id!, { active: true });
    const before = (await fakeBrowser.tabs.query({})).length;
    await value({ type: 'linkedin.show', itemKey: KEY }, MY_SHARES);

    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
    expect(await take(sidebarIn(older.id!))).toBeNull();
    expect(await take(sidebarIn(latest.id!))).toBe(KEY);
  });

  it('two takes at once: one gets the item', async () => {
    queryTabsByPattern();
    await value({ type: 'linkedin.show', itemKey: KEY }, MY_SHARES);
    const created = (await fakeBrowser.tabs.query({})).find((tab) => tab.url === 'https://www.linkedin.com/feed/')!;
    const answers = await Promise.all([take(sidebarIn(created.id!)), take(sidebarIn(created.id!))]);
    expect(answers.sort()).toEqual([KEY, null].sort());
  });

  it('without an item, brings Relais up and asks nothing to open', async () => {
    queryTabsByPattern();
    await value({ type: 'linkedin.show' }, MY_SHARES);
    expect(await openItemRequestItem.getValue()).toBeNull();
  });
});
