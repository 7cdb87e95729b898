/**
 * What a new user sees first, checked where a test can see it: the demo
 * library's cards (no empty picture frame, summary shown, badges whole), the
 * first item within the first 800 px, "Offline" only when the browser is, the
 * sidebar following LinkedIn's own dark mode, and axe in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { expectTourStepNextTo } from './pages/tour';
import { seedLibrary } from './seed';

const articles = (sidebar: Locator) => sidebar.getByRole('article');

async function openDemoLibrary(linkedin: LinkedInPage) {
  await linkedin.page.setViewportSize({ width: 1280, height: 800 });
  await linkedin.open();
  await linkedin.openSidebar();
  await articles(linkedin.sidebar).first().waitFor();
}

test.describe('The library as a new user meets it', () => {
  test('cards have no empty picture frame, show the summary, and no badge is clipped', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await openDemoLibrary(linkedin);
    const sidebar = linkedin.sidebar;
    // The demo items have no image: no thumbnail element at all, not an empty grey box.
    await expect(sidebar.locator('.relais-item-thumb')).toHaveCount(0);
    await expect(articles(sidebar).first().locator('.relais-item-summary')).not.toBeEmpty();

    const clipped = await sidebar.locator('.relais-item').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const badges = card.querySelector('.relais-badges');
        if (!badges) return [];
        const cardBox = card.getBoundingClientRect();
        const badgeBoxes = [...badges.querySelectorAll('.relais-badge')].map((badge) => badge.getBoundingClientRect());
        const inside = badgeBoxes.every((box) => box.bottom <= cardBox.bottom && box.right <= cardBox.right);
        return badges.scrollHeight <= badges.clientHeight && inside ? [] : [card.textContent];
      }),
    );
    expect(clipped).toEqual([]);
    // Each card is as tall as what it holds: no blank band between its lines or under the last one (rows were
    // one fixed height, and the badges were pushed to the bottom of it).
    const blank = await sidebar.locator('.relais-item').evaluateAll((cards) =>
      cards.flatMap((card) => {
        const lines = [...(card.querySelector('.relais-item-body')?.children ?? [])].map((line) =>
          line.getBoundingClientRect(),
        );
        const style = getComputedStyle(card);
        const bottom =
          card.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
        const gaps = lines.map((line, index) => (lines[index + 1]?.top ?? bottom) - line.bottom);
        const widest = Math.max(0, ...gaps);
        return widest > 6 ? [`${card.textContent?.slice(0, 40)}: ${Math.round(widest)} px`] : [];
      }),
    );
    expect(blank).toEqual([]);
    // At least one demo card carries three badges (pinned, campaign, new or shared): the case that was clipped.
    expect(
      await sidebar.locator('.relais-badges').evaluateAll((lists) => Math.max(...lists.map((l) => l.children.length))),
    ).toBeGreaterThanOrEqual(2);
  });

  test('the first item is visible in the first 800 px, and the settings are one click away', async ({
    page,
    context,
  }) => {
    const linkedin = new LinkedInPage(page);
    await openDemoLibrary(linkedin);
    const first = await articles(linkedin.sidebar).first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(800);
    // "My shares" stays on one line in the header.
    const shares = linkedin.sidebar.getByRole('button', { name: 'My shares' });
    const box = await shares.boundingBox();
    expect(box!.height).toBeLessThan(40);

    const opened = context.waitForEvent('page');
    await linkedin.sidebar.getByRole('button', { name: 'Settings' }).click();
    const settings = await opened;
    await settings.waitForLoadState();
    await expect(settings).toHaveURL(/options\.html$/);
    await expect(settings.getByRole('heading', { level: 1, name: 'Relais settings' })).toBeVisible({ timeout: 15_000 });
  });

  test('says "Offline" only when the browser is offline, and names the feed server otherwise', async ({
    page,
    context,
    background,
  }) => {
    const linkedin = new LinkedInPage(page);
    await openDemoLibrary(linkedin);
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme newsroom',
      items: [{ id: 'a', title: 'Hydrogen trucks enter service', content_text: 'Our first trucks.' }],
    };
    await seedLibrary(background, feed, {
      status: {
        lastSuccessAt: Date.now() - 2 * 3_600_000,
        lastError: { code: 'network', message: 'The feed server did not answer.', at: Date.now() },
      },
    });
    const sidebar = linkedin.sidebar;
    await expect(sidebar.getByText('Can’t reach the feed server (last update 2 hours ago).')).toBeVisible();
    await expect(sidebar.getByText(/^Offline/)).toHaveCount(0);
    await context.setOffline(true);
    await expect(sidebar.getByText('Offline — showing the library from 2 hours ago.')).toBeVisible();
    await expect(sidebar.getByText(/Can’t reach the feed server/)).toHaveCount(0);
  });
});

test('in French at 400 px: “Mes partages” on one line, every filter shows its whole label', async ({
  page,
  extensionId,
}) => {
  const options = new OptionsPage(page, extensionId);
  await options.open();
  await options.chooseLanguage('Français');
  const linkedin = new LinkedInPage(page);
  await openDemoLibrary(linkedin);
  const sidebar = linkedin.sidebar;
  const box = await sidebar.getByRole('button', { name: 'Mes partages' }).boundingBox();
  expect(box!.height).toBeLessThan(40);
  expect((await linkedin.sidebarBox.boundingBox())!.width).toBeLessThanOrEqual(400);

  await sidebar.locator('summary', { hasText: 'Filtres' }).click();
  const selects = sidebar.locator('select');
  expect(await selects.count()).toBeGreaterThanOrEqual(3);
  // Each select's shown option, measured in the select's own font, fits between its paddings (the arrow's inside).
  const cut = await selects.evaluateAll((elements) =>
    (elements as HTMLSelectElement[]).flatMap((select) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const text = select.options[select.selectedIndex]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(text).width <= room ? [] : [`${text}: ${context.measureText(text).width} > ${room}`];
    }),
  );
  expect(cut).toEqual([]);
  await expect(sidebar.locator('select').filter({ hasText: 'Toutes les catégories' })).toHaveCount(1);
});

test('the sidebar’s guided tour points at the element each step explains', async ({ page }) => {
  const linkedin = new LinkedInPage(page);
  await openDemoLibrary(linkedin);
  // Room below the draft for the step (at 800 px the step falls back to covering the draft's last lines).
  await page.setViewportSize({ width: 1280, height: 1000 });
  await linkedin.sidebar.getByRole('button', { name: 'How Relais works' }).click();
  const tour = linkedin.sidebarFrame.getByRole('dialog', { name: /How Relais works/ });
  await expect(tour).toBeVisible();
  // The first step explains the draft (the tour opened the first item for it): outlined, the step beside it.
  const draft = linkedin.sidebar.getByRole('textbox', { name: 'Your post' });
  await expectTourStepNextTo(linkedin.sidebarFrame.locator('.relais-tour-outline'), tour, draft);
});

test.describe('Dark mode', () => {
  test('the sidebar follows LinkedIn’s own theme, live, whatever the system prefers', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await openDemoLibrary(linkedin);
    const app = linkedin.sidebarFrame.locator('.relais-app');
    // LinkedIn light (no theme class), system dark: LinkedIn's theme wins.
    await expect(app).toHaveAttribute('data-theme', 'light');
    await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
    await expect(app).toHaveAttribute('data-theme', 'dark');
    const background = await app.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(27, 31, 35)');
    await page.evaluate(() => document.documentElement.classList.remove('theme--dark'));
    await expect(app).toHaveAttribute('data-theme', 'light');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violation in the sidebar and the options page, ${theme}`, async ({ page, extensionId }) => {
      // Two axe runs on a shared 2-core machine.
      test.setTimeout(120_000);
      const linkedin = new LinkedInPage(page);
      await page.emulateMedia({ colorScheme: theme });
      await openDemoLibrary(linkedin);
      if (theme === 'dark') await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
      await expect(linkedin.sidebarFrame.locator('.relais-app')).toHaveAttribute('data-theme', theme);
      await linkedin.sidebar.locator('summary', { hasText: 'Filters' }).click();
      // The app is in its extension-origin frame: axe runs inside that frame.
      await linkedin.sidebarFrameHandle();
      expect(
        (
          await new AxeBuilder({ page })
            .include({ fromFrames: [{ fromShadowDom: ['relais-sidebar', 'iframe'] }, 'aside'] })
            .analyze()
        ).violations,
      ).toEqual([]);

      const options = new OptionsPage(page, extensionId);
      await options.open();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByText(/\d+ shown/)).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      // Workshop mode on, with the reset's question open: the styled file picker and the panel pass too.
      await page.getByRole('checkbox', { name: 'Workshop mode on' }).check();
      await page.getByRole('button', { name: 'Reset workshop' }).click();
      await expect(page.getByRole('dialog', { name: /Clear every practice draft/ })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }
});

test('the options page names the demo library, explains its counts with French plurals, and shows no address', async ({
  page,
  extensionId,
}) => {
  const options = new OptionsPage(page, extensionId);
  await options.open();
  await expect(page.getByRole('heading', { name: 'Demo library (bundled)' })).toBeVisible();
  // The demo feed holds 22 items: one expired, one not published until 2030; the sidebar shows the other 20.
  await expect(page.getByText('20 shown, 1 expired, 1 not yet published')).toBeVisible();
  // One library, one "Sync now": no "Sync all feeds now" beside it saying the same.
  await expect(page.getByRole('button', { name: 'Sync now' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Sync all feeds now' })).toHaveCount(0);
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('chrome-extension://');
  expect(text).not.toContain('demo-feed.json');
  // The bundled feed's own title (a fictional company) is not repeated: the demo library is named as such.
  expect(text).not.toContain('Lumen Énergie');
  // One neutral sentence on the display choice, no claim about LinkedIn's terms.
  await expect(page.locator('#relais-display-trade-off')).toHaveText(
    'In the page, Relais sits next to LinkedIn’s post box and inserts your draft directly; in the side panel, it stays outside LinkedIn’s page and draws nothing over it.',
  );
  expect(text).not.toMatch(/terms/i);
  // "Reset workshop" shows only while workshop mode is on.
  const reset = page.getByRole('button', { name: 'Reset workshop' });
  await expect(reset).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Workshop mode on' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Workshop library ready' })).toHaveText(
    'Workshop library ready: Demo library (bundled) — 20 shown, 1 expired, 1 not yet published.',
  );
  await expect(reset).toBeVisible();
  await page.getByRole('checkbox', { name: 'Workshop mode on' }).uncheck();
  await expect(reset).toHaveCount(0);

  await options.chooseLanguage('Français');
  await expect(page.getByRole('heading', { name: 'Bibliothèque de démonstration (intégrée)' })).toBeVisible();
  await expect(page.getByText('20 affichés, 1 expiré, 1 pas encore publié')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/conditions|chrome-extension:/);
});
