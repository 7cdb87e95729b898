/**
 * "Start a post" that does not open (issue #12): with LinkedIn's composer
 * closed, Relais clicks the role-less entry; on a LinkedIn that answers real
 * clicks only (fixture variant `share-compose-trusted-only`), nothing opens.
 * After the bridge's bounded wait the employee reads, in plain words, to open
 * LinkedIn's post box themselves; the draft stays ready (in the sidebar, on
 * the clipboard, "Draft on LinkedIn" available again), and once they have
 * opened the box, the same button puts it in.
 */
import { expect, test } from './fixtures';
import { seedFeed, seedItem, seedLibrary } from './library-seed';
import { LinkedIn2026Page } from './pages/linkedin-2026-page';

test.use({ linkedInVariant: 'share-compose-trusted-only' });
// The bridge waits out its bounded wait (3 s) for a dialog, with the real Tiptap: too long for 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

const DRAFT = 'Fier de l’équipe de Lyon 🎉\n\nWe are hiring engineers.\nJoin us!';

test('when nothing opens, the employee is told to open LinkedIn’s post box, and the draft is kept for the next try', async ({
  context,
  page,
  background,
  extensionErrors,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  await seedLibrary(background, {
    feeds: [seedFeed()],
    items: [seedItem({ id: 'lyon', title: 'Our Lyon team is hiring', content_text: 'We are hiring in Lyon.' })],
  });
  const linkedin = new LinkedIn2026Page(page, 'share-compose-trusted-only');
  await linkedin.open();
  await linkedin.openSidebar();
  await linkedin.sidebar.getByRole('article', { name: 'Our Lyon team is hiring' }).click();
  const compose = linkedin.sidebar.getByRole('region', { name: 'Make it yours', exact: true });
  const draft = compose.getByLabel('Your post');
  const insert = compose.getByRole('button', { name: 'Draft on LinkedIn' });
  await draft.fill(DRAFT);
  await insert.click();

  await expect(linkedin.sidebar.getByRole('status').filter({ hasText: 'did not open' })).toHaveText(
    'LinkedIn’s post box did not open, so your draft is on your clipboard, and still here. Open it yourself: click “Start a post” on LinkedIn, then click “Draft on LinkedIn” again (or paste with Ctrl+V, ⌘V on a Mac).',
    // The bridge gives LinkedIn 3 s to open its dialog.
    { timeout: 15_000 },
  );
  // Relais did click: the entry got a script's click and opened nothing.
  await expect(page.locator('dialog')).toHaveCount(0);
  expect(await linkedin.editorText()).toBeNull();
  // The draft is ready: on the clipboard, still in the sidebar, and the button can be used again.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT);
  await expect(draft).toHaveValue(DRAFT);
  await expect(insert).toBeEnabled();

  // The employee opens the post box with a real click, then asks again: the draft goes in, Post is theirs to click.
  await page.getByText('Start a post', { exact: true }).click();
  await expect(linkedin.composer).toBeVisible();
  await insert.click();
  await expect(linkedin.sidebar.getByRole('status').filter({ hasText: 'Draft inserted' })).toBeVisible();
  expect(await linkedin.editorText()).toBe(DRAFT);
  await expect(linkedin.postButton).toBeEnabled();
  expect(await linkedin.postClicks()).toEqual([]);
  expect(extensionErrors).toEqual([]);
});
