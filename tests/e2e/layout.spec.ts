/**
 * The sidebar never hides LinkedIn's composer (issue #12): at common laptop and
 * desktop sizes, with LinkedIn's share dialog open and after an insert, the
 * point at the Post button's centre and at each corner of the editor is
 * LinkedIn's own, never Relais's; the "draft inserted" confirmation shows
 * without scrolling — on every composer variant. And Escape closes the sidebar back to the launcher (#17).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type LinkedInVariant } from './fixtures';
import { manyItems, seedFeed, seedLibrary } from './library-seed';
import { LinkedIn2026Page } from './pages/linkedin-2026-page';
import { LinkedInPage } from './pages/linkedin-page';

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

/**
 * Every composer variant: the classic light-DOM dialog, Quill in #interop-outlet's
 * shadow root on the hashed feed, and the ShareCompose Tiptap <dialog>.
 */
const VARIANTS: { variant: LinkedInVariant; startPost: (page: Page) => Locator; model: (text: string) => string }[] = [
  {
    variant: 'standard',
    startPost: (page) => page.getByRole('button', { name: 'Start a post' }),
    model: (text) => `${text}\n`,
  },
  {
    variant: 'shadow-quill',
    startPost: (page) => page.getByRole('button', { name: 'Start a post' }),
    model: (text) => `${text}\n`,
  },
  // Role-less since September 2026: the employee clicks the label itself.
  {
    variant: 'share-compose',
    startPost: (page) => page.getByText('Start a post', { exact: true }),
    model: (text) => text,
  },
];

for (const { variant, startPost, model } of VARIANTS) {
  test.describe(`LinkedIn variant ${variant}`, () => {
    test.use({ linkedInVariant: variant });

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
        const dismiss = page.getByRole('button', { name: 'Dismiss' });
        if (await dismiss.count()) await dismiss.click();

        // The composer opened (or found open) by Relais's insert.
        await linkedin.sidebar.getByRole('article').first().getByRole('button').first().click();
        await linkedin.sidebar.getByLabel('Your post').fill('My own words about this announcement.');
        await linkedin.sidebar.getByRole('button', { name: 'Draft on LinkedIn' }).click();
        await expect.poll(() => linkedin.editorText()).toBe(model('My own words about this announcement.'));
        await expect.poll(() => whoIsOnTop(linkedin)).toEqual(ALL_LINKEDIN);
        // Docked beside the dialog, still showing its confirmation without scrolling.
        await expect(linkedin.sidebarBox).toBeVisible();
        await expect(linkedin.sidebar.getByRole('status').filter({ hasText: 'Draft inserted' })).toBeInViewport();
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
