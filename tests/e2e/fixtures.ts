/** Playwright fixtures: a fresh browser profile with Relais (its e2e build) per test. */
import { type BrowserContext, type Page, test as base, type Worker } from '@playwright/test';
import {
  E2E_EXTENSION_PATH,
  launchWithExtension,
  type LinkedInVariant,
  routeLinkedIn,
  serviceWorkerOf,
  settleInstall,
} from './harness';

export { EXTENSION_PATH, type LinkedInVariant } from './harness';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  linkedInVariant: LinkedInVariant;
  /** Errors logged by the extension's own code (content scripts, pages, worker). */
  extensionErrors: string[];
}

export const test = base.extend<Fixtures>({
  linkedInVariant: ['standard', { option: true }],
  context: async ({ linkedInVariant }, use) => {
    const context = await launchWithExtension({}, E2E_EXTENSION_PATH);
    await routeLinkedIn(context, () => linkedInVariant);
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    const worker = await serviceWorkerOf(context);
    await settleInstall(worker);
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  extensionErrors: async ({ context, extensionId }, use) => {
    const errors: string[] = [];
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const source = message.location().url ?? '';
        if (source.startsWith(`chrome-extension://${extensionId}`) || /relais/i.test(message.text())) {
          errors.push(`${source}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => {
        if (/chrome-extension:|relais/i.test(`${error.stack ?? ''}${error.message}`)) errors.push(error.message);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export const expect = test.expect;
