/**
 * `npm run screenshots`: renders Relais as people meet it, for the README and
 * for reviewing the UI by eye. The built extension (.output/chrome-mv3) in
 * Debian's Chromium, the fixture LinkedIn (tests/fixtures/linkedin), the
 * bundled demo library and a generated share history; every view in English
 * and French, light and dark, at 400 px (the sidebar's width) and desktop
 * width, into docs/screenshots/<view>-<locale>-<theme>-<width>.png.
 *
 * On LinkedIn, dark is LinkedIn's own dark mode (the `theme--dark` class the
 * real site puts on <html>); on Relais's own pages it is the system's
 * (prefers-color-scheme). Options: `--only=<view>` renders one view.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { generateShareHistory } from '../../lib/history/generate';
import { HISTORY_FORMAT_ID, HISTORY_FORMAT_VERSION } from '../../lib/history/export-format';
import { SETTINGS_STORAGE_KEY } from '../../lib/host/display-setting';
import { E2E_EXTENSION_PATH, launchWithExtension, routeLinkedIn, serviceWorkerOf, settleInstall } from '../e2e/harness';

const OUT_DIR = resolve(import.meta.dirname, '../../docs/screenshots');
const LOCALES = ['en', 'fr'] as const;
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { name: '400', width: 400, height: 860 },
  { name: 'desktop', width: 1280, height: 860 },
] as const;
const DAY = 86_400_000;
const FIRST_DEMO_ITEM = '2026-11-solarpass-launch-en';

type Locale = (typeof LOCALES)[number];
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
  const context = await launchWithExtension({}, E2E_EXTENSION_PATH);
  await routeLinkedIn(context, () => 'standard');
  const worker = await serviceWorkerOf(context);
  await settleInstall(worker);
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await seedHistory(page, extensionId);

  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      await setSettings(worker, { locale, workshopMode: false });
      await page.emulateMedia({ colorScheme: theme });
      for (const width of WIDTHS) {
        const shot: Shot = { locale, theme, width };
        await page.setViewportSize({ width: width.width, height: width.height });
        await sidebarViews(page, shot);
        await extensionPage(page, extensionId, 'options.html', 'options', shot);
        await extensionPage(page, extensionId, 'insights.html', 'my-shares', shot);
        await extensionPage(page, extensionId, 'studio.html', 'studio', shot);
        await setSettings(worker, { locale, workshopMode: true });
        await extensionPage(page, extensionId, 'practice.html', 'practice', shot);
        await setSettings(worker, { locale, workshopMode: false });
      }
    }
  }
  await context.close();
}

const fileOf = (view: string, { locale, theme, width }: Shot) =>
  join(OUT_DIR, `${view}-${locale}-${theme}-${width.name}.png`);

const wanted = (view: string) => !only || only === view;

async function setSettings(worker: Worker, patch: Record<string, unknown>) {
  await worker.evaluate(
    async ({ key, patch }) => {
      type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const storage = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const current = ((await storage.get(key))[key] ?? {}) as Record<string, unknown>;
      await storage.set({ [key]: { ...current, ...patch }, tourSeen: true });
    },
    { key: SETTINGS_STORAGE_KEY, patch },
  );
}

/** A plausible 12-week history (for the charts) plus one share of a demo item (for "Shared on …"). */
async function seedHistory(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/insights.html`);
  const now = Date.now();
  const generated = generateShareHistory({ count: 30, from: now - 80 * DAY, to: now - DAY, seed: 7 });
  const demoFeed = `chrome-extension://${extensionId}/demo-feed.json`;
  const demoShare = {
    ...generated[0]!,
    itemKey: `${demoFeed}#${FIRST_DEMO_ITEM}`,
    itemId: FIRST_DEMO_ITEM,
    feedUrl: demoFeed,
    title: 'SolarPass: rooftop solar as a subscription',
    postedAt: now - 3 * DAY,
  };
  const file = {
    format: HISTORY_FORMAT_ID,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    shares: [...generated, demoShare],
    drafts: [],
  };
  const answer = await page.evaluate(
    (text) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'history.import', workspace: 'real', text }),
    JSON.stringify(file),
  );
  if (!(answer as { ok?: boolean }).ok) throw new Error(`Seeding the history failed: ${JSON.stringify(answer)}`);
}

async function sidebarViews(page: Page, shot: Shot) {
  if (!wanted('sidebar-library') && !wanted('sidebar-item') && !wanted('sidebar-compose')) return;
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
  const back = sidebar.getByRole('button', { name: /Back to the library|Retour à la bibliothèque/ });
  await back.waitFor();
  await settle(page);
  if (wanted('sidebar-item')) await page.screenshot({ path: fileOf('sidebar-item', shot) });

  const compose = sidebar.getByRole('region', { name: /Make it yours|À votre façon/ });
  if (wanted('sidebar-compose') && (await compose.count()) > 0) {
    await compose.first().scrollIntoViewIfNeeded();
    await settle(page);
    await page.screenshot({ path: fileOf('sidebar-compose', shot) });
  }
  await back.click();
}

async function extensionPage(page: Page, extensionId: string, path: string, view: string, shot: Shot) {
  if (!wanted(view)) return;
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // The page has read its data when no "Loading…" status is left.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await settle(page);
  await page.screenshot({ path: fileOf(view, shot), fullPage: true });
}

/** Two frames: React's last commit and the browser's paint are done. */
function settle(page: Page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

await main();
