/**
 * Relaying the company's own LinkedIn post (issue #13) through the real
 * sidebar: an item naming the post (`_relais.linkedin_post`), "Comment" or
 * "Repost with your thoughts" chosen in Relais, an answer typed, "Draft on
 * LinkedIn" → the text reaches that post's comment box (and no other) or the
 * repost composer the employee opened; Relais clicks no Comment, Repost or
 * Post; "I posted it" → My shares lists the share with its kind. On the
 * French page, Relais runs in French too.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, type LinkedInVariant } from './fixtures';
import { extensionUrl, OptionsPage } from './pages/extension-pages';
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

/** LinkedIn's own labels (the fixture's language) and Relais's (English on the English page, French on the French one). */
const LABELS = {
  'post-page': {
    repost: 'Repost',
    thoughts: 'Repost with your thoughts',
    relais: {
      language: 'English',
      companyPosted: 'The company posted this on LinkedIn',
      relayChoice: 'How do you want to relay it?',
      comment: 'Comment',
      repost: 'Repost with your thoughts',
      flow: 'Make it yours',
      commentPrompt: 'What would you add from your own work?',
      commentDraft: 'Your comment',
      repostDraft: 'Your thoughts, above the company’s post',
      insert: 'Draft on LinkedIn',
      commentInserted: /Your comment is in the comment box under the company’s post/,
      repostInserted: /Your thoughts are in LinkedIn’s repost box/,
      posted: 'I posted it',
      saved: /Saved on this device only/,
      myShares: 'My shares',
      history: 'History',
      commentEntry: / · Comment · \d+\s?% your own words · marked as posted/,
      repostEntry: / · Repost with your thoughts · \d+\s?% your own words · marked as posted/,
    },
  },
  'post-page-fr': {
    repost: 'Republier',
    thoughts: 'Republier avec votre avis',
    relais: {
      language: 'Français',
      companyPosted: 'L’entreprise a publié ceci sur LinkedIn',
      relayChoice: 'Comment voulez-vous le relayer\u202f?',
      comment: 'Commenter',
      repost: 'Republier avec votre avis',
      flow: 'À votre façon',
      commentPrompt: 'Qu’ajouteriez-vous à partir de votre propre travail\u202f?',
      commentDraft: 'Votre commentaire',
      repostDraft: 'Votre avis, au-dessus du post de l’entreprise',
      insert: 'Rédiger sur LinkedIn',
      commentInserted: /Votre commentaire est dans la zone de commentaire sous le post de l’entreprise/,
      repostInserted: /Votre avis est dans la zone de republication de LinkedIn/,
      posted: 'Je l’ai publié',
      saved: /Enregistré sur cet appareil uniquement/,
      myShares: 'Mes partages',
      history: 'Historique',
      commentEntry: / · Commentaire · \d+\s?% de vos propres mots · marqué comme publié/,
      repostEntry: / · Republication avec votre avis · \d+\s?% de vos propres mots · marqué comme publié/,
    },
  },
} as const;

type RelaisLabels = (typeof LABELS)[keyof typeof LABELS]['relais'];

/** Relais in the variant's language, chosen in its options as an employee would. */
async function chooseLanguage(context: BrowserContext, extensionId: string, ui: RelaisLabels) {
  const options = new OptionsPage(await context.newPage(), extensionId);
  await options.open();
  await options.chooseLanguage(ui.language);
  await options.page.close();
}

/** The company post's page with the sidebar open on the seeded item, relayed as `choice`. */
async function openItem(page: Page, background: Parameters<typeof seedLibrary>[0], ui: RelaisLabels, choice: string) {
  const linkedin = new LinkedInPage(page);
  await linkedin.open(POST_PATH);
  await linkedin.openSidebar();
  await seedLibrary(background, FEED, { url: FEED_URL, source: 'managed' });
  await linkedin.sidebar.getByRole('article', { name: TITLE }).click();
  await expect(linkedin.sidebar.getByText(ui.companyPosted)).toBeVisible();
  await linkedin.sidebar
    .getByRole('radiogroup', { name: ui.relayChoice })
    .getByRole('radio', { name: choice, exact: true })
    .click();
  const compose = linkedin.sidebar.getByRole('region', { name: ui.flow, exact: true });
  await compose.waitFor();
  return { linkedin, compose };
}

