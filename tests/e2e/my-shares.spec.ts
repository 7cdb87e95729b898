/**
 * "My shares" as a person reads it: chart axis labels whole in English and
 * French, the history search drawn like the sidebar's, "Share next" in the
 * UI's language with one version per story and true words when nothing is
 * shared yet or everything is, and no axe violation in light or dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { generateShareHistory } from '../../lib/history/generate';
import { HISTORY_FORMAT_ID, HISTORY_FORMAT_VERSION } from '../../lib/history/export-format';
import { expect, test } from './fixtures';
import { askFrom, extensionUrl } from './pages/extension-pages';
import { patchSettings } from './library-seed';
import { seedLibrary } from './seed';

const FEED_URL = 'https://comms.acme.test/relais/feed.json';
const DAY = 86_400_000;

/** Three stories told in English and French (ids differ by their language suffix), and one in French only. */
const STORIES = [
  {
    id: 'launch',
    category: 'product',
    en: 'Hydrogen trucks enter service',
    fr: 'Les camions à hydrogène entrent en service',
  },
  { id: 'team-day', category: 'culture', en: 'Our team day in Nantes', fr: 'Notre journée d’équipe à Nantes' },
  {
    id: 'barometer',
    category: 'industry',
    en: 'Local energy barometer 2026',
    fr: 'Baromètre 2026 de l’énergie locale',
  },
] as const;
const FRENCH_ONLY = { id: 'veille-fr', category: 'industry', title: 'Veille : cinq gestes d’hiver' };

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme newsroom',
  _relais: {
    organisation: 'Acme',
    channels: [{ id: 'news', label: { en: 'News', fr: 'Actualités' } }],
    mix: { product: 40, culture: 30, industry: 30 },
  },
  items: [
    ...STORIES.flatMap((story, n) =>
      (['en', 'fr'] as const).map((language) => ({
        id: `${story.id}-${language}`,
        title: story[language],
        content_text: `${story[language]}.`,
        language,
        date_published: new Date(Date.now() - (n + 1) * DAY).toISOString(),
        _relais: { channel: 'news', category: story.category },
      })),
    ),
    {
      id: FRENCH_ONLY.id,
      title: FRENCH_ONLY.title,
      content_text: 'Cinq gestes.',
      language: 'fr',
      date_published: new Date(Date.now() - DAY / 2).toISOString(),
      _relais: { channel: 'news', category: FRENCH_ONLY.category },
    },
  ],
};

/** Shares of these library items (by id), or a generated 12-week history when none are named. */
async function importShares(page: Page, itemIds?: readonly string[]) {
  const now = Date.now();
  const generated = generateShareHistory({ count: 40, from: now - 80 * DAY, to: now - DAY, seed: 7 });
  const shares = itemIds
    ? itemIds.map((itemId, n) => ({
        ...generated[n]!,
        itemId,
        itemKey: `${FEED_URL}#${itemId}`,
        feedUrl: FEED_URL,
        postedAt: now - (n + 1) * DAY,
      }))
    : generated;
  const text = JSON.stringify({
    format: HISTORY_FORMAT_ID,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    shares,
    drafts: [],
  });
  await askFrom(page, { type: 'history.import', workspace: 'real', text });
}

