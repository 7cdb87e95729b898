/**
 * `npm run screenshots`: renders Relais as people meet it, for the README and
 * for reviewing the UI by eye. The built extension (.output/chrome-mv3) in
 * Debian's Chromium, the fixture LinkedIn (tests/fixtures/linkedin), the
 * bundled demo library and a generated share history; every view in English
 * and French, light and dark, at 400 px (the sidebar's width) and desktop
 * width, into docs/screenshots/<view>-<locale>-<theme>-<width>.png.
 *
 * On LinkedIn, dark is LinkedIn's own dark mode (the `theme--dark` class the
 * real site puts on <html>, which the fixture styles too); on Relais's own
 * pages it is the system's (prefers-color-scheme). The fixture LinkedIn speaks
 * the shot's language (`share-compose` / `share-compose-fr`).
 *
 * Repeatable: every page's clock is fixed at FIXED_NOW (Playwright's clock),
 * the history and the feed's last sync are dated from it, and the install seed
 * (angle order, suggested posting moments) is fixed. The worker keeps the real
 * clock: it only decides which demo items are visible (none changes between
 * FIXED_NOW and the real date until a demo item expires, on 31 March 2027).
 * Options: `--only=<view>` renders one view.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page, Worker } from '@playwright/test';
import { patchSettings } from '../e2e/library-seed';
import { generateShareHistory } from '../../lib/history/generate';
import { HISTORY_FORMAT_ID, HISTORY_FORMAT_VERSION } from '../../lib/history/export-format';
import {
  E2E_EXTENSION_PATH,
  launchWithExtension,
  type LinkedInVariant,
  routeLinkedIn,
  serviceWorkerOf,
  settleInstall,
} from '../e2e/harness';

const OUT_DIR = resolve(import.meta.dirname, '../../docs/screenshots');
const LOCALES = ['en', 'fr'] as const;
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { name: '400', width: 400, height: 860 },
  { name: 'desktop', width: 1280, height: 860 },
] as const;
/** The compose shots' height: the personalisation flow is long. */
const COMPOSE_HEIGHT = 1_800;
const DAY = 86_400_000;
/** "Now" in every shot: Tuesday 1 December 2026, 09:30 in Paris (after every demo item's publication). */
const FIXED_NOW = Date.UTC(2026, 11, 1, 8, 30);
/** This install's seed (storage.local `installSeed`): it orders the angles and picks the posting moments. */
const INSTALL_SEED = '3b8f2c1e-6a4d-4e7b-9c2a-1d5e8f0a7b3c';

type Locale = (typeof LOCALES)[number];

/** Per language: the fixture LinkedIn's variant, the demo item shown shared, and what the employee types. */
const LOCALE_SETUP: Record<
  Locale,
  {
    linkedIn: LinkedInVariant;
    sharedItem: { id: string; title: string; language: Locale };
    back: string;
    compose: { flow: string; angles: string; angle: string; words: string; answers: string[]; saved: RegExp };
  }
