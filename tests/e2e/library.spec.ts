import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { LinkedInPage } from './pages/linkedin-page';
import { seedLibrary } from './seed';

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme newsroom',
  language: 'en',
  _relais: {
    organisation: 'Acme',
    channels: [
      { id: 'corporate', label: { en: 'Corporate news', fr: 'Actualité du groupe' } },
      { id: 'product', label: { en: 'Products', fr: 'Produits' } },
      { id: 'careers', label: { en: 'Careers', fr: 'Carrières' } },
    ],
  },
  items: [
    {
      id: 'event',
      title: 'Évènement clients à Lyon',
      content_text: 'Nous réunissons 300 clients à Lyon.\nInscriptions ouvertes jusqu’à vendredi.',
      url: 'https://acme.example/events/lyon',
      language: 'fr',
      date_published: iso(-1),
      tags: ['clients'],
      _relais: {
        channel: 'corporate',
        category: 'culture',
        angles: ['Ce que j’attends de cette journée', 'Pourquoi nos clients comptent'],
        prompts: ['Quel client vous a marqué ?'],
        campaign: { start: iso(-2), end: iso(2) },
      },
    },
    {
      id: 'trucks',
      title: 'Hydrogen trucks enter service',
      content_text: 'Our first hydrogen trucks now deliver in three cities.',
      language: 'en',
      date_published: iso(-10),
      _relais: { channel: 'product', category: 'product', pinned: true },
    },
    {
      id: 'plant',
      title: 'Nouvelle usine à Nantes',
      content_text: 'La nouvelle usine ouvre ses portes.',
      language: 'fr',
      date_published: iso(-5),
      _relais: { channel: 'corporate', category: 'industry' },
    },
    {
      id: 'fair',
      title: 'Careers fair: we are hiring',
      content_text: 'Meet our teams at the careers fair.',
      language: 'en',
      date_published: iso(-20),
      _relais: { channel: 'careers', category: 'culture' },
    },
  ],
};

const ALL_TITLES = [
  'Hydrogen trucks enter service',
  'Évènement clients à Lyon',
  'Nouvelle usine à Nantes',
  'Careers fair: we are hiring',
];

async function openSeededLibrary(
  linkedin: LinkedInPage,
  background: Parameters<typeof seedLibrary>[0],
  options?: Parameters<typeof seedLibrary>[2],
) {
  await linkedin.open();
  await linkedin.openSidebar();
  // The sidebar's first library request creates the database; then the seed lands and the list refreshes.
  await expect(linkedin.sidebar.getByText('No feed configured yet')).toBeVisible();
  await seedLibrary(background, FEED, options);
  await expect(articles(linkedin.sidebar)).toHaveCount(ALL_TITLES.length);
}

const articles = (sidebar: Locator) => sidebar.getByRole('list', { name: 'Library' }).getByRole('article');
const titles = (sidebar: Locator) => articles(sidebar).getByRole('heading', { level: 3 }).allInnerTexts();

