/**
 * Relaying the company's own LinkedIn post (issue #13) through the real
 * sidebar: an item naming the post (`_relais.linkedin_post`), "Comment" or
 * "Repost with your thoughts" chosen in Relais, an answer typed, "Draft on
 * LinkedIn" → the text reaches that post's comment box (and no other) or the
 * repost composer the employee opened; Relais clicks no Comment, Repost or
 * Post; "I posted it" → My shares lists the share with its kind.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type LinkedInVariant } from './fixtures';
import { extensionUrl } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { seedLibrary } from './seed';

const COMPANY_POST = 'urn:li:activity:7401234567890123456';
const OTHER_POST = 'urn:li:activity:7409999999999999999';
const POST_PATH = `/feed/update/${COMPANY_POST}/`;
const FEED_URL = 'https://comms.acme.test/relais/feed.json';
const TITLE = 'Lyon runs on renewable power';
const ANSWER = 'I walked the Lyon site last week: the new solar roofs are huge.';

const FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Acme newsroom',
  language: 'en',
  _relais: { organisation: 'Acme' },
  items: [
    {
      id: 'lyon-power',
      title: TITLE,
      content_text: 'Our Lyon plant now runs on 100% renewable power.',
      language: 'en',
      date_published: new Date(Date.now() - 86_400_000).toISOString(),
      _relais: {
        channel: 'news',
        category: 'news',
        linkedin_post: `https://www.linkedin.com${POST_PATH}`,
      },
    },
  ],
};

interface PostPageFixture {
  commentTexts: Record<string, string>;
  commentClicks: unknown[];
  editorText: string | null;
  postClicks: unknown[];
  reposts: unknown[];
}

const fixture = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as { __fixture: PostPageFixture }).__fixture;
    return {
      commentTexts: state.commentTexts,
      commentClicks: state.commentClicks,
      editorText: state.editorText,
      postClicks: state.postClicks,
      reposts: state.reposts,
    };
  });

const LABELS = {
  'post-page': { repost: 'Repost', thoughts: 'Repost with your thoughts' },
  'post-page-fr': { repost: 'Republier', thoughts: 'Republier avec votre avis' },
} as const;

/** The company post's page with the sidebar open on the seeded item, relayed as `choice`. */
async function openItem(page: Page, background: Parameters<typeof seedLibrary>[0], choice: string) {
  const linkedin = new LinkedInPage(page);
  await linkedin.open(POST_PATH);
  await linkedin.openSidebar();
  await seedLibrary(background, FEED, { url: FEED_URL, source: 'managed' });
  await linkedin.sidebar.getByRole('article', { name: TITLE }).click();
  await expect(linkedin.sidebar.getByText('The company posted this on LinkedIn')).toBeVisible();
  await linkedin.sidebar
    .getByRole('radiogroup', { name: 'How do you want to relay it?' })
    .getByRole('radio', { name: choice, exact: true })
    .click();
  const compose = linkedin.sidebar.getByRole('region', { name: 'Make it yours', exact: true });
  await compose.waitFor();
  return { linkedin, compose };
}

async function historyEntry(context: BrowserContext, extensionId: string) {
  const insights = await context.newPage();
  await insights.goto(extensionUrl(extensionId, 'insights.html'));
  await insights.getByRole('heading', { level: 1, name: 'My shares' }).waitFor();
  return insights.getByRole('region', { name: 'History' }).getByRole('listitem').filter({ hasText: TITLE });
}

for (const variant of ['post-page', 'post-page-fr'] as const satisfies readonly LinkedInVariant[]) {
  test.describe(`relaying the company’s post from the sidebar: ${variant}`, () => {
    test.use({ linkedInVariant: variant });
    test.describe.configure({ timeout: 120_000 });

    test('a comment reaches that post’s comment box only, and My shares lists it as a comment', async ({
      context,
      page,
      background,
      extensionId,
      extensionErrors,
    }) => {
      const { linkedin, compose } = await openItem(page, background, 'Comment');
      await expect(page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror')).toHaveCount(2);
      await compose.getByLabel('What would you add from your own work?').fill(ANSWER);
      const draft = compose.getByLabel('Your comment');
      await expect(draft).toHaveValue(ANSWER);

      await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
      await expect(
        linkedin.sidebar.getByText(/Your comment is in the comment box under the company’s post/),
      ).toBeVisible();
      await expect
        .poll(async () => (await fixture(page)).commentTexts)
        .toEqual({ [COMPANY_POST]: ANSWER, [OTHER_POST]: '' });
      const after = await fixture(page);
      expect(after.commentClicks).toEqual([]);
      expect(after.postClicks).toEqual([]);

      await linkedin.sidebar.getByRole('button', { name: 'I posted it' }).click();
      await expect(linkedin.sidebar.getByText(/Saved on this device only/)).toBeVisible();
      const entry = await historyEntry(context, extensionId);
      await expect(entry).toContainText(/ · Comment · \d+\s?% your own words · marked as posted/);
      expect(extensionErrors).toEqual([]);
    });

    test('a repost with thoughts waits for LinkedIn’s repost box the employee opens, and My shares lists it as a repost', async ({
      context,
      page,
      background,
      extensionId,
      extensionErrors,
    }) => {
      const { linkedin, compose } = await openItem(page, background, 'Repost with your thoughts');
      const prompt = compose.locator('textarea').first();
      await prompt.fill(ANSWER);
      const draft = compose.getByLabel('Your thoughts, above the company’s post');
      await expect(draft).toHaveValue(new RegExp(`^${ANSWER}`));

      // The employee opens LinkedIn's own Repost → "Repost with your thoughts"; Relais never does.
      const labels = LABELS[variant];
      await page.getByRole('button', { name: labels.repost, exact: true }).first().click();
      await page.getByRole('menuitem', { name: labels.thoughts }).first().click();
      await expect(page.locator('[componentkey="ShareBox_textEditor"]')).toBeVisible();

      const text = await draft.inputValue();
      await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
      await expect.poll(async () => (await fixture(page)).editorText).toBe(text);
      const after = await fixture(page);
      expect(after.postClicks).toEqual([]);
      expect(after.reposts).toEqual([]);
      expect(after.commentTexts).toEqual({ [COMPANY_POST]: '', [OTHER_POST]: '' });

      await linkedin.sidebar.getByRole('button', { name: 'I posted it' }).click();
      await expect(linkedin.sidebar.getByText(/Saved on this device only/)).toBeVisible();
      const entry = await historyEntry(context, extensionId);
      await expect(entry).toContainText(/ · Repost with your thoughts · \d+\s?% your own words · marked as posted/);
      expect(extensionErrors).toEqual([]);
    });
  });
}
