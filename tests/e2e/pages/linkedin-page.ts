/** Page object for the fixture LinkedIn with Relais loaded. */
import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';

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

  /**
   * Waits until the sidebar's box has moved clear of LinkedIn's open share dialog (docked beside it).
   * The box checks for the dialog a few times a second, so right after the dialog opens the sidebar may
   * still narrow and its content reflow under a click; an employee sees it settle first.
   */
  async waitForSidebarClearOf(dialog: Locator) {
    await expect
      .poll(async () => {
        const [box, shown] = await Promise.all([this.sidebarBox.boundingBox(), dialog.boundingBox()]);
        return box !== null && shown !== null && box.x >= shown.x + shown.width;
      })
      .toBe(true);
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