test.describe('The library in the sidebar', () => {
  test('lists the seeded items as articles named by their titles, pinned first', async ({
    page,
    background,
    extensionErrors,
  }) => {
    const linkedin = new LinkedInPage(page);
    await openSeededLibrary(linkedin, background);
    const sidebar = linkedin.sidebar;
    // English UI: English items first, pinned first among them, then newest.
    expect(await titles(sidebar)).toEqual([
      'Hydrogen trucks enter service',
      'Careers fair: we are hiring',
      'Évènement clients à Lyon',
      'Nouvelle usine à Nantes',
    ]);
    const event = sidebar.getByRole('article', { name: 'Évènement clients à Lyon' });
    await expect(event).toContainText('Corporate news · Culture · French');
    await expect(event).toContainText('New');
    await expect(event).toContainText(/Campaign ends (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/);
    await expect(sidebar.getByRole('article', { name: 'Hydrogen trucks enter service' })).toContainText('Pinned');
    await expect(sidebar.getByRole('status').filter({ hasText: '4 items' })).toBeVisible();
    expect(extensionErrors).toEqual([]);
  });

  test('search narrows the list, ignoring accents and case, and is remembered across page loads', async ({
    page,
    background,
  }) => {
    const linkedin = new LinkedInPage(page);
    await openSeededLibrary(linkedin, background);
    const sidebar = linkedin.sidebar;
    const search = sidebar.getByRole('searchbox', { name: 'Search the library' });
    await search.fill('evenement');
    await expect(articles(sidebar)).toHaveCount(1);
    await expect(sidebar.getByRole('article', { name: 'Évènement clients à Lyon' })).toBeVisible();
    await expect(sidebar.getByRole('status').filter({ hasText: '1 item' })).toBeVisible();

    await search.fill('HYDROGEN service');
    expect(await titles(sidebar)).toEqual(['Hydrogen trucks enter service']);

    // Words found in the message only (its text comes after the list, on a fresh page too).
    await search.fill('deliver CITIES');
    await expect(articles(sidebar)).toHaveCount(1);
    expect(await titles(sidebar)).toEqual(['Hydrogen trucks enter service']);

    await page.reload();
    await expect(linkedin.sidebar.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('deliver CITIES');
    await expect(articles(linkedin.sidebar)).toHaveCount(1);
    expect(await titles(linkedin.sidebar)).toEqual(['Hydrogen trucks enter service']);
  });

  test('filters combine, and an empty result offers to clear them', async ({ page, background }) => {
    const linkedin = new LinkedInPage(page);
    await openSeededLibrary(linkedin, background);
    const sidebar = linkedin.sidebar;
    // The filters fold into one "Filters" disclosure beside the search.
    await sidebar.locator('summary', { hasText: 'Filters' }).click();
    await sidebar.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Corporate news' });
    await sidebar.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'French' });
    expect((await titles(sidebar)).sort()).toEqual(['Nouvelle usine à Nantes', 'Évènement clients à Lyon'].sort());
    await sidebar.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Industry' });
    expect(await titles(sidebar)).toEqual(['Nouvelle usine à Nantes']);
    await sidebar.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Product' });
    await expect(sidebar.getByText('No items match your search and filters.')).toBeVisible();
    await sidebar.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect(articles(sidebar)).toHaveCount(ALL_TITLES.length);
  });

  test('opening an item shows its full message, link, angles and the draft area', async ({ page, background }) => {
    const linkedin = new LinkedInPage(page);
    await openSeededLibrary(linkedin, background);
    const sidebar = linkedin.sidebar;
    await sidebar.getByRole('button', { name: 'Évènement clients à Lyon' }).click();
    const detail = sidebar.getByRole('article', { name: 'Évènement clients à Lyon' });
    await expect(detail.getByRole('heading', { level: 2, name: 'Évènement clients à Lyon' })).toBeFocused();
    await expect(detail.getByText('Nous réunissons 300 clients à Lyon.')).toBeVisible();
    expect(await detail.locator('.relais-message').innerText()).toBe(
      'Nous réunissons 300 clients à Lyon.\nInscriptions ouvertes jusqu’à vendredi.',
    );
    await expect(detail.getByRole('link', { name: 'Open the page' })).toHaveAttribute(
      'href',
      'https://acme.example/events/lyon',
    );
    // Angles and questions appear once, in the compose flow (issue #17: one path from pick to insert).
    await expect(detail.getByRole('heading', { name: 'Suggested angles' })).toHaveCount(0);
    // Once as a choice; the question it asks quotes it too when this install's rotation preselects it.
    await expect(detail.getByText('Pourquoi nos clients comptent', { exact: true })).toHaveCount(1);
    const flow = detail.getByRole('region', { name: 'Make it yours', exact: true });
    await flow.getByRole('radio', { name: 'Pourquoi nos clients comptent' }).check();
    await expect(
      flow.getByText(/^«\u00a0Pourquoi nos clients comptent\u00a0»|^“Pourquoi nos clients comptent”/),
    ).toBeVisible();
    await flow
      .getByRole('textbox', { name: 'Quel client vous a marqué ?' })
      .fill('Le client de Villeurbanne qui a tout réorganisé.');
    await expect(detail.getByRole('button', { name: 'Draft on LinkedIn' })).toBeEnabled();
    await expect(detail.getByRole('button', { name: 'I posted it' })).toHaveCount(0);
    await detail.getByRole('button', { name: 'Draft on LinkedIn' }).click();
    await expect(detail.getByText(/Draft inserted in LinkedIn/)).toBeVisible();
    await expect.poll(() => linkedin.editorText()).toContain('Le client de Villeurbanne qui a tout réorganisé.');

    await detail.getByRole('button', { name: 'I posted it' }).click();
    await expect(detail.getByText('Saved on this device only.')).toBeVisible();

    await detail.getByRole('button', { name: 'Back to the library' }).click();
    await expect(articles(sidebar)).toHaveCount(ALL_TITLES.length);
  });

  test('tells about a failed sync and about being offline, and keeps showing the library', async ({
    page,
    context,
    background,
  }) => {
    const linkedin = new LinkedInPage(page);
    const twoHoursAgo = Date.now() - 2 * 3_600_000;
    await openSeededLibrary(linkedin, background, {
      status: {
        lastSuccessAt: twoHoursAgo,
        lastError: { code: 'invalid-json', message: 'The feed is not valid JSON (line 3).', at: Date.now() },
      },
    });
    const sidebar = linkedin.sidebar;
    await expect(sidebar.getByRole('alert')).toHaveText(
      '“Acme newsroom” could not be updated: The feed is not valid JSON (line 3). Last updated 2 hours ago.',
    );
    await context.setOffline(true);
    await expect(sidebar.getByText('Offline — showing the library from 2 hours ago.')).toBeVisible();
    await expect(articles(sidebar)).toHaveCount(ALL_TITLES.length);
  });

  test('works with the keyboard only: search, open with Enter, back with Escape', async ({ page, background }) => {
    const linkedin = new LinkedInPage(page);
    await openSeededLibrary(linkedin, background);
    const sidebar = linkedin.sidebar;
    const search = sidebar.getByRole('searchbox', { name: 'Search the library' });
    await tabUntil(page, search);
    await page.keyboard.type('usine');
    await expect(articles(sidebar)).toHaveCount(1);
    const item = sidebar.getByRole('button', { name: 'Nouvelle usine à Nantes' });
    await tabUntil(page, item);
    await page.keyboard.press('Enter');
    const heading = sidebar.getByRole('heading', { level: 2, name: 'Nouvelle usine à Nantes' });
    await expect(heading).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(item).toBeFocused();
    await expect(sidebar).toBeVisible();
    await page.keyboard.press('Space');
    await expect(heading).toBeFocused();
  });
});

async function tabUntil(page: import('@playwright/test').Page, target: Locator, maxPresses = 15) {
  const focused = () =>
    target.evaluate((element) => element === (element.getRootNode() as Document | ShadowRoot).activeElement);
  // Opening the sidebar gives the keyboard to its search box: the target may already have it.
  if (await focused()) return;
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (await focused()) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