> = {
  en: {
    linkedIn: 'share-compose',
    sharedItem: {
      id: '2026-11-solarpass-launch-en',
      title: 'SolarPass: rooftop solar as a subscription',
      language: 'en',
    },
    back: 'Back to the library',
    compose: {
      flow: 'Make it yours',
      angles: 'Pick a direction',
      angle: 'What SolarPass changes for a household I know',
      words: 'Your words',
      answers: [
        'My neighbours in Clermont-Ferrand had panels put on their roof in October without paying anything upfront. Their first bill made them smile.',
        'I answered their questions about Solar Pass myself: I work at Lumen Énergie, in the customer team.',
      ],
      saved: /^Draft saved on this computer\.$/,
    },
  },
  fr: {
    linkedIn: 'share-compose-fr',
    sharedItem: {
      id: '2026-11-solarpass-launch-fr',
      title: 'SolarPass\u00a0: le solaire sur le toit, en abonnement',
      language: 'fr',
    },
    back: 'Retour à la bibliothèque',
    compose: {
      flow: 'À votre façon',
      angles: 'Choisir une direction',
      angle: 'Ce que SolarPass change pour un foyer que je connais',
      words: 'Vos mots',
      answers: [
        'Mes voisins de Clermont-Ferrand ont fait poser des panneaux sur leur toit en octobre, sans rien avancer. Leur première facture les a fait sourire.',
        'J’ai répondu moi-même à leurs questions sur Solar Pass\u00a0: je travaille chez Lumen Énergie, au service clients.',
      ],
      saved: /^Brouillon enregistré sur cet ordinateur\.$/,
    },
  },
};
type Theme = (typeof THEMES)[number];
type Width = (typeof WIDTHS)[number];
interface Shot {
  locale: Locale;
  theme: Theme;
  width: Width;
}

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  // The e2e build: its install hook tells when the demo library is in (settleInstall).
  const started = Date.now();
  // Scrollbars appear and fade as boxes scroll: none in the shots, so two runs give the same pixels.
  const context = await launchWithExtension({ args: ['--hide-scrollbars'] }, E2E_EXTENSION_PATH);
  let linkedIn: LinkedInVariant = LOCALE_SETUP.en.linkedIn;
  await routeLinkedIn(context, () => linkedIn);
  // Date.now() and new Date() answer FIXED_NOW in every page and frame; timers still run.
  await context.clock.setFixedTime(FIXED_NOW);
  const worker = await serviceWorkerOf(context);
  await settleInstall(worker);
  await fixInstall(worker);
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());

  for (const locale of LOCALES) {
    linkedIn = LOCALE_SETUP[locale].linkedIn;
    await seedHistory(page, extensionId, locale);
    for (const theme of THEMES) {
      await patchSettings(worker, { locale, workshopMode: false }, { tourSeen: true });
      await page.emulateMedia({ colorScheme: theme });
      for (const width of WIDTHS) {
        const shot: Shot = { locale, theme, width };
        await page.setViewportSize({ width: width.width, height: width.height });
        await sidebarViews(page, worker, shot);
        await extensionPage(page, extensionId, 'options.html', 'options', shot);
        await extensionPage(page, extensionId, 'insights.html', 'my-shares', shot);
        await extensionPage(page, extensionId, 'studio.html', 'studio', shot);
        await patchSettings(worker, { locale, workshopMode: true }, { tourSeen: true });
        await extensionPage(page, extensionId, 'practice.html', 'practice', shot);
        await patchSettings(worker, { locale, workshopMode: false }, { tourSeen: true });
      }
    }
  }
  await context.close();
  console.log(`Screenshots in ${OUT_DIR}, ${Math.round((Date.now() - started) / 1000)} s.`);
}

const fileOf = (view: string, { locale, theme, width }: Shot) =>
  join(OUT_DIR, `${view}-${locale}-${theme}-${width.name}.png`);

const wanted = (view: string) => !only || only === view;

/**
 * The install's time-dependent state, made the same on every run: the install
 * seed, and the demo feed's sync dated a few minutes before FIXED_NOW (the
 * worker synced it at the real time).
 */
async function fixInstall(worker: Worker) {
  await worker.evaluate(
    async ({ seed, syncedAt }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('relais');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('feeds', 'readwrite');
        const feeds = transaction.objectStore('feeds');
        const all = feeds.getAll();
        all.onsuccess = () => {
          for (const feed of all.result as Array<{ addedAt: number; status: Record<string, unknown> }>) {
            feed.addedAt = syncedAt;
            feed.status.lastAttemptAt = syncedAt;
            feed.status.lastSuccessAt = syncedAt;
            feeds.put(feed);
          }
        };
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ installSeed: seed, libraryVersion: syncedAt });
    },
    { seed: INSTALL_SEED, syncedAt: FIXED_NOW - 4 * 60_000 },
  );
}

/** The drafts the compose shots typed: the next library shot shows no draft in progress. */
async function clearDrafts(worker: Worker) {
  await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('relais');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('drafts', 'readwrite');
      transaction.objectStore('drafts').clear();
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  });
}

type SendMessage = (message: object) => Promise<unknown>;

/**
 * A plausible 12-week history (for the charts) plus one share of a demo item
 * in the shot's language (for "Shared on …" in the library), dated from FIXED_NOW.
 */
async function seedHistory(page: Page, extensionId: string, locale: Locale) {
  await page.goto(`chrome-extension://${extensionId}/insights.html`);
  const now = FIXED_NOW;
  // The demo feed's categories (its team mix is product 20, culture 30, industry 50): a gap to show, no stray category.
  const categories = { product: 25, culture: 40, industry: 35 };
  const generated = generateShareHistory({ count: 30, from: now - 80 * DAY, to: now - DAY, seed: 7, categories });
  const demoFeed = `chrome-extension://${extensionId}/demo-feed.json`;
  const { sharedItem, compose } = LOCALE_SETUP[locale];
  const demoShare = {
    ...generated[0]!,
    // What the compose shot types, as it was posted.
    text: `${compose.answers.join('\n\n').replace('Solar Pass', 'SolarPass')}\n\n#SolarPass #TeamLumen`,
    ownWords: 0.84,
    findings: [],
    category: 'product',
    channel: 'corporate',
    itemKey: `${demoFeed}#${sharedItem.id}`,
    itemId: sharedItem.id,
    feedUrl: demoFeed,
    title: sharedItem.title,
    language: sharedItem.language,
    postedAt: now - 3 * DAY,
  };
  const file = {
    format: HISTORY_FORMAT_ID,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    shares: [...generated, demoShare],
    drafts: [],
  };
  const send = (message: object) =>
    page.evaluate(
      (message) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage: SendMessage } } }).chrome.runtime.sendMessage(
          message,
        ),
      message,
    );
  // The other language's share goes: each language's shots show the share of an item in that language.
  await send({ type: 'history.deleteAll', workspace: 'real' });
  const answer = await send({ type: 'history.import', workspace: 'real', text: JSON.stringify(file) });
  if (!(answer as { ok?: boolean }).ok) throw new Error(`Seeding the history failed: ${JSON.stringify(answer)}`);
}

