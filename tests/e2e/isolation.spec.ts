/**
 * Relais as seen by LinkedIn's own scripts (issue #18). `page.evaluate` and
 * `addInitScript` run in the page's main world, the world of LinkedIn's code:
 * from there the page must not read the library or the draft, must not hear
 * the keys typed into Relais, must not act for the employee with synthetic
 * events, and must not shut Relais down with WXT's "newer script" event.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { manyItems, seedFeed, seedItem, seedLibrary } from './library-seed';
import { LinkedInPage } from './pages/linkedin-page';

const SECRET_DRAFT = 'Only between me and Relais: zebra-quartz-4711';
const SECRET_SEARCH = 'quokka';

type PageGlobals = { __heard: string[] };

/** Everything LinkedIn's page can read of the document: text and attributes, through every open shadow root and same-origin frame. */
function everythingThePageCanRead(): string {
  const parts: string[] = [];
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const element of root.querySelectorAll('*')) {
      parts.push(element.textContent ?? '');
      for (const attribute of element.attributes) parts.push(attribute.value);
      if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) parts.push(element.value);
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element instanceof HTMLIFrameElement) {
        try {
          const inner = element.contentDocument ?? element.contentWindow?.document;
          if (inner) visit(inner);
        } catch {
          parts.push('<cross-origin frame>');
        }
      }
    }
  };
  visit(document);
  for (let index = 0; index < window.frames.length; index += 1) {
    try {
      parts.push(window.frames[index]!.document.documentElement.outerHTML);
    } catch {
      parts.push('<cross-origin frame>');
    }
  }
  return parts.join('\n');
}

