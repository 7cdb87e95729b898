/**
 * The feed's selector hotfix (`_relais.linkedin_selectors`, issue #12) end to
 * end, on a (hypothetical) LinkedIn release whose share dialog the built-in
 * selectors no longer recognise (fixture variant `renamed-composer`): without
 * the hotfix the draft goes to the clipboard with the instructions to paste
 * it; with a feed carrying the hotfix, the draft reaches Quill's own model
 * through the sidebar, Post enables, Relais never clicks it, and the
 * employee's real click on it is recorded in My shares. The feed goes through
 * the real parser (tests/e2e/seed.ts), as a sync would store it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { extensionUrl, readStore } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { seedLibrary } from './seed';

test.use({ linkedInVariant: 'renamed-composer' });
// The no-hotfix test waits out the bridge's bounded wait for a recognised editor (3 s): too long for 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

const FEED_URL = 'https://comms.acme.test/relais/feed.json';
const TITLE = 'Our Lyon team is hiring';
const DRAFT = 'Fier de l’équipe de Lyon 🎉\n\nWe are hiring engineers.\nJoin us!';

/** What IT ships once LinkedIn has renamed its share dialog: the renamed dialog, its editor and its Post button. */
const HOTFIX = {
  share_dialog: ['[role="dialog"][data-view-name="share-composer"]'],
  share_editor: ['[data-view-name="share-composer-editor"] [role="textbox"][contenteditable="true"]'],
  post_button: ['button[data-view-name="share-composer-submit"]'],
};

function feed(linkedinSelectors?: typeof HOTFIX) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Acme newsroom',
    language: 'en',
    _relais: { organisation: 'Acme', ...(linkedinSelectors ? { linkedin_selectors: linkedinSelectors } : {}) },
    items: [
      {
        id: 'lyon-hiring',
        title: TITLE,
        content_text: 'We are hiring engineers in Lyon.',
        language: 'en',
        date_published: new Date(Date.now() - 86_400_000).toISOString(),
        _relais: { channel: 'news', category: 'news' },
      },
    ],
  };
}

const fixture = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as { __fixture: { editorText: string | null; posts: string[] } }).__fixture;
    return { editorText: state.editorText, posts: state.posts };
  });

/** The feed seeded, the item opened in the sidebar, the draft typed and sent with "Draft on LinkedIn". */
async function draftOnLinkedIn(
  linkedin: LinkedInPage,
  background: Parameters<typeof seedLibrary>[0],
  feedJson: object,
) {
  await linkedin.open();
  await linkedin.openSidebar();
  await seedLibrary(background, feedJson, { url: FEED_URL, source: 'managed' });
  await linkedin.sidebar.getByRole('article', { name: TITLE }).click();
  const compose = linkedin.sidebar.getByRole('region', { name: 'Make it yours', exact: true });
  await compose.getByLabel('Your post').fill(DRAFT);
  await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
}

test('without the hotfix, the renamed dialog is not recognised: the draft is copied, with the instructions to paste it', async ({
  context,
  page,
  background,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
  const linkedin = new LinkedInPage(page);
  await draftOnLinkedIn(linkedin, background, feed());

  await expect(
    linkedin.sidebar.getByRole('status').filter({ hasText: 'could not be reached' }),
    // The bridge waits up to 3 s for an editor it knows before it gives up.
  ).toHaveText(
    'LinkedIn’s post box could not be reached, so the draft is on your clipboard. Click “Start a post” on LinkedIn, then paste with Ctrl+V (⌘V on a Mac).',
    { timeout: 15_000 },
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DRAFT);
  // Relais's click opened LinkedIn's (renamed) dialog, and left its editor as it was.
  await expect(page.locator('[data-view-name="share-composer"]')).toBeVisible();
  expect(await fixture(page)).toEqual({ editorText: '\n', posts: [] });
});

test('with the feed’s hotfix, the draft reaches the renamed editor, and the employee’s real Post click is recorded in My shares', async ({
  context,
  page,
  background,
  extensionId,
  extensionErrors,
}) => {
  const linkedin = new LinkedInPage(page);
  await draftOnLinkedIn(linkedin, background, feed(HOTFIX));

  await expect(linkedin.sidebar.getByRole('status').filter({ hasText: 'Draft inserted' })).toBeVisible();
  // Quill's own model, with the draft's line breaks (Quill ends every document with "\n").
  expect((await fixture(page)).editorText).toBe(`${DRAFT}\n`);
  const post = page.locator('button[data-view-name="share-composer-submit"]');
  await expect(post).toBeEnabled();
  expect((await fixture(page)).posts).toEqual([]);

  // A real click (trusted): Playwright also checks that nothing of Relais covers the button.
  await post.click();
  expect((await fixture(page)).posts).toEqual([`${DRAFT}\n`]);
  await expect.poll(async () => (await readStore(background, 'relais', 'shares')).length).toBe(1);
  expect((await readStore(background, 'relais', 'shares'))[0]).toMatchObject({
    itemId: 'lyon-hiring',
    feedUrl: FEED_URL,
    text: DRAFT,
    via: 'post-button',
  });

  const insights = await context.newPage();
  await insights.goto(extensionUrl(extensionId, 'insights.html'));
  const entry = insights.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: TITLE });
  await expect(entry).toContainText('posted from LinkedIn');
  expect(extensionErrors).toEqual([]);
});
