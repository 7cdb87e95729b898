/**
 * Commenting on the company's post (issue #13): on a post page with two
 * posts, each with its real Tiptap comment box, a comment sent from the side
 * panel with the company post's URN reaches that post's editor model and
 * leaves the other post's box empty; Relais clicks no Comment and no Post;
 * a comment over LinkedIn's 1,250 characters is refused before it touches the
 * page; a post that is not on the page gets nothing (clipboard fallback).
 */
import type { Page } from '@playwright/test';
import { expect, test, type LinkedInVariant } from './fixtures';
import { extensionUrl } from './pages/extension-pages';

const COMPANY_POST = 'urn:li:activity:7401234567890123456';
const OTHER_POST = 'urn:li:activity:7409999999999999999';
const COMMENT = 'Fier de l’équipe de Lyon 🎉\nOn l’a vu de près sur le chantier.';

interface PostPageFixture {
  commentTexts: Record<string, string>;
  commentClicks: unknown[];
  postClicks: unknown[];
}

const fixture = (page: Page) =>
  page.evaluate(() => {
    const state = (window as unknown as { __fixture: PostPageFixture }).__fixture;
    return { commentTexts: state.commentTexts, commentClicks: state.commentClicks, postClicks: state.postClicks };
  });

/** The side panel's own composer port (opened in a tab: Playwright cannot open the real panel). */
async function openSidePanel(page: Page, extensionId: string) {
  await page.goto(extensionUrl(extensionId, 'sidepanel.html'));
  await page.getByRole('complementary', { name: /Relais/ }).waitFor();
  return (text: string, postUrn: string) =>
    page.evaluate(
      ([value, urn]) =>
        (
          globalThis as unknown as {
            relaisSidePanel: { composer: { insert(t: string, o: unknown): Promise<unknown> } };
          }
        ).relaisSidePanel.composer
          .insert(value, { allowInsert: true, target: { kind: 'comment', postUrn: urn } })
          .then(
            (outcome) => ({ outcome }),
            (error: Error) => ({ error: error.message }),
          ),
      [text, postUrn] as const,
    );
}

for (const variant of ['post-page', 'post-page-fr'] as LinkedInVariant[]) {
  test.describe(`commenting on the company’s post: ${variant}`, () => {
    test.use({ linkedInVariant: variant });
    test.describe.configure({ timeout: 90_000 });

    test('the comment reaches that post’s comment box only, and nothing is posted', async ({
      context,
      page,
      extensionId,
      extensionErrors,
    }) => {
      await page.goto(`https://www.linkedin.com/feed/update/${COMPANY_POST}/`);
      await expect(page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror')).toHaveCount(2);
      const insert = await openSidePanel(await context.newPage(), extensionId);

      expect(await insert(COMMENT, COMPANY_POST)).toEqual({ outcome: { kind: 'inserted' } });
      const after = await fixture(page);
      expect(after.commentTexts).toEqual({ [COMPANY_POST]: COMMENT, [OTHER_POST]: '' });
      expect(after.commentClicks).toEqual([]);
      expect(after.postClicks).toEqual([]);

      // The other post, named by its own URN, gets its own comment; the first is left as it was.
      expect(await insert('Bienvenue !', OTHER_POST)).toEqual({ outcome: { kind: 'inserted' } });
      expect((await fixture(page)).commentTexts).toEqual({ [COMPANY_POST]: COMMENT, [OTHER_POST]: 'Bienvenue !' });
      expect(extensionErrors).toEqual([]);
    });

    test('a comment over 1,250 characters, or for a post not on the page, touches no comment box', async ({
      context,
      page,
      extensionId,
    }) => {
      await page.goto(`https://www.linkedin.com/feed/update/${COMPANY_POST}/`);
      await expect(page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] .ProseMirror')).toHaveCount(2);
      const insert = await openSidePanel(await context.newPage(), extensionId);

      const tooLong = await insert('a'.repeat(1251), COMPANY_POST);
      expect(tooLong).toEqual({ error: expect.stringMatching(/1251 characters.*1250/) });
      const absent = (await insert(COMMENT, 'urn:li:activity:1234')) as { outcome: { kind: string } };
      expect(absent.outcome.kind).not.toBe('inserted');
      expect((await fixture(page)).commentTexts).toEqual({ [COMPANY_POST]: '', [OTHER_POST]: '' });
      // At the limit exactly, the comment goes in.
      const atLimit = 'b'.repeat(1250);
      expect(await insert(atLimit, COMPANY_POST)).toEqual({ outcome: { kind: 'inserted' } });
      expect((await fixture(page)).commentTexts[COMPANY_POST]).toBe(atLimit);
    });
  });
}