/** My shares on the bilingual library; the page's first load makes the worker create its database. */
async function openMyShares(
  page: Page,
  background: Worker,
  extensionId: string,
  itemIds?: readonly string[] | 'generated',
) {
  await page.goto(extensionUrl(extensionId, 'insights.html'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seedLibrary(background, FEED, { url: FEED_URL, source: 'managed' });
  if (itemIds) await importShares(page, itemIds === 'generated' ? undefined : itemIds);
  await reload(page);
}

async function reload(page: Page) {
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

const suggestionTitles = (page: Page) =>
  page.locator('#relais-suggestions-heading').locator('..').locator('.relais-suggestions li > :first-child');

test.describe('My shares reads like a finished page', () => {
  test('every chart axis label is whole, in English and French, at 400 px and desktop width', async ({
    page,
    background,
    extensionId,
  }) => {
    await openMyShares(page, background, extensionId, 'generated');
    for (const locale of ['en', 'fr'] as const) {
      await patchSettings(background, { locale }, { tourSeen: true });
      for (const width of [400, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await reload(page);
        await expect(page.locator('svg.relais-chart__svg')).toHaveCount(2);
        const labels = await page.evaluate(() =>
          [...document.querySelectorAll('svg.relais-chart__svg')].flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].map((text) => {
              const box = text.getBoundingClientRect();
              return {
                text: text.textContent ?? '',
                inside:
                  box.width > 0 &&
                  box.left >= frame.left - 0.5 &&
                  box.right <= frame.right + 0.5 &&
                  box.top >= frame.top - 0.5 &&
                  box.bottom <= frame.bottom + 0.5,
              };
            });
          }),
        );
        // The widest label is the own-words chart's top: "100%", "100 %" in French (with its narrow space).
        expect(labels.map((label) => label.text)).toContainEqual(
          expect.stringMatching(locale === 'fr' ? /^100[\u00a0\u202f]%$/ : /^100%$/),
        );
        expect(labels.filter((label) => !label.inside)).toEqual([]);
      }
    }
  });

  test('a long history shows ten entries at first, then ten more a click, until all are there', async ({
    page,
    background,
    extensionId,
  }) => {
    await openMyShares(page, background, extensionId, 'generated');
    const entries = page.getByRole('region', { name: 'History' }).getByRole('listitem');
    const more = page.getByRole('button', { name: 'Show more' });
    await expect(entries).toHaveCount(10);
    await more.click();
    await expect(entries).toHaveCount(20);
    await more.click();
    await more.click();
    await expect(entries).toHaveCount(40);
    await more.click();
    await expect(more).toBeHidden();
    await expect(entries).toHaveCount(40);
  });

  test('the history search is drawn like the sidebar’s, in light and dark, with a focus ring', async ({
    page,
    background,
    extensionId,
  }) => {
    await openMyShares(page, background, extensionId, 'generated');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await reload(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const search = page.getByRole('searchbox', { name: 'Search your shares' });
      await expect(search).toHaveAttribute('placeholder', 'Search your shares’ titles and texts');
      await search.focus();
      const style = await search.evaluate((input) => {
        const own = getComputedStyle(input);
        const card = getComputedStyle(input.closest('.relais-insights__card')!);
        const icon = input.parentElement!.querySelector('svg')!.getBoundingClientRect();
        const box = input.getBoundingClientRect();
        return {
          radius: own.borderTopLeftRadius,
          background: own.backgroundColor,
          cardBackground: card.backgroundColor,
          color: own.color,
          text: card.color,
          outline: `${own.outlineStyle} ${own.outlineWidth}`,
          iconInside:
            icon.left >= box.left && icon.right <= box.left + 40 && icon.top >= box.top && icon.bottom <= box.bottom,
        };
      });
      expect(style).toEqual({
        radius: '999px',
        background: style.cardBackground,
        cardBackground: theme === 'dark' ? 'rgb(27, 31, 35)' : style.cardBackground,
        color: style.text,
        text: style.text,
        outline: 'solid 3px',
        iconInside: true,
      });
      await search.fill('zzz-no-such-share');
      await expect(page.getByText('No share matches “zzz-no-such-share”.')).toBeVisible();
      await search.fill('');
    }
  });

  test('Share next: one version of each story, in the UI’s language; first picks with nothing shared; true words once all is shared', async ({
    page,
    background,
    extensionId,
  }) => {
    await openMyShares(page, background, extensionId);
    const suggestions = page.getByRole('region', { name: 'Share next' });
    await expect(suggestions).toContainText('Nothing shared yet: start with one of these.');
    await expect(suggestions).not.toContainText(/shared every|everything/);
    await expect(suggestionTitles(page)).toHaveText(
      STORIES.map((story) => story.en),
      { useInnerText: true },
    );

    await patchSettings(background, { locale: 'fr' }, { tourSeen: true });
    await reload(page);
    const enFrancais = page.getByRole('region', { name: 'À partager ensuite' });
    await expect(enFrancais).toContainText('Rien de partagé pour l’instant\u00a0: commencez par l’un de ces contenus.');
    // French versions only; the French-only item (newest of the tied categories) among them.
    await expect(suggestionTitles(page)).toHaveText([STORIES[0].fr, FRENCH_ONLY.title, STORIES[1].fr], {
      useInnerText: true,
    });

    // Each story shared once, in either language: nothing left to suggest, and it says so.
    await patchSettings(background, { locale: 'en' }, { tourSeen: true });
    await importShares(page, ['launch-en', 'team-day-fr', 'barometer-en', FRENCH_ONLY.id]);
    await reload(page);
    await expect(suggestions).toContainText(
      'You have shared every item your library offers right now: new ones will show here.',
    );
    await expect(suggestions.getByRole('listitem')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violation on My shares in ${theme}, colour contrast included`, async ({
      page,
      background,
      extensionId,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openMyShares(page, background, extensionId, 'generated');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toBeVisible();
      for (const locale of ['en', 'fr'] as const) {
        await patchSettings(background, { locale }, { tourSeen: true });
        await reload(page);
        await page.getByRole('searchbox').fill('a');
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      }
    });
  }
});
