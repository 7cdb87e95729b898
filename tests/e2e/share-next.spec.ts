/**
 * My shares' "Share next" (issue #17): each suggestion opens its item in Relais
 * on LinkedIn — the LinkedIn tab used last, or a new feed page — through a
 * one-shot request only that tab's sidebar takes, so no other open Relais is
 * forced onto the item.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LinkedInPage } from './pages/linkedin-page';

async function openMyShares(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/insights.html`);
  await page.getByRole('heading', { level: 1, name: 'My shares' }).waitFor();
  const first = page.getByRole('region', { name: 'Share next' }).getByRole('listitem').first().getByRole('button');
  await first.waitFor();
  return { button: first, title: (await first.innerText()).trim() };
}

/** The sidebar shows the item's page (its title as the level-2 heading), not the list. */
const itemPage = (linkedin: LinkedInPage, title: string) =>
  linkedin.sidebar.getByRole('article', { name: title }).getByRole('heading', { level: 2, name: title });

/** A LinkedIn tab; `sidebar`: opened with the launcher, or `remembered` (it reopens by itself once left open). */
async function newLinkedInTab(context: BrowserContext, sidebar: 'closed' | 'open' | 'remembered') {
  const linkedin = new LinkedInPage(await context.newPage());
  await linkedin.open();
  if (sidebar === 'open') await linkedin.openSidebar();
  if (sidebar !== 'closed') await linkedin.sidebar.getByRole('list', { name: 'Library' }).waitFor();
  return linkedin;
}

test('a Share next item opens in the sidebar of the LinkedIn tab already open', async ({
  context,
  background,
  extensionId,
}) => {
  void background;
  const linkedin = await newLinkedInTab(context, 'closed');
  const myShares = await context.newPage();
  const { button, title } = await openMyShares(myShares, extensionId);
  const tabs = context.pages().length;

  await button.click();
  await expect(itemPage(linkedin, title)).toBeVisible();
  expect(context.pages()).toHaveLength(tabs);
  expect(await linkedin.page.evaluate(() => document.visibilityState)).toBe('visible');
});

test('with no LinkedIn tab open, a Share next item opens LinkedIn’s feed with the item in the sidebar', async ({
  page,
  context,
  background,
  extensionId,
}) => {
  void background;
  const { button, title } = await openMyShares(page, extensionId);
  const opened = context.waitForEvent('page');
  await button.click();
  const linkedin = new LinkedInPage(await opened);
  await linkedin.page.waitForURL('https://www.linkedin.com/feed/');
  await expect(itemPage(linkedin, title)).toBeVisible();
});

test('only the LinkedIn tab used last shows the item: another open sidebar keeps its list', async ({
  context,
  background,
  extensionId,
}) => {
  void background;
  const other = await newLinkedInTab(context, 'open');
  const used = await newLinkedInTab(context, 'remembered');
  await used.page.bringToFront();
  const myShares = await context.newPage();
  const { button, title } = await openMyShares(myShares, extensionId);

  await button.click();
  await expect(itemPage(used, title)).toBeVisible();
  // The other tab's sidebar was not forced onto the item (it hears the same storage changes).
  await other.page.bringToFront();
  await expect(other.sidebar.getByRole('list', { name: 'Library' })).toBeVisible();
  await expect(other.sidebar.getByRole('heading', { level: 2, name: title })).toHaveCount(0);
});