async function historyEntry(context: BrowserContext, extensionId: string, ui: RelaisLabels) {
  const insights = await context.newPage();
  await insights.goto(extensionUrl(extensionId, 'insights.html'));
  await insights.getByRole('heading', { level: 1, name: ui.myShares }).waitFor();
  return insights.getByRole('region', { name: ui.history }).getByRole('listitem').filter({ hasText: TITLE });
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
      const ui = LABELS[variant].relais;
      await chooseLanguage(context, extensionId, ui);
      const { linkedin, compose } = await openItem(page, background, ui, ui.comment);
      await expect(page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror')).toHaveCount(2);
      await compose.getByLabel(ui.commentPrompt).fill(ANSWER);
      const draft = compose.getByLabel(ui.commentDraft);
      await expect(draft).toHaveValue(ANSWER);

      await compose.getByRole('button', { name: ui.insert }).click();
      await expect(linkedin.sidebar.getByText(ui.commentInserted)).toBeVisible();
      await expect
        .poll(async () => (await fixture(page)).commentTexts)
        .toEqual({ [COMPANY_POST]: ANSWER, [OTHER_POST]: '' });
      const after = await fixture(page);
      expect(after.commentClicks).toEqual([]);
      expect(after.postClicks).toEqual([]);

      await linkedin.sidebar.getByRole('button', { name: ui.posted }).click();
      await expect(linkedin.sidebar.getByText(ui.saved)).toBeVisible();
      const entry = await historyEntry(context, extensionId, ui);
      await expect(entry).toContainText(ui.commentEntry);
      expect(extensionErrors).toEqual([]);
    });

    test('a repost with thoughts waits for LinkedIn’s repost box the employee opens, and My shares lists it as a repost', async ({
      context,
      page,
      background,
      extensionId,
      extensionErrors,
    }) => {
      const ui = LABELS[variant].relais;
      await chooseLanguage(context, extensionId, ui);
      const { linkedin, compose } = await openItem(page, background, ui, ui.repost);
      // The first question (built in for the item's category): whichever it is, the answer goes into the draft.
      const prompt = compose.locator('textarea').first();
      await prompt.fill(ANSWER);
      const draft = compose.getByLabel(ui.repostDraft);
      await expect(draft).toHaveValue(new RegExp(`^${ANSWER}`));

      // The employee opens LinkedIn's own Repost → "Repost with your thoughts"; Relais never does.
      await page.getByRole('button', { name: LABELS[variant].repost, exact: true }).first().click();
      await page.getByRole('menuitem', { name: LABELS[variant].thoughts }).first().click();
      await expect(page.locator('[componentkey="ShareBox_textEditor"]')).toBeVisible();
      // The sidebar docks beside the repost box first; clicking while it narrows could land elsewhere.
      await linkedin.waitForSidebarClearOf(page.getByRole('dialog'));

      const text = await draft.inputValue();
      await compose.getByRole('button', { name: ui.insert }).click();
      await expect.poll(async () => (await fixture(page)).editorText).toBe(text);
      await expect(linkedin.sidebar.getByText(ui.repostInserted)).toBeVisible();
      const after = await fixture(page);
      expect(after.postClicks).toEqual([]);
      expect(after.reposts).toEqual([]);
      expect(after.commentTexts).toEqual({ [COMPANY_POST]: '', [OTHER_POST]: '' });

      await linkedin.sidebar.getByRole('button', { name: ui.posted }).click();
      await expect(linkedin.sidebar.getByText(ui.saved)).toBeVisible();
      const entry = await historyEntry(context, extensionId, ui);
      await expect(entry).toContainText(ui.repostEntry);
      expect(extensionErrors).toEqual([]);
    });
  });
}
