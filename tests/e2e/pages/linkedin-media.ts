/**
 * The fixture share dialogs' media input (tests/fixtures/linkedin/linkedin-media.js), as the page sees it:
 * what LinkedIn's file input received, the clicks it got, and a switch that hides it (a changed LinkedIn).
 */
import type { Page } from '@playwright/test';

export interface ReceivedFile {
  name: string;
  type: string;
  size: number;
}

interface FixtureMedia {
  received: ReceivedFile[];
  pickerClicks: { trusted: boolean; cancelled: boolean }[];
}

export class LinkedInMedia {
  constructor(readonly page: Page) {}

  private read<K extends keyof FixtureMedia>(key: K): Promise<FixtureMedia[K]> {
    return this.page.evaluate(
      (name) => (window as unknown as { __fixtureMedia: Record<string, unknown> }).__fixtureMedia[name],
      key as string,
    ) as Promise<FixtureMedia[K]>;
  }

  /** Each File LinkedIn's input received, as the page read it. */
  received() {
    return this.read('received');
  }

  /** Each click on a file input: a scripted one must be cancelled before the system picker opens. */
  pickerClicks() {
    return this.read('pickerClicks');
  }

  /** From now on the Media button reveals no file input. */
  removeInput() {
    return this.page.evaluate(() => {
      (window as unknown as { __fixtureMedia: { withoutInput: boolean } }).__fixtureMedia.withoutInput = true;
    });
  }

  /** Images the post itself shows (in the composer, not in LinkedIn's media editor). */
  composerImages() {
    return this.page
      .locator('.share-box-v2__modal img, [data-sdui-screen*="ShareCompose"] img')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth));
  }
}
