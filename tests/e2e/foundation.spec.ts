import { expect, test } from './fixtures';
import { manyItems, seedFeed, seedLibrary } from './library-seed';
import { LinkedInPage } from './pages/linkedin-page';
import { RelaisWorld } from './pages/relais-world';

test.describe('Relais on LinkedIn', () => {
  test('adds one launcher and opens and closes the sidebar with it', async ({ page, extensionErrors }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await expect(linkedin.launcher).toHaveCount(1);
    await expect(linkedin.launcher).toHaveAttribute('aria-expanded', 'false');
    await expect(linkedin.sidebar).toBeHidden();

    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeVisible();
    await expect(linkedin.launcher).toHaveAttribute('aria-expanded', 'true');

    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeHidden();
    await expect(linkedin.launcher).toHaveAttribute('aria-expanded', 'false');
    expect(extensionErrors).toEqual([]);
  });

  test('the close button and Escape close the sidebar', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    await linkedin.sidebar.getByRole('button', { name: 'Close Relais' }).click();
    await expect(linkedin.sidebar).toBeHidden();

    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(linkedin.sidebar).toBeHidden();
  });

  for (const key of ['Enter', 'Space'] as const) {
    // Issue #18: the launcher's focus preloads the frame hidden, and the keys once went to LinkedIn's page
    // (the iframe focused on its blank first document, or shown after loading in a display: none box).
    // The focus is checked as the frame's own active element and by where the keys go, not with
    // toBeFocused: Playwright emulates page focus for the top frame only.
    test(`${key} on the launcher opens the sidebar with the keyboard in it; Escape gives it back`, async ({
      page,
      background,
    }) => {
      await seedLibrary(background, { items: manyItems(3), feeds: [seedFeed()] });
      const linkedin = new LinkedInPage(page);
      await linkedin.open();
      // Keys that reach LinkedIn's page while the sidebar is open are the bug.
      await page.evaluate(() => {
        const heard: string[] = [];
        (window as unknown as { __keysHeard: string[] }).__keysHeard = heard;
        document.addEventListener('keydown', (event) => heard.push(event.key), true);
      });
      const keysHeardByLinkedIn = () =>
        page.evaluate(() => (window as unknown as { __keysHeard: string[] }).__keysHeard.join(','));
      const search = linkedin.sidebar.getByRole('searchbox', { name: 'Search the library' });
      const searchHasFrameFocus = () => search.evaluate((element) => element.ownerDocument.activeElement === element);

      await linkedin.launcher.focus();
      await page.keyboard.press(key);
      await expect(linkedin.sidebar).toBeVisible();
      await expect.poll(searchHasFrameFocus).toBe(true);
      // The keys go where the focus shows: into the sidebar's search, not into LinkedIn's page.
      await page.keyboard.type('zz');
      await expect(search).toHaveValue('zz');
      await expect(linkedin.sidebar.getByText('No items match your search and filters.')).toBeVisible();
      expect(await keysHeardByLinkedIn()).toBe(key === 'Space' ? ' ' : key);

      await page.keyboard.press('Escape');
      await expect(linkedin.sidebar).toBeHidden();
      await expect(linkedin.launcher).toBeFocused();
      // And again, now that the frame is loaded: the same keys, the same places.
      await page.keyboard.press(key);
      await expect(linkedin.sidebar).toBeVisible();
      await expect.poll(searchHasFrameFocus).toBe(true);
      // (Escape in a search box empties it, as everywhere.)
      await page.keyboard.type('y');
      await expect(search).toHaveValue('y');
      await page.keyboard.press('Escape');
      await expect(linkedin.sidebar).toBeHidden();
      await expect(linkedin.launcher).toBeFocused();
      expect(await keysHeardByLinkedIn()).toBe(
        Array(2)
          .fill(key === 'Space' ? ' ' : key)
          .join(','),
      );
    });
  }

  test('the launcher shows its logo, its name on hover or keyboard focus, and sits beside the open sidebar', async ({
    page,
  }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    const name = page.locator('relais-launcher').getByText('Relais', { exact: true });
    await expect(page.locator('relais-launcher svg')).toBeVisible();
    await expect(name).toBeHidden();

    await linkedin.launcher.hover();
    await expect(name).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(name).toBeHidden();

    // Keyboard users reach it with Tab from the page and see its name too.
    await linkedin.launcher.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(linkedin.launcher).toBeFocused();
    await expect(name).toBeVisible();

    await page.keyboard.press('Enter');
    await expect(linkedin.sidebar).toBeVisible();
    const launcherBox = await linkedin.launcher.boundingBox();
    const sidebarBox = await linkedin.sidebar.boundingBox();
    expect(launcherBox!.x + launcherBox!.width).toBeLessThanOrEqual(sidebarBox!.x + 1);
  });

  test('does not shift LinkedIn’s layout while closed', async ({ page }) => {
    await page.goto('https://www.linkedin.com/feed/');
    const main = page.locator('main');
    await new LinkedInPage(page).launcher.waitFor();
    const withLauncher = await main.boundingBox();
    await page.evaluate(() => document.querySelectorAll('relais-launcher').forEach((host) => host.remove()));
    expect(await main.boundingBox()).toEqual(withLauncher);
  });

  test('survives single-page navigation without duplicating itself', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    await linkedin.navigateTo('Me');
    await expect(page).toHaveURL(/\/in\/camille-martin\/$/);
    await expect(page.getByRole('heading', { name: 'Camille Martin' })).toBeVisible();
    await linkedin.navigateTo('Home');
    await expect(page).toHaveURL(/\/feed\/$/);
    await expect(linkedin.sidebar).toBeVisible();
    expect(await linkedin.countHosts('relais-launcher')).toBe(1);
    expect(await linkedin.countHosts('relais-sidebar')).toBe(1);
    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeHidden();
  });

  test('puts itself back, once, when LinkedIn rebuilds the page on navigation', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await page.evaluate(() => document.querySelectorAll('relais-launcher').forEach((host) => host.remove()));
    await linkedin.navigateTo('My Network');
    await expect(linkedin.launcher).toHaveCount(1);
  });

  test('remembers an open sidebar across page loads', async ({ page }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    await page.reload();
    await expect(linkedin.sidebar).toBeVisible();
  });

  test('LinkedIn’s own scripts receive no message from Relais (it would give Relais away)', async ({ page }) => {
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { __heard: unknown[] }).__heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    // Opening the sidebar injects the other two content scripts as well.
    await linkedin.openSidebar();
    const relaisWorld = await RelaisWorld.of(page);
    await expect.poll(() => relaisWorld.composerBridgeStarted()).toBe(true);
    await relaisWorld.dispose();
    // Messages to a window arrive in the order they were posted: once the page hears its own
    // marker, posted after every Relais script had started, it has heard anything they posted.
    await page.evaluate(() => window.postMessage('relais-test-marker', '*'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard))
      .toContain('relais-test-marker');
    expect(await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard)).toEqual([
      'relais-test-marker',
    ]);
  });

  test('the always-on launcher dispatches nothing on LinkedIn’s document (no event naming Relais)', async ({
    page,
    extensionId,
  }) => {
    // WXT's content-script context announces every start with this event, named after the extension.
    await page.addInitScript((type) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      document.addEventListener(type, (event) => heard.push(event.type), true);
    }, `${extensionId}:linkedin:wxt:content-script-started`);
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    // Events on a document are delivered as they are dispatched: the launcher is in, so its start is over.
    await expect(linkedin.launcher).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
  });
  test('is absent from other sites', async ({ page, context, background }) => {
    await context.route('https://example.org/**', (route) =>
      route.fulfill({ body: '<!doctype html><title>Elsewhere</title><h1>Elsewhere</h1>', contentType: 'text/html' }),
    );
    await page.goto('https://example.org/');
    await expect(page.getByRole('heading', { name: 'Elsewhere' })).toBeVisible();
    // Nothing could add anything: no declared or registered script matches the page, and the
    // worker is refused when it tries to run one there (no host permission).
    const access = await background.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          runtime: { getManifest(): { content_scripts?: Array<{ matches: string[] }> } };
          tabs: { query(filter: object): Promise<Array<{ id: number }>> };
          scripting: {
            getRegisteredContentScripts(): Promise<Array<{ matches?: string[]; persistAcrossSessions?: boolean }>>;
            executeScript(injection: { target: { tabId: number }; func: () => string }): Promise<unknown>;
          };
        };
      };
      // The worker cannot even read the tab's address; the example.org page is this browser's only tab.
      const tabs = await chrome.tabs.query({});
      const registered = await chrome.scripting.getRegisteredContentScripts();
      const injected = await Promise.all(
        tabs.map((tab) =>
          chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.title }).then(
            () => 'ran',
            () => 'refused',
          ),
        ),
      );
      return {
        matches: [
          ...(chrome.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches),
          ...registered.flatMap((script) => script.matches ?? []),
        ],
        injected,
      };
    });
    expect(new Set(access.matches)).toEqual(new Set(['https://www.linkedin.com/*']));
    expect(access.injected).toEqual(['refused']);
    expect(await page.locator('relais-launcher, relais-sidebar').count()).toBe(0);
  });
});
