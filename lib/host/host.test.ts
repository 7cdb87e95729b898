import { describe, expect, it } from 'vitest';
import { displayFrom, openTargetFor } from './display-setting';
import { pickLinkedInTab } from './linkedin-tab';

describe('display setting without zod', () => {
  it.each([
    [{ display: 'side-panel' }, 'side-panel'],
    [{ display: 'in-page' }, 'in-page'],
    [{ display: 'floating' }, 'in-page'],
    [undefined, 'in-page'],
    ['garbage', 'in-page'],
  ])('%j → %s', (stored, expected) => {
    expect(displayFrom(stored)).toBe(expected);
  });

  it('sends the shortcut to the side panel in side-panel mode, wherever the tab is', () => {
    expect(openTargetFor('side-panel', false)).toBe('side-panel');
    expect(openTargetFor('side-panel', true)).toBe('side-panel');
    expect(openTargetFor('in-page', true)).toBe('in-page-sidebar');
    expect(openTargetFor('in-page', false)).toBe('insights');
  });
});

describe('pickLinkedInTab', () => {
  it('prefers the active LinkedIn tab', () => {
    const tabs = [
      { id: 1, url: 'https://www.linkedin.com/feed/', lastAccessed: 50 },
      { id: 2, url: 'https://www.linkedin.com/in/me/', active: true, lastAccessed: 10 },
    ];
    expect(pickLinkedInTab(tabs)?.id).toBe(2);
  });

  it('falls back to the LinkedIn tab used last, ignoring other sites and lookalikes', () => {
    const tabs = [
      { id: 1, url: 'https://www.linkedin.com/feed/', lastAccessed: 10 },
      { id: 2, url: 'https://www.linkedin.com/feed/', lastAccessed: 30 },
      { id: 3, url: 'https://www.linkedin.com.evil.example/', active: true, lastAccessed: 99 },
      { id: 4, url: 'chrome-extension://x/sidepanel.html', active: true },
    ];
    expect(pickLinkedInTab(tabs)?.id).toBe(2);
  });

  it('finds none without a LinkedIn tab', () => {
    expect(pickLinkedInTab([{ id: 1, url: 'https://example.org/' }])).toBeUndefined();
  });
});
