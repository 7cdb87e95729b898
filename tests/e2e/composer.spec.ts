/**
 * The composer bridge on the fixture LinkedIn (real Quill), loaded and driven
 * through the same tab message as the side panel does, from the background worker.
 */
import type { Page, Worker } from '@playwright/test';
import type { ShareMeta } from '@/lib/protocol/tab-protocol';
import type { ShareRecord } from '@/lib/db/records';
import { expect, test } from './fixtures';
import { LinkedInPage } from './pages/linkedin-page';

const DRAFT =
  'Fier de l’équipe de Lyon 🎉\n\nWe are hiring engineers.\nJoin us! #Energy #Lyon https://example.com/jobs?team=lyon';

interface InsertRequest {
  text: string;
  allowInsert: boolean;
  share?: ShareMeta;
}

interface WorkerChrome {
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Loads the composer bridge into the LinkedIn tab from the worker, as the side panel does before each insert. */
function loadBridge(background: Worker) {
  return background.evaluate(async () => {
    const { scripting, tabs } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await tabs.query({ url: 'https://www.linkedin.com/*' });
    await scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-scripts/composer.js'] });
  });
}

/** Sends `composer.insert` to the LinkedIn tab from the worker, as the side panel does (bridge loaded first). */
async function sendInsert(background: Worker, request: InsertRequest) {
  await loadBridge(background);
  return background.evaluate(async (request) => {
    const { tabs } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await tabs.query({ url: 'https://www.linkedin.com/*' });
    return tabs.sendMessage(tab!.id!, { type: 'composer.insert', ...request });
  }, request);
}

function fixturePosts(page: Page) {
  return page.evaluate(() => (window as unknown as { __fixture: { posts: string[] } }).__fixture.posts);
}

async function openComposerWith(linkedin: LinkedInPage, text: string) {
  await linkedin.page.getByRole('button', { name: 'Start a post' }).click();
  await linkedin.composer.click();
  await linkedin.page.keyboard.type(text);
  await expect.poll(() => linkedin.editorText()).toBe(`${text}\n`);
}

test.describe('inserting a draft into LinkedIn’s composer', () => {
  test('opens the closed composer and inserts the draft exactly, without posting it', async ({
    page,
    background,
    extensionErrors,
  }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await expect(linkedin.composer).toHaveCount(0);
    // Loaded twice (sendInsert loads it again): one bridge must answer, the draft goes in once.
    await loadBridge(background);

    expect(await sendInsert(background, { text: DRAFT, allowInsert: true })).toEqual({
      ok: true,
      value: { kind: 'inserted' },
    });
    await expect(linkedin.composer).toBeFocused();
    expect(await linkedin.editorText()).toBe(`${DRAFT}\n`);
    await expect(linkedin.postButton).toBeEnabled();

    // The bridge answers after its last step (insert, then arm the Post watch): nothing it started is still
    // running, so a post made by Relais would already be in the fixture's list.
    expect(await fixturePosts(page)).toEqual([]);
    await expect(linkedin.composer).toBeVisible();
    expect(extensionErrors).toEqual([]);
  });

  test('inserts at the employee’s caret in a composer that already holds text', async ({ page, background }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await openComposerWith(linkedin, 'Hello world');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Hello '.length; i += 1) await page.keyboard.press('ArrowRight');

    expect(await sendInsert(background, { text: 'dear 🎉 ', allowInsert: true })).toEqual({
      ok: true,
      value: { kind: 'inserted' },
    });
    expect(await linkedin.editorText()).toBe('Hello dear 🎉 world\n');
  });

  test('with insertion switched off by the feed, copies the draft and leaves the editor as it was', async ({
    page,
    context,
    background,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await openComposerWith(linkedin, 'My own words');

    expect(await sendInsert(background, { text: DRAFT, allowInsert: false })).toEqual({
      ok: true,
      value: { kind: 'clipboard', reason: 'insert-disabled' },
    });
    expect(await linkedin.editorText()).toBe('My own words\n');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT);
  });

  test('records a share when the employee posts a Relais draft, with the final text', async ({ page, background }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    const share: ShareMeta = {
      workspace: 'real',
      itemKey: 'https://comms.example/feed.json#lyon-hiring',
      itemId: 'lyon-hiring',
      feedUrl: 'https://comms.example/feed.json',
      title: 'We are hiring in Lyon',
      channel: 'careers',
      category: 'hiring',
      language: 'en',
      draftStartedAt: Date.now() - 60_000,
      ownWords: 0.55,
      findings: [{ rule: 'hashtags', severity: 'tip', message: 'Two hashtags are plenty.' }],
    };
    expect(await sendInsert(background, { text: DRAFT, allowInsert: true, share })).toMatchObject({
      ok: true,
      value: { kind: 'inserted' },
    });

    // The employee adds a word of their own, then posts.
    await linkedin.composer.press('Control+End');
    await page.keyboard.type(' See you soon!');
    await linkedin.postButton.click();
    expect(await fixturePosts(page)).toEqual([`${DRAFT} See you soon!\n`]);

    const readShares = () =>
      background.evaluate(
        () =>
          new Promise<unknown[]>((resolve, reject) => {
            const open = indexedDB.open('relais');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('shares')) {
                db.close();
                resolve([]);
                return;
              }
              const all = db.transaction('shares', 'readonly').objectStore('shares').getAll();
              all.onsuccess = () => {
                db.close();
                resolve(all.result);
              };
              all.onerror = () => reject(all.error);
            };
          }),
      );
    await expect.poll(async () => (await readShares()).length).toBe(1);
    const [recorded] = (await readShares()) as ShareRecord[];
    const { workspace: _workspace, ...meta } = share;
    expect(recorded).toMatchObject({ ...meta, text: `${DRAFT} See you soon!`, via: 'post-button' });
    expect(recorded!.insertedAt).toBeLessThanOrEqual(recorded!.postedAt);
    expect(recorded!.postedAt).toBeGreaterThan(share.draftStartedAt!);
  });
});

test.describe('when LinkedIn’s editor ignores the insertion', () => {
  test.use({ linkedInVariant: 'changed-editor' });

  test('falls back to the clipboard and reports the mismatch', async ({ page, context, background }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    const linkedin = new LinkedInPage(page);
    await linkedin.open();

    expect(await sendInsert(background, { text: DRAFT, allowInsert: true })).toEqual({
      ok: true,
      value: { kind: 'clipboard', reason: 'read-back-mismatch' },
    });
    expect(await linkedin.editorText()).toBe('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT);
    expect(await fixturePosts(page)).toEqual([]);
  });
});
