/** Page object for the fixture LinkedIn with Relais loaded. */
import type { Locator, Page } from '@playwright/test';

export class LinkedInPage {
  readonly launcher: Locator;
  readonly sidebar: Locator;

  constructor(readonly page: Page) {
    this.launcher = page.locator('relais-launcher').getByRole('button', { name: /Relais/ });
    this.sidebar = page.getByRole('complementary', { name: /Relais/ });
  }

  async open(path = '/feed/') {
    await this.page.goto(`https://www.linkedin.com${path}`);
    await this.launcher.waitFor();
  }

  async navigateTo(linkName: string) {
    await this.page
      .getByRole('navigation', { name: 'Primary Navigation' })
      .getByRole('link', { name: linkName, exact: true })
      .click();
  }

  async openSidebar() {
    await this.launcher.click();
    await this.sidebar.waitFor();
  }

  /** Number of Relais shadow hosts in the page: a duplicate would show here. */
  countHosts(name: 'relais-launcher' | 'relais-sidebar') {
    return this.page.locator(name).count();
  }

  get composer() {
    return this.page.getByRole('textbox', { name: 'Text editor for creating content' });
  }

  get postButton() {
    return this.page.getByRole('button', { name: 'Post', exact: true });
  }

  editorText(): Promise<string | null> {
    return this.page.evaluate(
      () => (window as unknown as { __fixture: { editorText: string | null } }).__fixture.editorText,
    );
  }
}
