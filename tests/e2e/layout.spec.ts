/**
 * The sidebar never hides LinkedIn's composer (issue #12): at common laptop and
 * desktop sizes, with LinkedIn's share dialog open and after an insert, the
 * point at the Post button's centre and at each corner of the editor is
 * LinkedIn's own, never Relais's; the "draft inserted" confirmation shows
 * without scrolling — on every composer variant. And Escape closes the sidebar back to the launcher (#17).
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { STORAGE_KEYS } from '@/lib/storage/keys';
import { expect, test as base, type LinkedInVariant } from './fixtures';
import { E2E_EXTENSION_PATH, launchWithExtension, routeLinkedIn, serviceWorkerOf, settleInstall } from './harness';
import { manyItems, seedFeed, seedLibrary, setExtensionStorage } from './library-seed';
import { LinkedIn2026Page } from './pages/linkedin-2026-page';
import { LinkedInPage } from './pages/linkedin-page';

/**
 * One browser per worker for this file (16 tests): each test gets a fresh page in it, the variant it
 * routes, and Relais's per-profile state reset (sidebar closed, no remembered screen, its language);
 * each test seeds its own library. Launching Chromium with the extension for each test is most of
 * a layout test's time.
 */
const test = base.extend<
  { relaisLocale: 'auto' | 'fr' },
  { browserForFile: { context: BrowserContext; variant: { current: LinkedInVariant } } }
>({
  relaisLocale: ['auto', { option: true }],
  browserForFile: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none is needed here.
    async ({ playwright: _playwright }, use) => {
      const variant = { current: 'standard' as LinkedInVariant };
      const context = await launchWithExtension({}, E2E_EXTENSION_PATH);
      await routeLinkedIn(context, () => variant.current);
      await settleInstall(await serviceWorkerOf(context));
      await use({ context, variant });
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ browserForFile, linkedInVariant }, use) => {
    browserForFile.variant.current = linkedInVariant;
    await use(browserForFile.context);
  },
  background: async ({ context, relaisLocale }, use) => {
    const worker = await serviceWorkerOf(context);
    await worker.evaluate(
      (keys) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { remove(keys: string[]): Promise<void> } } } }
        ).chrome.storage.local.remove(keys),
      [STORAGE_KEYS.sidebarOpen, STORAGE_KEYS.ui],
    );
    await setExtensionStorage(worker, { [STORAGE_KEYS.settings]: { locale: relaisLocale } });
    await use(worker);
  },
  page: async ({ context, background: _background }, use) => {
    const page = await context.newPage();
    await use(page);
    await page.close();
  },
});

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** What is on top at the Post button's centre and the editor's corners (2 px inside). */
async function whoIsOnTop(linkedin: LinkedInPage) {
  const editor = await linkedin.composer.boundingBox();
  const post = await linkedin.postButton.boundingBox();
  if (!editor || !post) throw new Error('LinkedIn’s composer is not open.');
  const points = {
    'Post button centre': [post.x + post.width / 2, post.y + post.height / 2],
    'editor top left': [editor.x + 2, editor.y + 2],
    'editor top right': [editor.x + editor.width - 2, editor.y + 2],
    'editor bottom left': [editor.x + 2, editor.y + editor.height - 2],
    'editor bottom right': [editor.x + editor.width - 2, editor.y + editor.height - 2],
  };
  return pointsOwners(linkedin.page, points);
}

/**
 * `document.elementFromPoint` stops at a shadow host (LinkedIn's #interop-outlet,
 * Relais's own hosts): descend through each open shadow root's own
 * `elementFromPoint`, and say whose the deepest element is, counting every host crossed.
 */
function pointsOwners(page: Page, points: Record<string, number[]>) {
  return page.evaluate((points) => {
    const EDITOR_OR_BUTTON = '.ql-editor, [componentkey="ShareBox_textEditor"], button';
    const owners: Record<string, string> = {};
    for (const [name, [x, y]] of Object.entries(points)) {
      const chain: Element[] = [];
      let element = document.elementFromPoint(x!, y!);
      while (element) {
        chain.push(element);
        const inner = element.shadowRoot?.elementFromPoint(x!, y!);
        if (!inner || inner === element) break;
        element = inner;
      }
      const deepest = chain.at(-1);
      owners[name] = !deepest
        ? 'nothing'
        : chain.some((node) => node.closest('relais-sidebar, relais-launcher'))
          ? 'Relais'
          : deepest.closest(EDITOR_OR_BUTTON) ||
              // The editor's direct wrapper (its box clips the editor's bottom-right edge in the Tiptap dialog).
              deepest.querySelector(':scope > .ql-editor, :scope > [componentkey="ShareBox_textEditor"]')
            ? 'LinkedIn’s composer'
            : `other: ${deepest.tagName.toLowerCase()}.${deepest.className}`;
    }
    return owners;
  }, points);
}