async function sidebarViews(page: Page, worker: Worker, shot: Shot) {
  if (!wanted('sidebar-library') && !wanted('sidebar-item') && !wanted('sidebar-compose')) return;
  const setup = LOCALE_SETUP[shot.locale];
  await page.goto('https://www.linkedin.com/feed/');
  if (shot.theme === 'dark') await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
  await page
    .locator('relais-launcher')
    .getByRole('button', { name: /Relais/ })
    .waitFor();
  // The app lives in its extension-origin frame.
  const sidebar = page.frameLocator('relais-sidebar iframe').getByRole('complementary', { name: /Relais/ });
  // The sidebar reopens by itself on a page load after it was left open.
  await sidebar.waitFor({ timeout: 3_000 }).catch(() => undefined);
  if (!(await sidebar.isVisible()))
    await page
      .locator('relais-launcher')
      .getByRole('button', { name: /Relais/ })
      .click();
  await sidebar.getByRole('article').first().waitFor();
  await settle(page);
  if (wanted('sidebar-library')) await page.screenshot({ path: fileOf('sidebar-library', shot) });

  await sidebar.getByRole('article').first().getByRole('button').click();
  const back = sidebar.getByRole('button', { name: setup.back });
  await back.waitFor();
  await settle(page);
  if (wanted('sidebar-item')) await page.screenshot({ path: fileOf('sidebar-item', shot) });

  const compose = sidebar.getByRole('region', { name: setup.compose.flow, exact: true });
  if (wanted('sidebar-compose') && (await compose.count()) > 0) {
    // An angle picked, then the employee's own words: the meter, the charter's checks and the preview follow.
    await compose
      .getByRole('group', { name: setup.compose.angles })
      .getByRole('radio', { name: setup.compose.angle })
      .check();
    const boxes = compose.getByRole('group', { name: setup.compose.words }).locator('textarea');
    for (const [index, answer] of setup.compose.answers.entries()) await boxes.nth(index).fill(answer);
    await compose.getByText(setup.compose.saved).waitFor();
    // No focus ring on the last answer.
    await boxes.first().evaluate((box) => (box.ownerDocument.activeElement as HTMLElement | null)?.blur());
    // Taller than the other shots: from the employee's words down to the insert step, in one picture.
    await page.setViewportSize({ width: shot.width.width, height: COMPOSE_HEIGHT });
    await scrollToTop(compose.getByRole('group', { name: setup.compose.words }));
    await settle(page);
    await page.screenshot({ path: fileOf('sidebar-compose', shot) });
    await page.setViewportSize({ width: shot.width.width, height: shot.width.height });
    await clearDrafts(worker);
  }
  await back.click();
}

async function extensionPage(page: Page, extensionId: string, path: string, view: string, shot: Shot) {
  if (!wanted(view)) return;
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // The page has read its data when no "Loading…" status is left.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  // …nor a "Loading the library…" status (the practice page's library says so without aria-busy).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[role="status"]')].every(
      (status) => !/^(Loading|Chargement)\b/.test(status.textContent ?? ''),
    ),
  );
  await settle(page);
  await page.screenshot({ path: fileOf(view, shot), fullPage: true });
}

/** Scrolls `locator`'s scrolling box (not the frame's document) so that it starts at the top. */
async function scrollToTop(locator: Locator) {
  await locator.evaluate((element) => {
    // Filling a field scrolled the frame's own document too: the sidebar's header goes back in place.
    element.ownerDocument.scrollingElement?.scrollTo(0, 0);
    let box = element.parentElement;
    while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)))
      box = box.parentElement;
    // Whole pixels: a fractional scroll antialiases the boxes' corners differently from run to run.
    if (box)
      box.scrollTop = Math.round(
        box.scrollTop + element.getBoundingClientRect().top - box.getBoundingClientRect().top - 12,
      );
  });
}

/** Two frames: React's last commit and the browser's paint are done. */
function settle(page: Page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

await main();
