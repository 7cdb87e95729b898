/**
 * Repost with your thoughts (issue #13), on the company post's page: until
 * the employee opens Repost → "Repost with your thoughts", Relais opens no
 * composer of its own (no "Start a post"); once it is open, the draft reaches
 * that composer's Tiptap model, beside the embedded post; Relais clicks
 * neither the instant Repost nor Post.
 */
import type { Page } from '@playwright/test';
import { expect, test, type LinkedInVariant } from './fixtures';
import { extensionUrl } from './pages/extension-pages';

const COMPANY_POST = 'urn:li:activity:7401234567890123456';
const DRAFT = 'On l’a vu de près à Lyon 🌱\n\nProud of the team.';

interface RepostFixture {
  editorText: string | null;
  embeddedPost: string | null;
  postClicks: unknown[];
  reposts: unknown[];
}

const fixture = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as { __fixture: RepostFixture }).__fixture;
    return {
      editorText: state.editorText,
      embeddedPost: state.embeddedPost,
      postClicks: state.postClicks,
      reposts: state.reposts,
    };
  });

async function openSidePanel(page: Page, extensionId: string) {
  await page.goto(extensionUrl(extensionId, 'sidepanel.html'));
  await page.getByRole('complementary', { name: /Relais/ }).waitFor();
  return (text: string) =>
    page.evaluate(
      (value) =>
        (
          globalThis as unknown as {
            relaisSidePanel: { composer: { insert(t: string, o: unknown): Promise<unknown> } };
          }
        ).relaisSidePanel.composer.insert(value, { allowInsert: true, target: { kind: 'repost' } }),
      text,
    );
}

const LABELS = {
  'post-page': { repost: 'Repost', thoughts: 'Repost with your thoughts' },
  'post-page-fr': { repost: 'Republier', thoughts: 'Republier avec votre avis' },
} as const;

for (const variant of ['post-page', 'post-page-fr'] as const satisfies readonly LinkedInVariant[]) {
  test.describe(`repost with your thoughts: ${variant}`, () => {
    test.use({ linkedInVariant: variant });
    test.describe.configure({ timeout: 90_000 });

    test('waits for the employee’s repost composer, then the draft reaches its editor model; nothing is reposted or posted', async ({
      context,
      page,
      extensionId,
      extensionErrors,
    }) => {
      await page.goto(`https://www.linkedin.com/feed/update/${COMPANY_POST}/`);
      const dialog = page.locator('dialog[data-testid="dialog"]');
      const insert = await openSidePanel(await context.newPage(), extensionId);

      // Not open yet: Relais opens nothing itself (a fresh post would lose the embedded one).
      const early = (await insert(DRAFT)) as { kind: string };
      expect(early.kind).not.toBe('inserted');
      await expect(dialog).toHaveCount(0);

      const labels = LABELS[variant];
      await page.getByRole('button', { name: labels.repost, exact: true }).first().click();
      await page.getByRole('menuitem', { name: labels.thoughts }).first().click();
      await expect(page.locator('[componentkey="ShareBox_textEditor"]')).toBeVisible();

      expect(await insert(DRAFT)).toEqual({ kind: 'inserted' });
      const after = await fixture(page);
      expect(after.editorText).toBe(DRAFT);
      expect(after.embeddedPost).toBe('Our Lyon plant now runs on 100% renewable power.');
      expect(after.postClicks).toEqual([]);
      expect(after.reposts).toEqual([]);
      expect(extensionErrors).toEqual([]);
    });
  });
}
