/**
 * Results without surveillance, employee side: My shares prepares a monthly
 * summary only when asked, shows it whole (counts, no titles, texts or
 * LinkedIn addresses), the employee downloads it, and the comms team's Studio
 * reads that very file.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_FORMAT_ID, HISTORY_FORMAT_VERSION, type ExportedShare } from '../../lib/history/export-format';
import { shareSummarySchema } from '../../lib/summary/schema';
import { expect, test } from './fixtures';
import { extensionUrl } from './pages/extension-pages';

const FEED_URL = 'https://comms.acme.test/relais/feed.json';
const SECRET_TEXT = 'My own words about the Lyon depot, which must never leave this computer';
const POST_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000000/';

function historyFile(now: number): string {
  const share = (itemId: string, ownWords: number, hoursAgo: number): ExportedShare => ({
    itemKey: `${FEED_URL}#${itemId}`,
    itemId,
    feedUrl: FEED_URL,
    title: `Title of ${itemId}`,
    channel: 'corporate',
    category: itemId === 'jobs' ? 'culture' : 'product',
    postedAt: now - hoursAgo * 3_600_000,
    ownWords,
    findings: [],
    text: `${SECRET_TEXT} ${POST_URL}`,
    via: 'manual',
    kind: 'post',
    withImage: false,
  });
  // Within the last hours: still this month, whatever the day the test runs (unless it runs at midnight on the 1st).
  const shares = [share('solar', 0.4, 1), share('solar', 0.8, 2), share('jobs', 0.6, 3)];
  return JSON.stringify({
    format: HISTORY_FORMAT_ID,
    version: HISTORY_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    shares,
    drafts: [],
  });
}

test('an employee prepares, reviews and downloads a monthly summary; the Studio reads it', async ({
  page,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const now = Date.now();
  test.skip(new Date(now).getDate() === 1 && new Date(now).getHours() < 4, 'the shares would fall in last month');
  await page.goto(extensionUrl(extensionId, 'insights.html'));
  await page.getByRole('heading', { level: 1, name: 'My shares' }).waitFor();
  await page.getByLabel('Import a JSON export').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(historyFile(now)),
  });
  const section = page.getByRole('region', { name: 'A monthly summary for your comms team' });
  await expect(section).toBeVisible();
  // Opt-in: nothing is prepared before the employee asks.
  await expect(section.getByTestId('summary-text')).toHaveCount(0);
  await section.getByRole('button', { name: 'Prepare the summary' }).click();

  const shown = section.getByTestId('summary-text');
  await expect(shown).toContainText('"shares": 3');
  const text = (await shown.textContent()) ?? '';
  expect(text).not.toContain(SECRET_TEXT);
  expect(text).not.toContain('linkedin.com');
  expect(text).not.toContain('Title of');

  const downloading = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Download the summary' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^relais-summary-\d{4}-\d{2}\.json$/);
  const file = join(tmpdir(), `relais-summary-${now}.json`);
  await download.saveAs(file);
  const saved = readFileSync(file, 'utf8');
  // What left is exactly what was shown.
  expect(saved.trim()).toBe(text.trim());
  const summary = shareSummarySchema.parse(JSON.parse(saved));
  expect(summary.items).toEqual([
    { id: 'solar', channel: 'corporate', category: 'product', shares: 2, own_words_median: 0.6 },
    { id: 'jobs', channel: 'corporate', category: 'culture', shares: 1, own_words_median: 0.6 },
  ]);

  await page.goto(extensionUrl(extensionId, 'studio.html'));
  await page.getByRole('tab', { name: 'Results' }).click();
  await page.getByLabel('Choose summary files').setInputFiles(file);
  await expect(page.getByTestId('results-totals')).toContainText('1 summary, 3 shares');
});
