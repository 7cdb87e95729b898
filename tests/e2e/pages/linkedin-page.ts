/** Page object for the fixture LinkedIn with Relais loaded. */
import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';

/** The sidebar's extension-origin iframe, inside the `relais-sidebar` box. */
export const SIDEBAR_FRAME_SELECTOR = 'relais-sidebar iframe';

export class LinkedInPage {
  readonly launcher: Locator;
  /** The app inside the sidebar's frame (the page itself cannot reach it: Playwright can). */
  readonly sidebarFrame: FrameLocator;
  readonly sidebar: Locator;
  /** The sidebar's box in LinkedIn's page: what the page can see of it. */
  readonly sidebarBox: Locator;

  constructor(readonly page: Page) {
    this.launcher = page.locator('relais-launcher').getByRole('button', { name: /Relais/ });
    this.sidebarFrame = page.frameLocator(SIDEBAR_FRAME_SELECTOR);
    this.sidebar = this.sidebarFrame.getByRole('complementary', { name: /Relais/ });
    this.sidebarBox = page.locator('relais-sidebar');
  }

  /** The sidebar's frame as a Playwright Frame, to evaluate code in the extension's origin. */
  async sidebarFrameHandle(): Promise<Frame> {
    const frame = await this.page.locator(SIDEBAR_FRAME_SELECTOR).elementHandle();
    const content = await frame?.contentFrame();
    if (!content) throw new Error('The Relais sidebar frame is not on the page.');
    return content;
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
