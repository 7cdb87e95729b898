/**
 * "My shares" end to end: a draft posted on the fixture LinkedIn lands in the
 * history and the charts; the history moves to a fresh profile through a JSON
 * export; and during the whole session nothing leaves the browser but what
 * the LinkedIn page itself loads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { launchWithExtension, serviceWorkerOf } from './harness';
import { LinkedInPage } from './pages/linkedin-page';
import { extensionUrl } from './pages/extension-pages';
import { seedLibrary } from './seed';

const FEED_URL = 'https://comms.acme.test/relais/feed.json';
const TITLE = 'Hydrogen trucks enter service';
const PROMPT = 'Which delivery did you see first?';
const DAY = 86_400_000;

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme newsroom',
  language: 'en',
  _relais: {
    organisation: 'Acme',
    channels: [{ id: 'product', label: { en: 'Products', fr: 'Produits' } }],
    mix: { product: 50, culture: 50 },
  },
  items: [
    {
      id: 'trucks',
      title: TITLE,
      content_text: 'Our first hydrogen trucks now deliver in three cities.',
      language: 'en',
      date_published: new Date(Date.now() - 2 * DAY).toISOString(),
      _relais: { channel: 'product', category: 'product', prompts: [PROMPT] },
    },
    {
      id: 'team-day',
      title: 'Our team day in Nantes',
      content_text: 'Two hundred colleagues met in Nantes.',
      language: 'en',
      date_published: new Date(Date.now() - DAY).toISOString(),
      _relais: { channel: 'product', category: 'culture' },
    },
  ],
};

/** Opens the sidebar (so the worker creates its database), seeds the library, drafts the trucks item and posts it. */
async function shareOnLinkedIn(linkedin: LinkedInPage, background: Parameters<typeof seedLibrary>[0]) {
  await linkedin.open();
  await linkedin.openSidebar();
  await seedLibrary(background, FEED, { url: FEED_URL, source: 'managed' });
  await linkedin.sidebar.getByRole('article', { name: TITLE }).click();
  const compose = linkedin.sidebar.getByRole('region', { name: 'Make it yours', exact: true });
  await compose
    .getByLabel(PROMPT)
    .fill('I watched the first one leave our Lyon depot at dawn, silent and clean, and the drivers loved it.');
  const draft = await compose.getByLabel('Your post').inputValue();
  await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
  await expect.poll(() => linkedin.editorText()).toBe(`${draft}\n`);
  // The sidebar covers the fixture's Post button in the test viewport: close it, as an employee would.
  await linkedin.sidebar.getByRole('button', { name: 'Close Relais' }).click();
  await linkedin.postButton.click();
  await expect
    .poll(() =>
      linkedin.page.evaluate(() => (window as unknown as { __fixture: { posts: string[] } }).__fixture.posts.length),
    )
    .toBe(1);
}

async function openInsights(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'insights.html'));
  await page.getByRole('heading', { level: 1, name: 'My shares' }).waitFor();
  return page;
}

const history = (page: Page) => page.getByRole('region', { name: 'History' });

