import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createUiStore, INITIAL_UI_STATE, UI_STORAGE_KEY } from './ui-store';

async function hydrated(store: ReturnType<typeof createUiStore>) {
  if (!store.persist.hasHydrated())
    await new Promise<void>((resolve) => store.persist.onFinishHydration(() => resolve()));
  return store;
}

describe('UI store', () => {
  it('remembers search, filters, sort and the open item across page loads', async () => {
    const first = await hydrated(createUiStore());
    first.getState().setQuery('évènement');
    first.getState().setFilter('channel', 'careers');
    first.getState().setSort('campaign-ending');
    first.getState().openItem('https://a.example/feed#1');
    await new Promise((resolve) => setTimeout(resolve, 0));

    const second = await hydrated(createUiStore());
    expect(second.getState()).toMatchObject({
      query: 'évènement',
      filters: { channel: 'careers' },
      sort: 'campaign-ending',
      openItemKey: 'https://a.example/feed#1',
    });
  });

  it('clearing a filter with an empty value removes it', async () => {
    const store = await hydrated(createUiStore());
    store.getState().setFilter('language', 'fr');
    store.getState().setFilter('language', '');
    expect(store.getState().filters).toEqual({ language: undefined });
  });

  it('falls back to defaults, field by field, when the stored state is malformed', async () => {
    await fakeBrowser.storage.local.set({
      [UI_STORAGE_KEY]: { state: { query: 42, sort: 'alphabetical', filters: { channel: 'careers' } }, version: 1 },
    });
    const store = await hydrated(createUiStore());
    expect(store.getState()).toMatchObject({ ...INITIAL_UI_STATE, filters: { channel: 'careers' } });
  });
});
