import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  askFrom,
  extensionUrl,
  OptionsPage,
  practiceShare,
  PracticeComposerPage,
  readStore,
} from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';
import { expectTourStepNextTo } from './pages/tour';

test.describe('workshop mode and the practice composer', () => {
  test('works offline end to end: demo library, insert, Post records a practice share', async ({
    context,
    page,
    background,
    extensionId,
    extensionErrors,
  }) => {
    const blocked: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('chrome-extension:')) return route.continue();
      blocked.push(url);
      return route.abort('internetdisconnected');
    });
    const options = new OptionsPage(page, extensionId);
    await options.open();
    await options.startWorkshopWithTestFeed();

    const practice = new PracticeComposerPage(page, extensionId);
    await practice.open();
    await expect(
      practice.relais.getByRole('heading', { name: 'Our first solar farm near Lyon is live' }),
    ).toBeVisible();
    await expect(practice.relais.getByText(/Workshop mode: demo content/)).toBeVisible();
    await expect(practice.editor).toHaveAttribute('data-placeholder', 'What do you want to talk about?');
    await expect(practice.postButton).toBeDisabled();

    const draft = 'Saw the Lyon solar farm last week.\nProud of the local partners who built it in 14 months.';
    expect(await practice.insert(draft)).toEqual({ kind: 'inserted' });
    expect(await practice.editorText()).toContain('Proud of the local partners');
    await expect(practice.postButton).toBeEnabled();
    await expect(page.getByTestId('fold-preview')).toContainText('Saw the Lyon solar farm');

    await practice.postButton.click();
    await expect(page.getByRole('status').filter({ hasText: 'This is practice: nothing was posted' })).toBeVisible();
    await expect(practice.postButton).toBeDisabled();
    const shares = await readStore(background, 'relais-workshop', 'shares');
    expect(shares).toEqual([expect.objectContaining({ via: 'practice', text: draft })]);
    expect(await readStore(background, 'relais', 'shares')).toEqual([]);
    expect(blocked).toEqual([]);
    expect(extensionErrors).toEqual([]);
  });

  test('folds a long post after about 210 characters with “…see more”', async ({ page, extensionId }) => {
    const practice = new PracticeComposerPage(page, extensionId);
    await practice.open();
    await practice.editor.click();
    const long = 'Our new solar farm near Lyon matters to me because I grew up two villages away from it. '.repeat(4);
    await page.keyboard.insertText(long);
    const preview = page.getByTestId('fold-preview');
    const seeMore = preview.getByRole('button', { name: '…see more' });
    await expect(seeMore).toBeVisible();
    const shown = (await preview.innerText()).replace('…see more', '').trim();
    expect(shown.length).toBeLessThanOrEqual(210);
    await seeMore.click();
    await expect(preview).toContainText(long.trim());
  });

  test('reset clears practice drafts and shares and leaves the real history untouched', async ({
    page,
    background,
    extensionId,
  }) => {
    const practice = new PracticeComposerPage(page, extensionId);
    await practice.open();
    await askFrom(page, { type: 'share.record', workspace: 'real', share: practiceShare('Real share', 'post-button') });
    await askFrom(page, {
      type: 'share.record',
      workspace: 'workshop',
      share: practiceShare('Practice one', 'practice'),
    });
    await askFrom(page, {
      type: 'share.record',
      workspace: 'workshop',
      share: practiceShare('Practice two', 'practice'),
    });
    const now = Date.now();
    await askFrom(page, {
      type: 'draft.save',
      workspace: 'workshop',
      draft: { itemKey: 'k', answers: [], text: 'x', startedAt: now, updatedAt: now },
    });

    await page.getByRole('button', { name: 'Reset workshop' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await readStore(background, 'relais-workshop', 'shares')).toHaveLength(2);

    await page.getByRole('button', { name: 'Reset workshop' }).click();
    await page.getByRole('button', { name: 'Yes, clear practice data' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Workshop reset' })).toContainText(
      'practice drafts: 1, practice shares: 2',
    );
    expect(await readStore(background, 'relais-workshop', 'shares')).toEqual([]);
    expect(await readStore(background, 'relais-workshop', 'drafts')).toEqual([]);
    expect((await readStore(background, 'relais', 'shares')).map((share) => share.title)).toEqual(['Real share']);
  });

  test('the reset’s question opens under the header without moving it; Escape cancels', async ({
    page,
    extensionId,
  }) => {
    const practice = new PracticeComposerPage(page, extensionId);
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 860 });
      await practice.open();
      const header = page.locator('.relais-practice__header');
      const reset = page.getByRole('button', { name: 'Reset workshop' });
      const before = { header: await header.boundingBox(), reset: await reset.boundingBox() };
      await reset.click();
      const question = page.getByRole('dialog', { name: /Clear every practice draft/ });
      await expect(question).toBeVisible();
      await expect(reset).toHaveAttribute('aria-expanded', 'true');
      // The header keeps its size and its buttons their place; the question sits below the header.
      expect(await header.boundingBox()).toEqual(before.header);
      expect(await reset.boundingBox()).toEqual(before.reset);
      const panel = await question.boundingBox();
      expect(panel!.y).toBeGreaterThanOrEqual(before.header!.y + before.header!.height);
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(width);
      // The safe answer has the focus; Escape closes the question and gives the focus back.
      await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(question).toHaveCount(0);
      await expect(reset).toBeFocused();
      await expect(reset).toHaveAttribute('aria-expanded', 'false');
      expect(await header.boundingBox()).toEqual(before.header);

      // Its result shows in the same place, without moving the header either.
      await reset.click();
      await question.getByRole('button', { name: 'Yes, clear practice data' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Workshop reset' })).toBeVisible();
      expect(await header.boundingBox()).toEqual(before.header);
    }
  });

  test('after an insert, the practice page names its practice box and offers no “I posted it”', async ({
    page,
    extensionId,
  }) => {
    const practice = new PracticeComposerPage(page, extensionId);
    await practice.open();
    await practice.relais.getByRole('article').first().getByRole('button').first().click();
    const compose = practice.relais.getByRole('region', { name: 'Make it yours', exact: true });
    await compose
      .getByLabel('Your post')
      .fill('I saw the SolarPass roofs going up in our street, and the neighbours asked me about it.');
    await compose.getByRole('button', { name: 'Insert in the practice post' }).click();
    await expect.poll(() => practice.editorText()).toContain('SolarPass roofs');
    await expect(practice.relais.getByText(/Draft inserted in the practice share box/)).toBeVisible();
    await expect(practice.relais.getByText(/LinkedIn’s post box/)).toHaveCount(0);
    await expect(practice.relais.getByRole('button', { name: 'I posted it' })).toHaveCount(0);
  });

  test('turning workshop mode on switches the LinkedIn sidebar to the demo library, live', async ({
    context,
    page,
    extensionId,
  }) => {
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    await expect(linkedin.sidebar.getByText(/No feed configured yet/)).toBeVisible();

    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open();
    await options.startWorkshopWithTestFeed();
    await expect(linkedin.sidebar.getByText(/Workshop mode: demo content/)).toBeVisible();
    await expect(linkedin.sidebar.getByRole('heading', { name: 'We are hiring engineers in Nantes' })).toBeVisible();
    await expect(linkedin.sidebar.getByText(/No feed configured yet/)).toHaveCount(0);

    await options.page.getByRole('checkbox', { name: 'Workshop mode on' }).uncheck();
    await expect(linkedin.sidebar.getByText(/No feed configured yet/)).toBeVisible();
  });

  test('the guided tour opens on the first visit only, and works with the keyboard alone', async ({
    page,
    extensionId,
  }) => {
    const practice = new PracticeComposerPage(page, extensionId);
    await practice.open({ keepTour: true });
    const tour = page.getByRole('dialog', { name: /How Relais works/ });
    await expect(tour).toBeVisible();
    await expect(tour.getByRole('heading', { name: 'The parrot effect' })).toBeFocused();
    // Each step sits next to the element it explains, outlined; the tour opened the first item for them.
    const explained: Record<string, (page: Page) => Locator> = {
      'The charter': (page) => page.locator('.relais-compose-charter'),
      'The originality meter': (page) => page.getByRole('meter'),
      'Your own moment': (page) => page.getByRole('region', { name: 'Practice share box' }),
    };
    await expectTourStepNextTo(
      page.locator('.relais-tour-outline'),
      tour,
      page.getByRole('textbox', { name: 'Your post' }),
    );
    for (const title of ['The charter', 'The originality meter', 'Your own moment']) {
      for (
        let i = 0;
        i < 4 &&
        !(await tour.getByRole('button', { name: 'Next' }).evaluate((button) => button === document.activeElement));
        i += 1
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await expect(tour.getByRole('heading', { name: title })).toBeVisible();
      await expectTourStepNextTo(page.locator('.relais-tour-outline'), tour, explained[title]!(page));
    }
    // Tab stays inside the dialog.
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      expect(await tour.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    }
    await tour.getByRole('button', { name: 'Got it' }).press('Enter');
    await expect(tour).toBeHidden();

    await page.reload();
    await practice.editor.waitFor();
    expect(await practice.tourOpenedByItself()).toBe(false);
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('button', { name: 'Take the tour', exact: true }).click();
    await expect(tour).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tour).toBeHidden();
    await expect(page.getByRole('button', { name: 'Take the tour', exact: true })).toBeFocused();
  });

  test('options and practice pages: no axe violations, every control reachable by keyboard with a visible focus', async ({
    page,
    extensionId,
  }) => {
    const practice = new PracticeComposerPage(page, extensionId);
    await practice.open({ keepTour: true });
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await practice.closeTourIfShown();
    await practice.editor.click();
    await page.keyboard.insertText('word '.repeat(60));
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await expectKeyboardReachable(page, ['Take the tour', 'Reset workshop', 'Post', '…see more', 'How Relais works']);

    await page.goto(extensionUrl(extensionId, 'options.html'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await expectKeyboardReachable(page, [
      'Language of Relais',
      'In the page (default)',
      'Larger text',
      'Workshop mode on',
      'Open the practice composer',
    ]);
    // "Reset workshop" only shows while workshop mode is on.
    await expect(page.getByRole('button', { name: 'Reset workshop' })).toHaveCount(0);
  });
});

/** Tabs through the page: each named control gets the focus, and the focus is visible (an outline). */
async function expectKeyboardReachable(page: import('@playwright/test').Page, names: string[]) {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const reached: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element || element === document.body) return null;
      const label =
        element.getAttribute('aria-label') ?? element.closest('label')?.textContent ?? element.textContent ?? '';
      // The ring may be drawn by the focused control or by its card (`:focus-within`, e.g. library items).
      const hasOutline = (node: Element) => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      };
      let ringed: Element | null = element;
      while (ringed && !hasOutline(ringed)) ringed = ringed.parentElement;
      return { label: label.trim(), outline: ringed !== null };
    });
    if (!focused) continue;
    expect(focused.outline, `visible focus on “${focused.label}”`).toBe(true);
    reached.push(focused.label);
  }
  for (const name of names)
    expect(
      reached.some((label) => label.includes(name)),
      `${name} reachable by Tab in ${reached.join(' | ')}`,
    ).toBe(true);
}
