/**
 * Relais Studio end to end: a comms person builds a three-item feed with a
 * charter from nothing, exports it, the command-line validator accepts the
 * file, and an employee who adds it (served from this machine) sees the items
 * and gets the charter's checks on their draft. Then the Results tab reads
 * three employees' summaries (one dropped twice), and axe checks every tab.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { patchSettings } from './library-seed';
import { buildSummary, monthPeriod, summaryText, type SummarySource } from '../../lib/summary/build';
import { expect, test } from './fixtures';
import { extensionUrl, OptionsPage } from './pages/extension-pages';
import { LinkedInPage } from './pages/linkedin-page';

const ITEMS = [
  {
    title: 'Our solar farm in Provence opens',
    message: 'The Provence solar farm now powers 12,000 homes.',
    category: 'product',
    angle: 'What I learned building it',
    prompt: 'What was your part in the project?',
  },
  {
    title: 'We are hiring engineers in Lyon',
    message: 'Forty engineering jobs open in Lyon this spring.',
    category: 'culture',
    angle: 'Why I like working here',
    prompt: 'What would you tell a friend applying?',
  },
  {
    title: 'Heat pumps: what the 2027 rules change',
    message: 'New rules on heat pumps apply from March 2027.',
    category: 'industry',
    angle: 'What it means for our customers',
    prompt: 'Which customer question do you hear most?',
  },
];

async function openStudio(page: Page, extensionId: string) {
  await page.goto(extensionUrl(extensionId, 'studio.html'));
  await page.getByRole('heading', { level: 1, name: 'Relais Studio' }).waitFor();
}

/** The feed file, served from 127.0.0.1 as a comms team's static host would (with CORS for policy feeds). */
async function serveFile(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url !== '/relais-feed.json') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/feed+json', 'access-control-allow-origin': '*' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/relais-feed.json`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Headless Chromium's permission prompt cannot be answered: the page's request is answered "yes" instead. */
async function allowPermissionPrompts(page: Page) {
  await page.addInitScript(() => {
    const chrome = (globalThis as unknown as { chrome?: { permissions?: { request: unknown } } }).chrome;
    if (chrome?.permissions) chrome.permissions.request = () => Promise.resolve(true);
  });
}

test('a comms person builds a 3-item feed with a charter; it validates, and an employee gets its items and charter', async ({
  context,
  page,
  extensionId,
}) => {
  // Many steps across four pages and a CLI run on two shared cores: a budget, not a timing assertion.
  test.setTimeout(180_000);
  await openStudio(page, extensionId);
  await page.getByRole('button', { name: 'Create an empty feed' }).click();

  await page.getByRole('tab', { name: 'Feed settings' }).click();
  await page.getByLabel('Feed title').fill('Acme news to share');
  await page.getByLabel('Organisation, as employees know it').fill('Acme');
  await page.getByRole('button', { name: 'Add a channel' }).click();
  const channel = page.getByRole('group', { name: 'Channel 1' });
  await channel.getByLabel('Id').fill('corporate');
  await channel.getByLabel('Name — French').fill('Institutionnel');
  await channel.getByLabel('Name — English').fill('Corporate');
  const banned = page.getByRole('group', { name: 'Banned words and phrases', exact: true });
  await banned.getByRole('button', { name: 'Add one' }).click();
  await banned.getByLabel('Phrase', { exact: true }).fill('guaranteed returns');
  await page.getByLabel('Disclosure to add when missing').fill('#TeamAcme');
  await page.getByLabel('Minimum own words (%)').fill('40');
  const mix = page.getByRole('group', { name: 'Editorial mix target' });
  for (const [category, share] of [
    ['product', '50'],
    ['culture', '30'],
    ['industry', '20'],
  ] as const) {
    await mix.getByRole('button', { name: 'Add a category' }).click();
    await mix.getByLabel('Category', { exact: true }).last().fill(category);
    await mix.getByLabel('Share (%)', { exact: true }).last().fill(share);
  }
  await expect(page.getByRole('status').filter({ hasText: 'Total: 100 %' })).toHaveText('Total: 100 %. Good.');

  await page.getByRole('tab', { name: 'Items' }).click();
  for (const item of ITEMS) {
    await page.getByRole('button', { name: 'Add an item' }).click();
    const editor = page.getByRole('region', { name: /^Editing/ });
    await editor.getByLabel('Title', { exact: true }).fill(item.title);
    await editor.getByLabel('Message', { exact: true }).fill(item.message);
    await editor.getByLabel('Category').fill(item.category);
    await editor.getByLabel('Angles (one per line)').fill(item.angle);
    await editor.getByLabel('Personal questions (one per line)').fill(item.prompt);
  }
  await expect(page.getByText('3 items', { exact: true })).toBeVisible();
  await expect(page.getByTestId('problem-count')).toHaveText('No issues found');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the feed' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('relais-feed.json');
  const file = join(tmpdir(), `relais-studio-${Date.now()}.json`);
  await download.saveAs(file);

  const validation = spawnSync('npm', ['run', '--silent', 'feed:validate', '--', file], { encoding: 'utf8' });
  expect(validation.status, validation.stdout + validation.stderr).toBe(0);

  const server = await serveFile(readFileSync(file, 'utf8'));
  try {
    const options = await context.newPage();
    await allowPermissionPrompts(options);
    await options.goto(extensionUrl(extensionId, 'options.html'));
    const optionsPage = new OptionsPage(options, extensionId);
    const feeds = optionsPage.feeds;
    await optionsPage.addFeed(server.url);
    await expect(feeds.getByRole('status')).toHaveText('“Acme news to share” was added: 3 items.');

    const linkedin = new LinkedInPage(await context.newPage());
    await linkedin.open();
    await linkedin.openSidebar();
    for (const item of ITEMS) await expect(linkedin.sidebar.getByRole('heading', { name: item.title })).toBeVisible();
    await linkedin.sidebar.getByRole('article', { name: ITEMS[0]!.title }).click();
    const compose = linkedin.sidebar.getByRole('region', { name: 'Make it yours', exact: true });
    await expect(compose.getByLabel(ITEMS[0]!.prompt)).toBeVisible();
    await compose.getByLabel('Your post').fill('Invest with us: guaranteed returns for everyone!');
    await expect(compose).toContainText('“guaranteed returns” is on your company’s list of phrases to avoid.');
  } finally {
    await server.close();
  }
});

