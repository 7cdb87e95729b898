/**
 * LinkedIn keeps a hidden `/preload/` iframe on its pages, with its own copy of
 * the app and editors (issue #12). Relais lives in the top frame only: no
 * launcher or sidebar in the decoy, and a draft never lands in its editor.
 */
import type { Frame, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { LinkedInPage } from './pages/linkedin-page';

const DRAFT = 'Fier de l’équipe de Lyon 🎉\nOn l’a vu de près.';

interface WorkerChrome {
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/** Loads the bridge and sends `composer.insert` as the side panel does. */
function insertFromWorker(background: Worker, text: string) {
  return background.evaluate(async (text) => {
    const { scripting, tabs } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await tabs.query({ url: 'https://www.linkedin.com/*' });
    await scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-scripts/composer.js'] });
    return tabs.sendMessage(tab!.id!, { type: 'composer.insert', text, allowInsert: true });
  }, text);
}

/** LinkedIn's preload frame, here the fixture app at a `/preload/` address, with its composer open. */
async function addPreloadFrame(linkedin: LinkedInPage): Promise<Frame> {
  await linkedin.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = '/preload/?_bprMode=lazy';
        frame.title = 'preload';
        frame.style.cssText = 'position:absolute;left:0;top:0;width:800px;height:600px;opacity:0;pointer-events:none';
        frame.addEventListener('load', () => resolve(), { once: true });
        document.body.append(frame);
      }),
  );
  const frame = linkedin.page.frames().find((candidate) => candidate.url().includes('/preload/'));
  if (!frame) throw new Error('the preload frame did not load');
  await frame.evaluate(() => (document.querySelector('button.share-box-feed-entry__trigger') as HTMLElement).click());
  await frame.waitForSelector('.ql-editor');
  return frame;
}

const decoyText = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { __fixture: { editorText: string | null } }).__fixture.editorText);

test('in LinkedIn’s /preload/ frame there is no Relais, and the draft goes to the top frame’s editor only', async ({
  page,
  background,
  extensionErrors,
}) => {
  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  const decoy = await addPreloadFrame(linkedin);
  const before = await decoyText(decoy);

  expect(await insertFromWorker(background, DRAFT)).toEqual({ ok: true, value: { kind: 'inserted' } });
  expect(await linkedin.editorText()).toBe(`${DRAFT}\n`);
  expect(await decoyText(decoy)).toBe(before);

  // The top frame's launcher is there and the bridge has answered: a script that ran in the decoy has too.
  await expect(linkedin.launcher).toBeVisible();
  expect(await decoy.locator('relais-launcher, relais-sidebar').count()).toBe(0);
  await linkedin.openSidebar();
  expect(await decoy.locator('relais-launcher, relais-sidebar').count()).toBe(0);
  expect(await linkedin.countHosts('relais-sidebar')).toBe(1);
  expect(extensionErrors).toEqual([]);
});