const ALL_LINKEDIN = {
  'Post button centre': 'LinkedIn’s composer',
  'editor top left': 'LinkedIn’s composer',
  'editor top right': 'LinkedIn’s composer',
  'editor bottom left': 'LinkedIn’s composer',
  'editor bottom right': 'LinkedIn’s composer',
};

/** Relais's own words, in the language it shows on the variant (French beside LinkedIn in French). */
const RELAIS = {
  en: { draft: 'Your post', insert: 'Draft on LinkedIn', inserted: 'Draft inserted', dismiss: 'Dismiss' },
  fr: { draft: 'Votre texte', insert: 'Rédiger sur LinkedIn', inserted: 'Brouillon inséré', dismiss: 'Fermer' },
} as const;

/**
 * Every composer variant: the classic light-DOM dialog, Quill in #interop-outlet's
 * shadow root on the hashed feed, and the ShareCompose Tiptap <dialog>; the 2026
 * ones in French too, with Relais in French.
 */
const VARIANTS: {
  variant: LinkedInVariant;
  startPost: (page: Page) => Locator;
  model: (text: string) => string;
  language: keyof typeof RELAIS;
}[] = [
  {
    variant: 'standard',
    startPost: (page) => page.getByRole('button', { name: 'Start a post' }),
    model: (text) => `${text}\n`,
    language: 'en',
  },
  {
    variant: 'shadow-quill',
    startPost: (page) => page.getByRole('button', { name: 'Start a post' }),
    model: (text) => `${text}\n`,
    language: 'en',
  },
  {
    variant: 'shadow-quill-fr',
    startPost: (page) => page.getByRole('button', { name: 'Commencer un post' }),
    model: (text) => `${text}\n`,
    language: 'fr',
  },
  // Role-less since September 2026: the employee clicks the label itself.
  {
    variant: 'share-compose',
    startPost: (page) => page.getByText('Start a post', { exact: true }),
    model: (text) => text,
    language: 'en',
  },
  {
    variant: 'share-compose-fr',
    startPost: (page) => page.getByText('Commencer un post', { exact: true }),
    model: (text) => text,
    language: 'fr',
  },
];

for (const { variant, startPost, model, language } of VARIANTS) {
  test.describe(`LinkedIn variant ${variant}`, () => {
    test.use({ linkedInVariant: variant, relaisLocale: language === 'fr' ? 'fr' : 'auto' });
    const words = RELAIS[language];

    for (const viewport of VIEWPORTS) {
      test(`at ${viewport.width}×${viewport.height} no part of Relais covers LinkedIn’s editor or Post button`, async ({
        page,
        background,
      }) => {
        test.setTimeout(90_000);
        await seedLibrary(background, { items: manyItems(2), feeds: [seedFeed()] });
        await page.setViewportSize(viewport);
        const linkedin = variant === 'standard' ? new LinkedInPage(page) : new LinkedIn2026Page(page, variant);
        await linkedin.open();
        await linkedin.openSidebar();

        // The composer opened by the employee while the sidebar is open.
        await startPost(page).click();
        await expect.poll(() => whoIsOnTop(linkedin)).toEqual(ALL_LINKEDIN);
        // ShareCompose has no Dismiss button in the fixture: Relais then drafts into the open dialog.
        const dismiss = page.getByRole('button', { name: words.dismiss, exact: true });
        if (await dismiss.count()) await dismiss.click();

        // The composer opened (or found open) by Relais's insert.
        await linkedin.sidebar.getByRole('article').first().getByRole('button').first().click();
        await linkedin.sidebar.getByLabel(words.draft).fill('My own words about this announcement.');
        await linkedin.sidebar.getByRole('button', { name: words.insert }).click();
        await expect.poll(() => linkedin.editorText()).toBe(model('My own words about this announcement.'));
        await expect.poll(() => whoIsOnTop(linkedin)).toEqual(ALL_LINKEDIN);
        // Docked beside the dialog, still showing its confirmation without scrolling.
        await expect(linkedin.sidebarBox).toBeVisible();
        await expect(linkedin.sidebar.getByRole('status').filter({ hasText: words.inserted })).toBeInViewport();
      });
    }
  });
}

test('Escape in the sidebar closes it and gives the focus back to the launcher', async ({ page }) => {
  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  await linkedin.openSidebar();
  await linkedin.sidebar.getByRole('searchbox', { name: 'Search the library' }).click();
  await page.keyboard.press('Escape');
  await expect(linkedin.sidebar).toBeHidden();
  await expect(linkedin.launcher).toBeFocused();
  await expect(linkedin.launcher).toHaveAttribute('aria-expanded', 'false');
});