test('the Studio keeps unknown keys, warns at the field, and undoes', async ({ page, extensionId }) => {
  test.setTimeout(120_000);
  await openStudio(page, extensionId);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'With extensions',
    _other_tool: { keep: true },
    items: [{ id: 'a', content_text: 'Hello', _relais: { expires_at: 'soon', future_key: 1 } }],
  };
  await page.getByLabel('Feed file (JSON)').setInputFiles({
    name: 'feed.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(feed)),
  });
  await expect(page.getByRole('tab', { name: 'Items' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('problem-count')).toHaveText('1 problem');
  const hidden = page.getByLabel('Hidden from');
  await expect(hidden).toHaveAttribute('aria-invalid', 'true');
  await expect(hidden).toHaveAccessibleDescription(/Not a date-time with seconds and a time zone/);
  await hidden.fill('2027-03-01T09:00:00');
  await expect(page.getByTestId('problem-count')).toHaveText('1 warning');

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('0 items', { exact: true })).toBeVisible();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('1 item', { exact: true })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the feed' }).click();
  const file = join(tmpdir(), `relais-studio-unknown-${Date.now()}.json`);
  await (await downloading).saveAs(file);
  // A warning (the unknown key) skips nothing, so the export does not warn.
  await expect(page.getByRole('status').filter({ hasText: 'downloads' })).toHaveText(
    'relais-feed.json is in your downloads.',
  );
  const copied = JSON.parse(readFileSync(file, 'utf8'));
  expect(copied._other_tool).toEqual({ keep: true });
  expect(copied.items[0]._relais.future_key).toBe(1);
  expect(Date.parse(copied.items[0]._relais.expires_at)).toBe(new Date(2027, 2, 1, 9).getTime());

  // Autosaved in the Studio's own database: a reload brings the work back.
  await expect(page.getByText('Saved on this computer')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Items' }).click();
  await expect(page.getByText('1 item', { exact: true })).toBeVisible();
});

const FEED_URL = 'https://comms.acme.test/relais-feed.json';
const march = monthPeriod(Date.parse('2027-03-15T12:00:00Z'), 'UTC');
const share = (itemId: string, ownWords: number, day: number, channel = 'corporate'): SummarySource => ({
  itemId,
  feedUrl: FEED_URL,
  channel,
  category: channel === 'careers' ? 'culture' : 'product',
  postedAt: Date.UTC(2027, 2, day, 10),
  ownWords,
});
const summaryFile = (name: string, shares: SummarySource[], token: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(summaryText(buildSummary(shares, { month: march, feedUrl: FEED_URL, token }))),
});

