import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { extensionUrl, OptionsPage } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { RelaisWorld } from './pages/relais-world';

test.describe('the browser side panel', () => {
  test('is declared for Chrome with the sidePanel permission, and adds no web-accessible resource', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.permissions).toContain('sidePanel');
    expect(manifest.web_accessible_resources).toEqual([
      expect.objectContaining({ resources: ['sidebar-frame.html'], use_dynamic_url: true }),
    ]);
  });

  test('shows the same library as the sidebar and inserts into the LinkedIn composer in another tab', async ({
    context,
    page,
    extensionId,
  }) => {
    const options = new OptionsPage(page, extensionId);
    await options.open();
    await options.startWorkshopWithTestFeed();

    const linkedin = new LinkedInPage(await context.newPage());
    await linkedin.open();
    await linkedin.openSidebar();
    await expect(
      linkedin.sidebar.getByRole('heading', { name: 'Our first solar farm near Lyon is live' }),
    ).toBeVisible();

    // Playwright cannot open the real side panel: the same page, in a tab.
    const panel = await context.newPage();
    await panel.goto(extensionUrl(extensionId, 'sidepanel.html'));
    const app = panel.getByRole('complementary', { name: /Relais/ });
    const titles = (side: typeof app) => side.getByRole('heading', { level: 3 }).allInnerTexts();
    await expect(app.getByRole('heading', { name: 'Our first solar farm near Lyon is live' })).toBeVisible();
    expect((await titles(app)).sort()).toEqual((await titles(linkedin.sidebar)).sort());
    await expect(app.getByRole('button', { name: 'Close Relais' })).toHaveCount(0);
    expect((await new AxeBuilder({ page: panel }).analyze()).violations).toEqual([]);

    await linkedin.page.getByRole('button', { name: 'Start a post' }).click();
    await linkedin.composer.waitFor();
    const insert = () =>
      panel.evaluate(() =>
        (
          globalThis as unknown as {
            relaisSidePanel: { composer: { insert(t: string, o: { allowInsert: boolean }): Promise<unknown> } };
          }
        ).relaisSidePanel.composer
          .insert('Proud of our Lyon solar farm.', { allowInsert: true })
          .then(
            (outcome) => ({ outcome }),
            (error: Error) => ({ error: error.message }),
          ),
      );
    const answer = await insert();
    expect(answer).toEqual({ outcome: { kind: 'inserted' } });
    expect(await linkedin.editorText()).toContain('Proud of our Lyon solar farm.');
  });

  test('in side-panel mode LinkedIn’s page gets no launcher and no sidebar; back in the page, the launcher returns', async ({
    context,
    page,
    extensionId,
    background,
  }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();

    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open();
    await options.page.getByRole('radio', { name: 'Browser side panel' }).check();
    await expect(linkedin.launcher).toHaveCount(0);
    await expect(linkedin.sidebar).toBeHidden();

    await linkedin.page.reload();
    await linkedin.page.getByRole('button', { name: 'Start a post' }).waitFor();
    // The always-on script has read the setting and made its choice: only then does absence mean something.
    const relaisWorld = await RelaisWorld.of(linkedin.page);
    await expect.poll(() => relaisWorld.launcherScriptStarted()).toBe(true);
    expect(await linkedin.countHosts('relais-launcher')).toBe(0);
    expect(await linkedin.countHosts('relais-sidebar')).toBe(0);
    // The shortcut now targets the side panel, never the page (the command has ended when it answers).
    await linkedin.page.bringToFront();
    const outcome = await background.evaluate(() =>
      (globalThis as unknown as { relaisCommands: { run(command: string): Promise<string> } }).relaisCommands.run(
        'toggle-sidebar',
      ),
    );
    expect(outcome).toBe('side-panel');
    expect(await linkedin.countHosts('relais-sidebar')).toBe(0);
    await relaisWorld.dispose();

    await options.page.getByRole('radio', { name: 'In the page (default)' }).check();
    await expect(linkedin.launcher).toHaveCount(1);
    await linkedin.launcher.click();
    await expect(linkedin.sidebar).toBeVisible();
    expect(
      (
        await new AxeBuilder({ page: linkedin.page })
          .include({ fromFrames: [{ fromShadowDom: ['relais-sidebar', 'iframe'] }, 'aside'] })
          .analyze()
      ).violations,
    ).toEqual([]);
  });
});
