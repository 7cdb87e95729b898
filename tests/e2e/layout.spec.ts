/**
 * The sidebar never hides LinkedIn's composer (issue #12): at common laptop and
 * desktop sizes, with LinkedIn's share dialog open and after an insert, the
 * point at the Post button's centre and at each corner of the editor is
 * LinkedIn's own, never Relais's; the "draft inserted" confirmation shows
 * without scrolling. And Escape closes the sidebar back to the launcher (#17).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { manyItems, seedFeed, seedLibrary } from './library-seed';
import { LinkedInPage } from './pages/linkedin-page';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** What `document.elementFromPoint` finds at the Post button's centre and the editor's corners (2 px inside). */
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

function pointsOwners(page: Page, points: Record<string, number[]>) {
  return page.evaluate((points) => {
    const owners: Record<string, string> = {};
    for (const [name, [x, y]] of Object.entries(points)) {
      const element = document.elementFromPoint(x!, y!);
      owners[name] = !element
        ? 'nothing'
        : element.closest('relais-sidebar, relais-launcher')
          ? 'Relais'
          : element.closest('.ql-editor, button')
            ? 'LinkedIn’s composer'
            : `other: ${element.tagName.toLowerCase()}.${element.className}`;
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

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} no part of Relais covers LinkedIn’s editor or Post button`, async ({
    page,
    background,
  }) => {
    test.setTimeout(90_000);
    await seedLibrary(background, { items: manyItems(2), feeds: [seedFeed()] });
    await page.setViewportSize(viewport);
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();

    // The composer opened by the employee while the sidebar is open.
    await page.getByRole('button', { name: 'Start a post' }).click();
    await expect.poll(() => whoIsOnTop(linkedin)).toEqual(ALL_LINKEDIN);
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // The composer opened by Relais's insert.
    await linkedin.sidebar.getByRole('article').first().getByRole('button').first().click();
    await linkedin.sidebar.getByLabel('Your post').fill('My own words about this announcement.');
    await linkedin.sidebar.getByRole('button', { name: 'Draft on LinkedIn' }).click();
    await expect.poll(() => linkedin.editorText()).toBe('My own words about this announcement.\n');
    await expect.poll(() => whoIsOnTop(linkedin)).toEqual(ALL_LINKEDIN);
    // Docked beside the dialog, still showing its confirmation without scrolling.
    await expect(linkedin.sidebarBox).toBeVisible();
    await expect(linkedin.sidebar.getByRole('status').filter({ hasText: 'Draft inserted' })).toBeInViewport();
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