test('Results: three summaries give the right totals, a duplicate counts once, a stranger file is refused', async ({
  page,
  extensionId,
}) => {
  await openStudio(page, extensionId);
  await page.getByRole('tab', { name: 'Results' }).click();
  const first = summaryFile('jane.json', [share('solar', 0.5, 2), share('solar', 0.7, 9)], 'token-aaaaaaaaaaaaaaaa');
  await page
    .getByLabel('Choose summary files')
    .setInputFiles([
      first,
      summaryFile('sam.json', [share('solar', 0.9, 3), share('jobs', 0.6, 4, 'careers')], 'token-bbbbbbbbbbbbbbbb'),
      summaryFile('lee.json', [share('jobs', 0.2, 5, 'careers')], 'token-cccccccccccccccc'),
      { ...first, name: 'jane-again.json' },
    ]);
  await expect(page.getByRole('status').filter({ hasText: 'added' })).toHaveText('3 summaries added.');
  await expect(page.getByText('“jane-again.json” was already counted: counted once.')).toBeVisible();
  await expect(page.getByTestId('results-totals')).toHaveText(
    '3 summaries, 5 shares (2027-03) · Median own words: 60%',
  );

  const byItem = page.getByRole('region', { name: 'Shares per item' });
  await byItem.getByRole('button', { name: 'Table view' }).click();
  await expect(byItem.getByRole('row', { name: /solar/ })).toHaveText(/solar\s*3\s*75%/);
  await expect(byItem.getByRole('row', { name: /jobs/ })).toHaveText(/jobs\s*2\s*40%/);
  const byChannel = page.getByRole('region', { name: 'Shares per channel' });
  await byChannel.getByRole('button', { name: 'Table view' }).click();
  await expect(byChannel.getByRole('row', { name: /careers/ })).toHaveText(/careers\s*2/);

  // Dropped onto the zone, as from the file manager: a file that is not a summary is named and refused.
  await page.getByTestId('results-drop').evaluate((zone) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"version":"https://jsonfeed.org/version/1.1"}'], 'feed.json'));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toHaveText('“feed.json” is not a Relais summary: refused.');
  await expect(page.getByTestId('results-totals')).toContainText('3 summaries, 5 shares');
});

test('the Studio has no axe violations on any tab', async ({ page, extensionId }) => {
  // axe walks the whole editor and preview on each tab: slow on these two shared cores, not a timing assertion.
  test.setTimeout(180_000);
  await openStudio(page, extensionId);
  const check = async () => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await check();
  await page.getByRole('button', { name: 'Create an empty feed' }).click();
  await page.getByRole('button', { name: 'Add an item' }).click();
  await check();
  await page.getByRole('region', { name: 'Preview as employees see it' }).getByRole('article').click();
  await expect(page.getByRole('region', { name: 'Make it yours', exact: true })).toBeVisible();
  await check();
  await page.getByRole('tab', { name: 'Feed settings' }).click();
  await page.getByRole('button', { name: 'Add a channel' }).click();
  await check();
  await page.getByRole('tab', { name: 'Results' }).click();
  await check();
  // Dark, with theme.css's colours: the status chip, the file pickers and the first tab.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await check();
  await page.getByRole('tab', { name: 'Start' }).click();
  await check();
});

