/**
 * `npm run demo`: opens Chromium with the freshly built extension on a
 * LinkedIn-shaped demo page (the committed fixture, served locally at the real
 * URL so the content scripts match). No LinkedIn account, no network.
 * Without a display (a server, CI) it runs headless and saves a screenshot.
 */
import { existsSync } from 'node:fs';
import { launchWithExtension, routeLinkedIn } from '../../tests/e2e/harness';

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const context = await launchWithExtension({ headless: !hasDisplay, executablePath, channel: executablePath ? undefined : 'chrome' });
await routeLinkedIn(context, () => 'standard');
const page = context.pages()[0] ?? (await context.newPage());
await page.goto('https://www.linkedin.com/feed/');

if (hasDisplay) {
  console.log('Relais demo is open. Click the “Relais” button on the right edge of the page, or press Alt+Shift+R.');
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  await page.locator('relais-launcher').getByRole('button').click();
  await page.getByRole('complementary', { name: /Relais/ }).waitFor();
  const screenshot = 'demo-screenshot.png';
  await page.screenshot({ path: screenshot });
  console.log(`No display found: ran the demo headless and saved ${screenshot}. Run it on a desktop to use it.`);
  await context.close();
}
