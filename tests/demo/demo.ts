/**
 * `npm run demo`: opens Chromium with the freshly built extension, workshop
 * mode on, at the practice composer (the bundled demo feed, a LinkedIn-like
 * share box, nothing posted anywhere). A second tab holds the LinkedIn-shaped
 * fixture page (served locally at the real URL so the content scripts match).
 * No LinkedIn account, no network. Without a display (a server, CI) it runs
 * headless and saves a screenshot.
 */
import { existsSync } from 'node:fs';
import { launchWithExtension, routeLinkedIn, serviceWorkerOf } from '../e2e/harness';

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const context = await launchWithExtension({
  headless: !hasDisplay,
  executablePath,
  channel: executablePath ? undefined : 'chrome',
});
await routeLinkedIn(context, () => 'standard');
const worker = await serviceWorkerOf(context);
const extensionId = new URL(worker.url()).host;
// Workshop mode on before any page opens, so every host starts on the demo library.
await worker.evaluate(async () => {
  interface LocalArea {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  }
  const storage = (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local;
  const { settings } = await storage.get('settings');
  await storage.set({ settings: { ...(settings as object | undefined), workshopMode: true } });
});

const linkedin = context.pages()[0] ?? (await context.newPage());
await linkedin.goto('https://www.linkedin.com/feed/');
const practice = await context.newPage();
await practice.goto(`chrome-extension://${extensionId}/practice.html`);
await practice.bringToFront();

if (hasDisplay) {
  console.log(
    'Relais demo is open on the practice composer (workshop mode on: demo feed, practice history kept apart).',
  );
  console.log(
    'The other tab is a LinkedIn-shaped page: click the blue “R” tab on its right edge (it says “Relais” under the pointer), or press Alt+Shift+R.',
  );
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  await practice.setViewportSize({ width: 1280, height: 800 });
  const tour = practice.getByRole('dialog');
  await tour.waitFor({ timeout: 3000 }).then(
    () => practice.keyboard.press('Escape'),
    () => undefined,
  );
  await practice.getByRole('complementary', { name: /Relais/ }).waitFor();
  await practice.waitForTimeout(500);
  const screenshot = 'demo-screenshot.png';
  await practice.screenshot({ path: screenshot });
  console.log(
    `No display found: ran the demo headless and saved ${screenshot} (the practice composer). Run it on a desktop to use it.`,
  );
  await context.close();
}
