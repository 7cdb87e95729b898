/** Page objects and helpers for Relais's own pages (options, practice composer, side panel). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page, type Worker } from '@playwright/test';

export const WORKSHOP_TEST_FEED = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/feeds/workshop-test-feed.json',
);

export const extensionUrl = (extensionId: string, page: string) => `chrome-extension://${extensionId}/${page}`;

export class OptionsPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async open() {
    await this.page.goto(extensionUrl(this.extensionId, 'options.html'));
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  /** Workshop mode on, with the test feed as the workshop library (the bundled demo feed may be missing). */
  async startWorkshopWithTestFeed() {
    await this.page.getByRole('checkbox', { name: /Workshop mode on|Mode atelier activé/ }).check();
    await this.page
      .getByLabel(/Use your own feed file|Utiliser votre propre fichier/)
      .setInputFiles(WORKSHOP_TEST_FEED);
    await this.page.getByRole('status').filter({ hasText: 'Workshop test feed' }).waitFor();
  }

  /** The options' Feeds section. */
  get feeds(): Locator {
    return this.page.getByRole('region', { name: 'Feeds' });
  }

  /** Types a feed address in the Feeds section and clicks "Add the feed"; the caller checks what it says. */
  async addFeed(url: string) {
    await this.feeds.getByLabel('Feed address').fill(url);
    await this.feeds.getByRole('button', { name: 'Add the feed' }).click();
  }

  /**
   * Chooses the UI language and waits until it is stored: the page turns to it only once the stored
   * settings say so, and a caller that closes the page at once would otherwise cut the write short.
   */
  async chooseLanguage(label: 'English' | 'Français' | 'Same as the browser') {
    await this.page.getByRole('combobox').selectOption({ label });
    const lang = { English: 'en', Français: 'fr' }[label as string];
    if (lang) await expect(this.page.locator('html')).toHaveAttribute('lang', lang);
  }
}

export class PracticeComposerPage {
  readonly editor: Locator;
  readonly postButton: Locator;
  readonly relais: Locator;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.editor = page.locator('.relais-sharebox .ql-editor');
    this.postButton = page.locator('.relais-sharebox__post');
    this.relais = page.getByRole('complementary', { name: /Relais/ });
  }

  async open({ keepTour = false } = {}) {
    await this.page.goto(extensionUrl(this.extensionId, 'practice.html'));
    await this.editor.waitFor();
    if (!keepTour) await this.closeTourIfShown();
  }

  async closeTourIfShown() {
    const tour = this.page.getByRole('dialog');
    // Wait for the page's decision: a tour that opens a moment later would otherwise stay open.
    if (await this.tourOpenedByItself()) {
      await tour.waitFor();
      await this.page.keyboard.press('Escape');
    }
    await tour.waitFor({ state: 'hidden' });
  }

  editorText(): Promise<string> {
    return this.editor.evaluate((editor) => (editor as HTMLElement).innerText);
  }

  /** Whether the tour opened by itself on this visit: resolves once the page has read whether it was seen. */
  tourOpenedByItself(): Promise<boolean> {
    return this.page.evaluate(() =>
      (globalThis as unknown as { relaisPractice: { tourDecision(): Promise<boolean> } }).relaisPractice.tourDecision(),
    );
  }

  /** Through the same composer port the library's Insert button calls. */
  insert(text: string) {
    return this.page.evaluate(
      (value) =>
        (
          globalThis as unknown as {
            relaisPractice: { composer: { insert(t: string, o: { allowInsert: boolean }): Promise<unknown> } };
          }
        ).relaisPractice.composer.insert(value, { allowInsert: true }),
      text,
    );
  }
}

/** Sends a background request from an extension page, as the app does. */
export function askFrom(page: Page, request: Record<string, unknown>) {
  return page.evaluate(async (message) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime;
    const answer = (await runtime.sendMessage(message)) as {
      ok: boolean;
      value?: unknown;
      error?: { message: string };
    };
    if (!answer.ok) throw new Error(answer.error?.message);
    return answer.value;
  }, request);
}

/** Reads an IndexedDB store directly in the worker: what is really stored, not what the UI says. */
export function readStore(background: Worker, dbName: 'relais' | 'relais-workshop', store: string) {
  return background.evaluate(
    ([name, storeName]) =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [dbName, store] as const,
  );
}

export const practiceShare = (title: string, via: 'practice' | 'post-button') => ({
  itemKey: `test#${title}`,
  itemId: title,
  feedUrl: 'test',
  title,
  channel: 'news',
  category: 'product',
  postedAt: Date.now(),
  ownWords: 0.8,
  findings: [],
  text: `${title} in my own words`,
  via,
});
