import { describe, expect, it } from 'vitest';
import {
  LINKEDIN_FEED_URL,
  OPEN_ITEM_REQUEST_TTL_MS,
  openItemRequest,
  planLinkedInTab,
  takeOpenItemRequest,
} from './open-item-request';

const NOW = 1_767_225_600_000;
const KEY = 'https://acme.example/feed.json#42';

describe('the one-shot "open this item" request', () => {
  it('is taken once by the in-page sidebar of the tab the worker brought up', () => {
    const request = openItemRequest(KEY, 'in-page', 7, NOW);
    expect(takeOpenItemRequest(request, { surface: 'in-page', tabId: 7 }, NOW + 1_000)).toEqual({
      itemKey: KEY,
      remove: true,
    });
  });

  it('is left alone by another LinkedIn tab, the side panel and a host without a tab', () => {
    const request = openItemRequest(KEY, 'in-page', 7, NOW);
    const untouched = { itemKey: null, remove: false };
    expect(takeOpenItemRequest(request, { surface: 'in-page', tabId: 8 }, NOW)).toEqual(untouched);
    expect(takeOpenItemRequest(request, { surface: 'in-page' }, NOW)).toEqual(untouched);
    expect(takeOpenItemRequest(request, { surface: 'side-panel' }, NOW)).toEqual(untouched);
  });

  it('goes to the side panel, whatever tab it sits beside, when the side panel is the display', () => {
    const request = openItemRequest(KEY, 'side-panel', 7, NOW);
    expect(request.tabId).toBeUndefined();
    expect(takeOpenItemRequest(request, { surface: 'side-panel' }, NOW)).toEqual({ itemKey: KEY, remove: true });
    expect(takeOpenItemRequest(request, { surface: 'in-page', tabId: 7 }, NOW)).toEqual({
      itemKey: null,
      remove: false,
    });
  });

  it('expires: a later opening does not jump to an old click', () => {
    const request = openItemRequest(KEY, 'side-panel', undefined, NOW);
    expect(takeOpenItemRequest(request, { surface: 'side-panel' }, NOW + OPEN_ITEM_REQUEST_TTL_MS)).toEqual({
      itemKey: KEY,
      remove: true,
    });
    expect(takeOpenItemRequest(request, { surface: 'side-panel' }, NOW + OPEN_ITEM_REQUEST_TTL_MS + 1)).toEqual({
      itemKey: null,
      remove: true,
    });
  });

  it('nothing stored gives nothing; an unreadable value is dropped', () => {
    expect(takeOpenItemRequest(null, { surface: 'side-panel' }, NOW)).toEqual({ itemKey: null, remove: false });
    expect(takeOpenItemRequest({ itemKey: 42 }, { surface: 'side-panel' }, NOW)).toEqual({
      itemKey: null,
      remove: true,
    });
  });
});

describe('the LinkedIn tab Relais shows in', () => {
  it('is the LinkedIn tab in view, else the one used last, never another site', () => {
    const tabs = [
      { id: 1, url: 'https://example.com/', active: true, lastAccessed: 9 },
      { id: 2, url: 'https://www.linkedin.com/feed/', lastAccessed: 5 },
      { id: 3, url: 'https://www.linkedin.com/in/me/', lastAccessed: 6 },
    ];
    expect(planLinkedInTab(tabs)).toEqual({ kind: 'existing', tab: tabs[2] });
    expect(planLinkedInTab([...tabs, { id: 4, url: 'https://www.linkedin.com/jobs/', active: true }])).toMatchObject({
      kind: 'existing',
      tab: { id: 4 },
    });
  });

  it('is a new feed page when no LinkedIn tab is open', () => {
    expect(planLinkedInTab([{ id: 1, url: 'https://www.linkedin.com.evil.example/' }])).toEqual({
      kind: 'new',
      url: LINKEDIN_FEED_URL,
    });
    expect(LINKEDIN_FEED_URL).toBe('https://www.linkedin.com/feed/');
  });
});