test('a newsroom JSON Feed gives editable items: pick the stories, bring them in, edit them', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(120_000);
  await openStudio(page, extensionId);
  await page.getByRole('button', { name: 'Create an empty feed' }).click();
  await page.getByRole('tab', { name: 'Start' }).click();
  // The file picker: reached with Tab (its focus drawn on the button the eye sees), then named after its file.
  const newsroomFile = page.getByLabel('Newsroom feed file');
  await expect(newsroomFile).toHaveAccessibleDescription('No file chosen');
  await page.getByLabel('Or its address').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(newsroomFile).toBeFocused();
  await expect(page.locator('label.relais-filepicker__button').nth(1)).toHaveCSS('outline-style', 'solid');
  await newsroomFile.setInputFiles(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/feeds/plain.json'));
  await expect(newsroomFile).toHaveAccessibleDescription('plain.json');
  const pick = page.getByRole('group', { name: 'Stories to bring in' });
  await expect(pick.getByRole('checkbox')).toHaveCount(2);
  await pick.getByRole('checkbox', { name: 'Wind output hit a record.' }).uncheck();
  await pick.getByRole('button', { name: 'Bring in 1 story' }).click();

  await expect(page.getByRole('tab', { name: 'Items' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('1 item', { exact: true })).toBeVisible();
  const editor = page.getByRole('region', { name: /^Editing/ });
  // The newsroom's HTML arrives as plain text, ready to be made into a Relais item.
  await expect(editor.getByLabel('Message', { exact: true })).toHaveValue('Solar prices fell again.');
  await editor.getByLabel('Title', { exact: true }).fill('Solar keeps getting cheaper');
  await editor.getByLabel('Angles (one per line)').fill('What it changes for our customers');
  // The list's row and the preview's library card both follow the edit.
  await expect(page.getByRole('button', { name: /Solar keeps getting cheaper/ })).toHaveCount(2);
  await expect(
    page
      .getByRole('region', { name: 'Preview as employees see it' })
      .getByRole('article', { name: 'Solar keeps getting cheaper' }),
  ).toBeVisible();
  await expect(page.getByTestId('problem-count')).toHaveText('No issues found');
});

test('an RSS newsroom gives editable items, its HTML and entities read as text', async ({ page, extensionId }) => {
  test.setTimeout(120_000);
  await openStudio(page, extensionId);
  await page.getByRole('button', { name: 'Create an empty feed' }).click();
  await page.getByRole('tab', { name: 'Start' }).click();
  await page
    .getByLabel('Newsroom feed file')
    .setInputFiles(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/feeds/newsroom.rss'));
  const pick = page.getByRole('group', { name: 'Stories to bring in' });
  await expect(pick.getByRole('checkbox')).toHaveCount(2);
  await pick.getByRole('checkbox', { name: 'Don’t miss our open day' }).uncheck();
  await pick.getByRole('button', { name: 'Bring in 1 story' }).click();

  await expect(page.getByRole('tab', { name: 'Items' })).toHaveAttribute('aria-selected', 'true');
  const editor = page.getByRole('region', { name: /^Editing/ });
  await expect(editor.getByLabel('Title', { exact: true })).toHaveValue('Heat pumps made in Lille & Roubaix');
  const message = await editor.getByLabel('Message', { exact: true }).inputValue();
  expect(message).toContain('Our new factory opens');
  expect(message).not.toMatch(/<[a-z]|&amp;|&#/);
  await expect(page.getByTestId('problem-count')).toHaveText('No issues found');
});

const NARROW = {
  en: {
    tabs: ['Start', 'Items', 'Feed settings', 'Results'],
    create: 'Create an empty feed',
    add: 'Add an item',
    download: 'Download the feed',
    why: 'Create or open a feed first.',
    undo: 'Undo',
    redo: 'Redo',
    none: 'No file chosen',
  },
  fr: {
    tabs: ['Démarrer', 'Contenus', 'Réglages du flux', 'Résultats'],
    create: 'Créer un flux vide',
    add: 'Ajouter un contenu',
    download: 'Télécharger le flux',
    why: 'Créez ou ouvrez d’abord un flux.',
    undo: 'Annuler',
    redo: 'Rétablir',
    none: 'Aucun fichier choisi',
  },
} as const;

test('at the sidebar’s 400 px, in English and French, every tab fits the width and the export waits for a feed', async ({
  page,
  extensionId,
  background,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 400, height: 860 });
  const fitsTheWidth = async (where: string) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(400);
  for (const locale of ['fr', 'en'] as const) {
    const words = NARROW[locale];
    await patchSettings(background, { locale });
    // A fresh Studio: no saved work in its database.
    await openStudio(page, extensionId);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase('relais-studio');
          request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
        }),
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Relais Studio' }).waitFor();
    await expect(page.getByRole('tab', { name: words.tabs[0] })).toHaveAttribute('aria-selected', 'true');
    await fitsTheWidth(`${locale}, ${words.tabs[0]}, no feed yet`);

    // Nothing to export yet, and the disabled buttons say why.
    const download = page.getByRole('button', { name: words.download });
    await expect(download).toBeDisabled();
    await expect(download).toHaveAccessibleDescription(words.why);
    await expect(page.getByText(words.why)).toBeVisible();
    // The file pickers speak the page's language.
    await expect(page.getByText(words.none, { exact: true })).toHaveCount(2);
    // Undo and Redo stay on one line.
    const undo = await page.getByRole('button', { name: words.undo, exact: true }).boundingBox();
    const redo = await page.getByRole('button', { name: words.redo, exact: true }).boundingBox();
    expect(Math.round(undo!.y), `${locale}: Undo and Redo on one line`).toBe(Math.round(redo!.y));

    await page.getByRole('button', { name: words.create }).click();
    await page.getByRole('button', { name: words.add }).click();
    await expect(download).toBeEnabled();
    for (const tab of words.tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      await fitsTheWidth(`${locale}, ${tab}`);
    }
  }
});