/** Run in LinkedIn's page before its own scripts: records every key and input event its window and document hear. */
function listenToEveryKeyEvent() {
  const heard: string[] = [];
  (window as unknown as PageGlobals).__heard = heard;
  const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput', 'compositionstart'];
  for (const target of [window, document])
    for (const type of types)
      target.addEventListener(
        type,
        (event) => heard.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data ?? ''}`),
        true,
      );
}

/** LinkedIn's feed with the sidebar open and `typed` typed into the library's search, as the employee does. */
async function typeInSidebarSearch(page: Page, typed: string) {
  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  await linkedin.openSidebar();
  const search = linkedin.sidebar.getByRole('searchbox', { name: 'Search the library' });
  await search.click();
  await page.keyboard.type(typed);
  await expect(search).toHaveValue(typed);
  return { linkedin, search };
}

// Typing character by character on a shared 2-core machine takes a while.
test.describe.configure({ timeout: 90_000 });

test.describe('what LinkedIn’s page can see of Relais', () => {
  test.beforeEach(async ({ background }) => {
    await seedLibrary(background, { items: manyItems(3), feeds: [seedFeed()] });
  });

  test('it cannot read the library nor the draft the employee writes', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    const first = linkedin.sidebar.getByRole('article').first();
    const title = (await first.getByRole('heading', { level: 3 }).innerText()).trim();
    await first.getByRole('button').first().click();
    const draft = linkedin.sidebar.getByLabel('Your post');
    await draft.fill(SECRET_DRAFT);
    await expect(draft).toHaveValue(SECRET_DRAFT);

    const readable = await page.evaluate(everythingThePageCanRead);
    expect(readable).toContain('<cross-origin frame>');
    expect(readable).not.toContain(SECRET_DRAFT);
    expect(readable).not.toContain(title);
    // Nor through the sidebar's box: the frame's document is out of reach.
    expect(
      await page.evaluate(() => {
        const frame = document.querySelector('relais-sidebar')?.shadowRoot?.querySelector('iframe');
        return { found: frame !== undefined && frame !== null, document: frame?.contentDocument ?? null };
      }),
    ).toEqual({ found: true, document: null });
  });

  test('it hears none of the keys typed into Relais', async ({ page }) => {
    await page.addInitScript(listenToEveryKeyEvent);
    const { linkedin, search } = await typeInSidebarSearch(page, SECRET_SEARCH);
    await search.fill('');
    const first = linkedin.sidebar.getByRole('article').first();
    await first.getByRole('button').first().click();
    const draft = linkedin.sidebar.getByLabel('Your post');
    await draft.fill('');
    await draft.click();
    await page.keyboard.type(SECRET_DRAFT);
    await expect(draft).toHaveValue(SECRET_DRAFT);

    // The listeners work: a key typed in LinkedIn's own page is heard.
    await page.getByRole('button', { name: 'Start a post' }).click();
    await linkedin.composer.click();
    await page.keyboard.type('x');
    await expect.poll(() => page.evaluate(() => (window as unknown as PageGlobals).__heard)).toContain('keydown:x');
    const heard = await page.evaluate(() => (window as unknown as PageGlobals).__heard);
    expect(heard.filter((entry) => !entry.endsWith(':x'))).toEqual([]);
  });

  test('its own window.focus() does not take the keys typed into Relais', async ({ page }) => {
    await page.addInitScript(listenToEveryKeyEvent);
    const { linkedin, search } = await typeInSidebarSearch(page, 'quo');

    // Focusing its own window takes the keyboard out of the frame and leaves the page's focused element
    // (the sidebar's box) where it was: Chromium then sends the keys to LinkedIn's document.
    const frame = await linkedin.sidebarFrameHandle();
    await frame.evaluate(() => {
      (window as unknown as { __focusBack: boolean }).__focusBack = false;
      window.addEventListener('focus', () => ((window as unknown as { __focusBack: boolean }).__focusBack = true));
    });
    expect(await page.evaluate(() => (window.focus(), document.activeElement?.localName))).toBe('relais-sidebar');
    // Relais takes it back at once (the frame's window has the focus again) …
    await expect
      .poll(() => frame.evaluate(() => (window as unknown as { __focusBack: boolean }).__focusBack))
      .toBe(true);
    // … so the employee's next keys go on into the search, and the page hears none of them.
    await page.keyboard.type('kka');
    await expect(search).toHaveValue(SECRET_SEARCH);
    expect(await page.evaluate(() => (window as unknown as PageGlobals).__heard)).toEqual([]);
  });

  test('a click on LinkedIn’s page still gives the keyboard back to LinkedIn', async ({ page }) => {
    const { linkedin, search } = await typeInSidebarSearch(page, 'q');
    // Relais takes the keyboard back only when the page took it without moving the focus anywhere.
    await page.getByRole('button', { name: 'Start a post' }).click();
    await linkedin.composer.click();
    await page.keyboard.type('hello');
    await expect.poll(() => linkedin.editorText()).toContain('hello');
    await expect(search).toHaveValue('q');
  });

  test('its synthetic clicks and keys on the launcher open nothing and close nothing', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    const forgeClicks = () =>
      page.evaluate(() => {
        const button = document.querySelector('relais-launcher')?.shadowRoot?.querySelector('button');
        if (!button) throw new Error('no launcher');
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true }));
        return button.getAttribute('aria-expanded');
      });
    expect(await forgeClicks()).toBe('false');
    // A real click does open it: so had a forged one worked, the sidebar would be there by now.
    await linkedin.openSidebar();
    await expect(linkedin.launcher).toHaveAttribute('aria-expanded', 'true');
    expect(await linkedin.countHosts('relais-sidebar')).toBe(1);
    expect(await forgeClicks()).toBe('true');
    // Clicks on the sidebar's box reach the box, not the app inside the frame.
    await page.evaluate(() => {
      const box = document.querySelector('relais-sidebar')!;
      box.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 200, clientY: 40 }));
      box.shadowRoot?.querySelector('iframe')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeHidden();
    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeVisible();
    await expect(linkedin.sidebar.getByRole('article')).toHaveCount(3);
  });
});

/**
 * An image on an origin Relais may read (LinkedIn's own, granted by the manifest: a test cannot grant
 * a feed origin, see sync.spec.ts), with a tracking query as feeds have them.
 */
const CARD_IMAGE_URL = 'https://www.linkedin.com/relais-e2e/card.png?utm_source=relais&utm_medium=feed';
const PNG = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../public/icon/96.png'));

test('the page never requests a feed image: only the worker fetches it, the card shows it from a blob', async ({
  context,
  page,
  background,
}) => {
  const fetchedBy: string[] = [];
  await context.route('https://www.linkedin.com/relais-e2e/**', async (route) => {
    fetchedBy.push(route.request().serviceWorker() ? 'worker' : route.request().frame().url());
    await route.fulfill({ body: PNG, contentType: 'image/png' });
  });
  const seenByPage: string[] = [];
  page.on('request', (request) => seenByPage.push(request.url()));
  await seedLibrary(background, {
    items: [seedItem({ id: 'with-image', title: 'Our new plant opens', image: CARD_IMAGE_URL }), ...manyItems(2)],
    feeds: [seedFeed()],
  });
  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  await linkedin.openSidebar();
  const card = linkedin.sidebar.getByRole('article').filter({ hasText: 'Our new plant opens' });
  const thumbnail = card.locator('img');
  await expect(thumbnail).toHaveAttribute('src', /^blob:chrome-extension:\/\//);
  await expect.poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(96);
  // Opening the item shows the image again, and closing brings the list back: still no page request.
  await card.getByRole('heading', { level: 3 }).getByRole('button').click();
  await linkedin.sidebar.getByRole('button', { name: /Back/ }).first().click();
  await expect(thumbnail).toBeVisible();

  expect(fetchedBy.length).toBeGreaterThan(0);
  expect(fetchedBy.every((by) => by === 'worker')).toBe(true);
  expect(seenByPage.filter((url) => url.includes('/relais-e2e/'))).toEqual([]);
});

for (const script of ['linkedin', 'sidebar', 'composer'] as const) {
  test(`a forged “${script}” start-up event does not shut Relais down`, async ({ page, background, extensionId }) => {
    await seedLibrary(background, { items: manyItems(2), feeds: [seedFeed()] });
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    await page.evaluate(
      ({ id, name }) => {
        for (const detail of [{ contentScriptName: name, messageId: 'forged' }, undefined])
          document.dispatchEvent(new CustomEvent(`${id}:${name}:wxt:content-script-started`, { detail }));
      },
      { id: extensionId, name: script },
    );

    // The launcher still toggles the sidebar, and the sidebar still inserts into LinkedIn's composer.
    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeHidden();
    await expect(linkedin.launcher).toHaveAttribute('aria-expanded', 'false');
    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeVisible();
    await linkedin.sidebar.getByRole('article').first().getByRole('button').first().click();
    const draft = linkedin.sidebar.getByLabel('Your post');
    await draft.fill('Still here after the page’s event');
    await linkedin.sidebar.getByRole('button', { name: 'Draft on LinkedIn' }).click();
    await expect.poll(() => linkedin.editorText()).toBe('Still here after the page’s event\n');
    expect(await linkedin.countHosts('relais-launcher')).toBe(1);
    expect(await linkedin.countHosts('relais-sidebar')).toBe(1);
  });
}
