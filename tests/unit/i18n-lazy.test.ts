import { describe, expect, it, vi } from 'vitest';

// A fresh registry, as a page starts (the unit tests' setup registers every language: all-catalogs.ts).
async function freshPage() {
  vi.resetModules();
  const catalog = await import('../../lib/i18n/catalog');
  const { createTranslator } = await import('../../lib/i18n/messages');
  return { ...catalog, createTranslator };
}

describe('a page loads only the language it shows', () => {
  it('has no language until one is loaded, then that one only', async () => {
    const { isCatalogLoaded, loadCatalog, messagesOf, createTranslator } = await freshPage();
    expect(isCatalogLoaded('fr')).toBe(false);
    expect(() => createTranslator(messagesOf('app'), 'fr')).toThrow(/fr strings are not loaded/);

    await loadCatalog('fr');
    expect(createTranslator(messagesOf('app'), 'fr')('close')).toBe('Fermer Relais');
    expect(isCatalogLoaded('en')).toBe(false);
  });

  it('loads a language once, and the namespace object stays the same', async () => {
    const { loadCatalog, messagesOf } = await freshPage();
    const before = messagesOf('app');
    await Promise.all([loadCatalog('en'), loadCatalog('en')]);
    expect(messagesOf('app')).toBe(before);
    expect(before.en.close).toBe('Close Relais');
  });
});
