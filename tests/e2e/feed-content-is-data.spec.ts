/**
 * Feed content is data: markup and script in every field a feed controls show
 * as literal text and never run — neither in LinkedIn's page, nor in the
 * extension's isolated world, nor in the sidebar's extension-origin frame
 * where the app lives.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedFeed, seedItem, seedLibrary } from './library-seed';
import { LinkedInPage } from './pages/linkedin-page';

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  '\'><iframe src="javascript:window.__xss=1">',
];
const hostile = (field: string) => `${field} ${PAYLOADS.join(' ')}`;
const JAVASCRIPT_URL = 'javascript:window.__xss=1';
const HOSTILE_TITLE = hostile('Title');

/** `typeof window.__xss` in every JavaScript world of the tab: the page's and the extension's isolated one. */
async function xssInEveryWorld(page: Page, cdp: CDPSession, contexts: Map<number, string>) {
  const results: Record<string, string> = {
    page: await page.evaluate(() => typeof (window as { __xss?: unknown }).__xss),
  };
  for (const [contextId, name] of contexts) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'typeof window.__xss', contextId });
    results[name] = String(result.value);
  }
  return results;
}

test('markup and script in feed fields show as text and never run', async ({ page, context, background }) => {
  const feed = seedFeed({
    title: hostile('Feed'),
    organisation: hostile('Organisation'),
    channels: [{ id: 'news', label: hostile('Channel'), description: hostile('Channel description') }],
    charter: { tone: hostile('Tone'), do: [hostile('Do')], dont: [hostile('Dont')] },
  });
  const item = {
    ...seedItem({
      id: 'hostile',
      title: HOSTILE_TITLE,
      content_text: hostile('Text'),
      summary: hostile('Summary'),
      tags: [hostile('Tag')],
      _relais: {
        channel: 'news',
        angles: [hostile('Angle')],
        prompts: [hostile('Prompt')],
        hashtags: ['#relais'],
        mentions: [hostile('Mention')],
      },
    }),
    // Refused by the feed schema; stored here anyway to prove the UI does not depend on that alone.
    url: JAVASCRIPT_URL,
    image: 'javascript:window.__xss=1//.png',
  };
  await seedLibrary(background, { items: [item], feeds: [feed] });

  const cdp = await context.newCDPSession(page);
  const isolatedWorlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    const aux = created.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && created.origin.startsWith('chrome-extension://')) {
      isolatedWorlds.set(created.id, `isolated world ${created.name}`);
    }
  });
  cdp.on('Runtime.executionContextsCleared', () => isolatedWorlds.clear());
  await cdp.send('Runtime.enable');

  const linkedin = new LinkedInPage(page);
  await linkedin.open();
  await linkedin.openSidebar();

  const firstArticle = linkedin.sidebar.getByRole('article').first();
  await expect(firstArticle).toBeVisible();
  await expect(linkedin.sidebar.getByText(HOSTILE_TITLE, { exact: true })).toBeVisible();
  // Open the item as a person would (a no-op until the item detail exists).
  await firstArticle.click();

  // Control: the same kind of payload, put into the page on purpose, does run —
  // so by the time it has, a payload the sidebar turned into markup would have too.
  await page.evaluate(() => {
    const control = document.createElement('div');
    control.innerHTML = '<img src=x onerror="window.__control=1">';
    document.body.append(control);
  });
  await expect.poll(() => page.evaluate(() => (window as { __control?: number }).__control)).toBe(1);

  expect(isolatedWorlds.size, 'the extension’s isolated world was found').toBeGreaterThan(0);
  const worlds = await xssInEveryWorld(page, cdp, isolatedWorlds);
  for (const [world, type] of Object.entries(worlds)) expect(type, `window.__xss in ${world}`).toBe('undefined');

  // The app itself runs in the sidebar's extension-origin frame: nothing ran there either.
  const frame = await linkedin.sidebarFrameHandle();
  expect(await frame.evaluate(() => typeof (window as { __xss?: unknown }).__xss), 'window.__xss in the frame').toBe(
    'undefined',
  );
  const sidebarMarkup = await frame.evaluate(() => {
    const elements = [...document.querySelectorAll('#root *')];
    return {
      scripts: elements.filter((element) => ['SCRIPT', 'IFRAME'].includes(element.tagName)).length,
      inlineHandlers: elements.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => attribute.name.startsWith('on'))
          .map((attribute) => attribute.name),
      ),
      scriptUrls: elements
        .flatMap((element) => ['href', 'src'].map((name) => element.getAttribute(name) ?? ''))
        .filter((value) => /^\s*(javascript|data):/i.test(value)),
    };
  });
  expect(sidebarMarkup).toEqual({ scripts: 0, inlineHandlers: [], scriptUrls: [] });
});
