import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_PATH, expect, test } from './fixtures';
import { LinkedInPage } from './pages/linkedin-page';

test('declares Alt+Shift+R as the shortcut for the sidebar', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.commands['toggle-sidebar'].suggested_key.default).toBe('Alt+Shift+R');
});

test('the shortcut’s command toggles the sidebar in the active LinkedIn tab', async ({ page, background }) => {
  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  // Headless Chromium does not deliver extension shortcuts: run the command
  // through the same handler chrome.commands.onCommand calls.
  const runCommand = () =>
    background.evaluate(() =>
      (globalThis as unknown as { relaisCommands: { run(command: string): Promise<void> } }).relaisCommands.run(
        'toggle-sidebar',
      ),
    );
  await runCommand();
  await expect(linkedin.sidebar).toBeVisible();
  await runCommand();
  await expect(linkedin.sidebar).toBeHidden();
});