test.describe('My shares', () => {
  test('a draft posted on LinkedIn shows in the history and the charts, read at a glance and accessible', async ({
    page,
    context,
    background,
    extensionId,
    extensionErrors,
  }) => {
    const linkedin = new LinkedInPage(page);
    await shareOnLinkedIn(linkedin, background);
    // The library's card says it was shared (issue #17), once the sidebar is back on the list.
    await linkedin.openSidebar();
    const sharedOn = /^Shared on (?:[A-Z][a-z]{2} \d{1,2}|\d{1,2} [A-Z][a-z]{2})$/;
    // The item's own page says it too.
    await expect(linkedin.sidebar.locator('.relais-detail .relais-badge--shared')).toHaveText(sharedOn);
    await linkedin.sidebar.getByRole('button', { name: 'Back to the library' }).click();
    await expect(linkedin.sidebar.getByRole('article', { name: TITLE }).locator('.relais-badge--shared')).toHaveText(
      sharedOn,
    );

    const insights = await openInsights(context, extensionId);
    const entry = history(insights).getByRole('listitem').filter({ hasText: TITLE });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(/\d+\s?% your own words · posted from LinkedIn/);
    await expect(
      insights.getByRole('img', { name: /^1 post over the last 12 weeks; the busiest week had 1\.$/ }),
    ).toBeVisible();
    await expect(insights.getByRole('region', { name: 'Editorial mix' })).toContainText('Productyou 100% · target 50%');
    await expect(insights.getByRole('region', { name: 'Editorial mix' })).toContainText(
      'Biggest gap: “Culture” makes up 0% of your shares, below your team’s target of 50%.',
    );
    const suggestions = insights.getByRole('region', { name: 'Share next' });
    await expect(suggestions.getByRole('listitem')).toHaveCount(1);
    await expect(suggestions).toContainText('Our team day in Nantes');
    await expect(suggestions).toContainText('You have shared less “Culture” than your team aims for.');

    await entry.getByRole('button', { name: 'Open the text' }).click();
    await expect(entry.getByRole('textbox', { name: `Text of “${TITLE}”` })).toHaveValue(/Lyon depot at dawn/);

    const challenges = insights.getByRole('region', { name: 'Personal challenges' });
    await challenges.getByRole('checkbox', { name: 'A bit of everything' }).check();
    await expect(challenges.getByRole('progressbar', { name: 'Progress of “A bit of everything”' })).toHaveAttribute(
      'value',
      '0.5',
    );
    await insights.reload();
    await expect(insights.getByRole('checkbox', { name: 'A bit of everything' })).toBeChecked();

    expect((await new AxeBuilder({ page: insights }).analyze()).violations).toEqual([]);
    expect(extensionErrors).toEqual([]);
  });

  test('a JSON export imports into a fresh profile; a corrupt file is refused with its reason and changes nothing', async ({
    page,
    context,
    background,
    extensionId,
  }, testInfo) => {
    await shareOnLinkedIn(new LinkedInPage(page), background);
    const insights = await openInsights(context, extensionId);
    await expect(history(insights).getByRole('listitem').filter({ hasText: TITLE })).toBeVisible();

    const [download] = await Promise.all([
      insights.waitForEvent('download'),
      insights.getByRole('button', { name: 'Export everything (JSON, can be imported again)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^relais-history-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = testInfo.outputPath('history.json');
    await download.saveAs(exported);
    const corrupt = testInfo.outputPath('corrupt.json');
    writeFileSync(corrupt, readFileSync(exported, 'utf8').replace(/"postedAt":\s*\d+/, '"postedAt": "yesterday"'));

    const fresh = await launchWithExtension();
    try {
      const freshId = new URL((await serviceWorkerOf(fresh)).url()).host;
      const freshInsights = await openInsights(fresh, freshId);
      await expect(
        freshInsights.getByText('No shares yet — when you post a Relais draft it appears here.'),
      ).toBeVisible();

      await freshInsights.getByLabel('Import a JSON export').setInputFiles(corrupt);
      const outcome = freshInsights.getByTestId('history-data-outcome');
      await expect(outcome).toContainText('Nothing was imported: fix the file and try again.');
      await expect(outcome).toContainText('Share 1 of the file (“Hydrogen trucks enter service”): “postedAt”');
      await expect(
        freshInsights.getByText('No shares yet — when you post a Relais draft it appears here.'),
      ).toBeVisible();

      await freshInsights.getByLabel('Import a JSON export').setInputFiles(exported);
      await expect(outcome).toContainText('1 share added to your history.');
      const entry = history(freshInsights).getByRole('listitem').filter({ hasText: TITLE });
      await expect(entry).toContainText(/\d+\s?% your own words · posted from LinkedIn/);

      await freshInsights.getByLabel('Import a JSON export').setInputFiles(exported);
      await expect(outcome).toContainText('1 share was already in your history.');
      await expect(history(freshInsights).getByRole('listitem')).toHaveCount(1);
    } finally {
      await fresh.close();
    }
  });

  test('during a whole session, nothing leaves the browser but the LinkedIn page’s own loads', async ({
    page,
    context,
    background,
    extensionId,
  }) => {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));

    await shareOnLinkedIn(new LinkedInPage(page), background);
    const insights = await openInsights(context, extensionId);
    await expect(history(insights).getByRole('listitem').filter({ hasText: TITLE })).toBeVisible();
    await Promise.all([
      insights.waitForEvent('download'),
      insights.getByRole('button', { name: 'Export for a spreadsheet (CSV)' }).click(),
    ]);

    const origin = (request: Request) => {
      if (request.serviceWorker()) return 'extension worker';
      return request.frame().url();
    };
    const leaving = requests
      .filter((request) => /^https?:/.test(request.url()))
      .map((request) => ({ url: request.url(), from: origin(request) }));
    expect(requests.length).toBeGreaterThan(0);
    // The extension's pages and worker only ever ask for feeds; the LinkedIn page loads only from LinkedIn.
    const fromExtension = leaving.filter((request) => !request.from.startsWith('https://www.linkedin.com/'));
    expect(fromExtension.filter((request) => request.url !== FEED_URL)).toEqual([]);
    const fromLinkedIn = leaving.filter((request) => request.from.startsWith('https://www.linkedin.com/'));
    expect(fromLinkedIn.filter((request) => !request.url.startsWith('https://www.linkedin.com/'))).toEqual([]);
  });
});
