/**
 * Page object for the 2026 fixture LinkedIn (tests/fixtures/linkedin/index-2026.html):
 * Quill in #interop-outlet's open shadow root, or Tiptap in the ShareCompose
 * <dialog>, with a Tiptap comment box on the page. Playwright's locators
 * pierce open shadow roots; `page.evaluate` reads the editors' own models.
 */
import type { Locator, Page } from '@playwright/test';
import { LinkedInPage } from './linkedin-page';

interface Fixture2026 {
  editorText: string | null;
  commentText: string | null;
  posts: string[];
  postClicks: { trusted: boolean }[];
  swapDialog(): string;
}

export class LinkedIn2026Page extends LinkedInPage {
  readonly french: boolean;

  constructor(page: Page, variant: string) {
    super(page);
    this.french = variant.endsWith('-fr');
  }

  /** The post editor: LinkedIn's hooks, not its (unknown or localised) labels. */
  override get composer(): Locator {
    return this.page.locator('[componentkey="ShareBox_textEditor"], .ql-editor[data-test-ql-editor-contenteditable]');
  }

  override get postButton(): Locator {
    return this.page.getByRole('button', { name: this.french ? 'Publier' : 'Post', exact: true });
  }

  get commentBox(): Locator {
    return this.page.locator('[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]');
  }

  private fixture<K extends keyof Fixture2026>(key: K): Promise<Fixture2026[K]> {
    return this.page.evaluate(
      (name) => (window as unknown as { __fixture: Record<string, unknown> }).__fixture[name],
      key as string,
    ) as Promise<Fixture2026[K]>;
  }

  override editorText() {
    return this.fixture('editorText');
  }

  commentText() {
    return this.fixture('commentText');
  }

  posts() {
    return this.fixture('posts');
  }

  postClicks() {
    return this.fixture('postClicks');
  }

  /** A script's click on Post, as a page script (or a rogue extension) would do: `isTrusted` is false. */
  scriptedPostClick() {
    return this.postButton.evaluate((button) => (button as HTMLButtonElement).click());
  }
}
