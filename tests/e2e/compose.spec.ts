/**
 * "Make it yours" end to end: the flow in the item detail of the sidebar, from
 * a picked opener to the text in LinkedIn's composer, plus the confirmation and
 * the autosaved draft surviving a reload.
 */
import type { Worker } from '@playwright/test';
import type { FeedRecord } from '../../lib/db/records';
import type { LibraryItem } from '../../lib/feed/library-item';
import type { Charter } from '../../lib/feed/schema';
import { expect, test } from './fixtures';
import { LinkedInPage } from './pages/linkedin-page';

const FEED_URL = 'https://comms.acme.test/relais.json';
const TITLE = 'Acme opens its Lyon campus';
const COMPANY_TEXT =
  'Acme opens its new Lyon campus today: 400 engineering jobs by 2027, an artificial intelligence lab open to ' +
  'start-ups in the region and an energy-positive building. A major step in our growth in France.';
const PROMPT = 'What did this change for your clients?';

const CHARTER: Charter = {
  tone: { en: 'Warm and concrete. Speak from your own work.', fr: 'Chaleureux et concret.' },
  do: [{ en: 'Tell one story from your own work', fr: 'Racontez une histoire de votre travail' }],
  dont: [{ en: 'Announce figures before they are public', fr: 'Annoncer des chiffres non publics' }],
  brand_spellings: [{ correct: 'Acme Cloud', variants: ['AcmeCloud', 'acme-cloud'] }],
  disclosure: { text: '#TeamAcme' },
  confidential: [{ phrase: 'Project Hermes' }],
  min_own_words: 0.5,
};

function lyonItem(now: number): LibraryItem {
  return {
    key: `${FEED_URL}#lyon`,
    feedUrl: FEED_URL,
    id: 'lyon',
    title: TITLE,
    text: COMPANY_TEXT,
    url: 'https://acme.test/news/lyon',
    publishedAt: now - 3_600_000,
    tags: [],
    channel: 'company-news',
    category: 'product',
    angles: [
      'What the Lyon campus changes for our clients in the region',
      'Why I can’t wait to work with the new lab',
      'Four hundred more engineers: what it means for my team',
    ],
    prompts: [PROMPT, 'Who in your team made it happen?'],
    hashtags: ['AcmeLyon'],
    mentions: [],
    campaign: { start: now - 3_600_000, end: now + 5 * 86_400_000 },
    pinned: false,
    searchText: 'acme opens its lyon campus',
  };
}

/** Writes a feed with a charter and one item straight into the worker's IndexedDB (Dexie v1 = IDB v10), then tells the UI. */
async function seedLibrary(background: Worker) {
  const now = Date.now();
  const feed: FeedRecord = {
    url: FEED_URL,
    source: 'user',
    addedAt: now,
    snapshot: { title: 'Acme news', channels: [], charter: CHARTER, features: {}, plain: false },
    status: { itemCount: 1, skipped: [], lastSuccessAt: now },
  };
  await background.evaluate(
    async ({ feed, item }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('relais');
        request.onupgradeneeded = () => {
          // Same stores and indexes as RelaisDb version(1), in case the worker has not opened the database yet.
          const upgrade = request.result;
          upgrade.createObjectStore('feeds', { keyPath: 'url' }).createIndex('source', 'source');
          const items = upgrade.createObjectStore('items', { keyPath: 'key' });
          for (const index of ['feedUrl', 'publishedAt', 'channel', 'category', 'language', 'expiresAt'])
            items.createIndex(index, index);
          upgrade.createObjectStore('drafts', { keyPath: 'itemKey' }).createIndex('updatedAt', 'updatedAt');
          const shares = upgrade.createObjectStore('shares', { keyPath: 'id', autoIncrement: true });
          for (const index of ['itemKey', 'postedAt', 'feedUrl', 'category']) shares.createIndex(index, index);
          shares.createIndex('[category+postedAt]', ['category', 'postedAt']);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['feeds', 'items'], 'readwrite');
        // Like adding a first feed, which retires the demo library the extension installs.
        transaction.objectStore('feeds').clear();
        transaction.objectStore('items').clear();
        transaction.objectStore('feeds').put(feed);
        transaction.objectStore('items').put(item);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ libraryVersion: Date.now() });
    },
    { feed, item: lyonItem(now) },
  );
}

async function openItem(linkedin: LinkedInPage) {
  await linkedin.sidebar.getByRole('article', { name: TITLE }).click();
  const compose = linkedin.sidebar.getByRole('region', { name: 'Make it yours', exact: true });
  await compose.waitFor();
  return compose;
}

test.describe('Make it yours', () => {
  test('from an opener of one’s own to the text in LinkedIn’s composer, with live checks and fixes', async ({
    page,
    context,
    background,
    extensionErrors,
  }) => {
    await seedLibrary(background);
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    const compose = await openItem(linkedin);

    const angles = compose.getByRole('group', { name: 'Pick a direction' });
    await expect(angles.getByRole('radio')).toHaveCount(4);
    await expect(angles.getByRole('radio', { checked: true })).toHaveCount(1);
    await angles.getByRole('radio', { name: 'No direction: I know what to say' }).check();

    const draft = compose.getByLabel('Your post');
    const answer =
      'Our hospital clients in Grenoble waited years for a team this close. AcmeCloud finally runs next door.';
    await compose.getByLabel(PROMPT).fill(answer);
    // The link waits for a first comment by default: the opening is the employee's words, then the hashtags.
    const placement = compose.getByRole('group', { name: 'Where the link goes' });
    await expect(placement.getByRole('radio', { name: 'In a first comment (recommended)' })).toBeChecked();
    await expect(draft).toHaveValue(`${answer}\n\n#AcmeLyon`);

    const meter = compose.getByRole('meter', { name: 'Own words' });
    await expect(meter).toHaveAttribute('aria-valuetext', /^\d+\s?% in your own words$/);
    expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(50);
    await expect(
      compose.getByText('Share of your draft that is not copied from the company text or the suggested angles.', {
        exact: false,
      }),
    ).toBeVisible();

    await compose.getByText('Our charter').click();
    await expect(compose.getByText('Warm and concrete. Speak from your own work.')).toBeVisible();

    await expect(compose.getByText('Write “Acme Cloud”, not “AcmeCloud”.')).toBeVisible();
    await compose.getByRole('button', { name: 'Write “Acme Cloud”' }).click();
    await expect(draft).toHaveValue(/Acme Cloud finally runs next door\./);
    await expect(draft).not.toHaveValue(/AcmeCloud/);
    await expect(compose.getByRole('button', { name: 'Rebuild from my answers' })).toBeVisible();

    await compose.getByRole('button', { name: 'Add “#TeamAcme”' }).click();
    await expect(draft).toHaveValue(/\n\n#TeamAcme$/);
    await expect(compose.getByRole('heading', { name: /To fix/ })).toHaveCount(0);

    const suggestion = compose.getByText(/^Suggested: /);
    await expect(suggestion).toBeVisible();
    // "Thursday, December 3 at 5:31 PM": a time without a leading zero, within the next working days.
    await expect(suggestion).toHaveText(/^Suggested: \w+day, \w+ \d{1,2}(, \d{4})? at [1-9]\d?:\d\d\s?[AP]M$/);
    const firstMoment = await suggestion.innerText();
    await compose.getByRole('button', { name: 'Another moment' }).click();
    await expect(suggestion).not.toHaveText(firstMoment);
    await expect(compose.getByRole('button', { name: 'Add to my calendar' })).toBeVisible();

    await expect(compose.getByRole('button', { name: 'Desktop' })).toHaveAttribute('aria-pressed', 'true');
    const post = compose.locator('.relais-post');
    const box = () =>
      post.evaluate((element) => {
        const style = getComputedStyle(element);
        // Rounded: under the fitting zoom the width reads back as 522.992px.
        return {
          width: `${Math.round(parseFloat(style.width))}px`,
          fontSize: style.fontSize,
          lineHeight: style.lineHeight,
        };
      });
    expect(await box()).toEqual({ width: '523px', fontSize: '14px', lineHeight: '20px' });
    // Scaled to the sidebar, the whole box shows: its right edge, border included, inside the frame.
    const fits = () =>
      post.evaluate(
        (element) =>
          element.getBoundingClientRect().right <= element.parentElement!.getBoundingClientRect().right + 0.5,
      );
    expect(await fits()).toBe(true);
    await compose.getByRole('button', { name: 'Mobile' }).click();
    expect((await box()).width).toBe('343px');
    expect(await fits()).toBe(true);
    await expect(compose.getByText('…see more')).toBeVisible();

    const text = await draft.inputValue();
    expect(text).not.toContain('acme.test');
    await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
    await expect.poll(() => linkedin.editorText()).toBe(`${text}\n`);

    const firstComment = linkedin.sidebar.getByRole('region', {
      name: 'Once posted, add the link as your first comment',
    });
    await expect(firstComment.getByLabel('The link')).toHaveValue('https://acme.test/news/lyon');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.linkedin.com' });
    await firstComment.getByRole('button', { name: 'Copy the link' }).click();
    await expect(firstComment.getByText('Link copied: paste it as your first comment.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://acme.test/news/lyon');
    expect(extensionErrors).toEqual([]);
  });

  test('an angle guides the first question and goes into the draft only when inserted as a starter', async ({
    page,
    background,
  }) => {
    await seedLibrary(background);
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    const compose = await openItem(linkedin);
    const draft = compose.getByLabel('Your post');
    await expect(draft).toHaveValue('#AcmeLyon');

    const angle = 'Four hundred more engineers: what it means for my team';
    await compose.getByRole('radio', { name: angle }).check();
    const first = compose.getByLabel(`“${angle}”: what is your own story?`);
    await expect(first).toHaveAttribute('placeholder', /^Start with /);
    await first.fill('Two of them will join my team in Grenoble.');
    await expect(draft).toHaveValue('Two of them will join my team in Grenoble.\n\n#AcmeLyon');
    await compose.getByRole('radio', { name: 'In my post, after my words' }).check();
    await expect(draft).toHaveValue(
      'Two of them will join my team in Grenoble.\n\nhttps://acme.test/news/lyon\n\n#AcmeLyon',
    );
    await expect(draft).not.toHaveValue(new RegExp(angle));

    await compose.getByRole('button', { name: 'Insert as a sentence starter' }).click();
    await expect(first).toBeFocused();
    await expect(draft).toHaveValue(new RegExp(`^${angle}: Two of them will join my team`));
  });

  test('asks before inserting a draft with nothing of one’s own', async ({ page, background }) => {
    await seedLibrary(background);
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    const compose = await openItem(linkedin);
    await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
    const confirm = compose.getByRole('group', { name: /Before you insert/ });
    await expect(confirm).toContainText('Your post has none of your own words yet');
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    expect((await linkedin.editorText()) ?? '').not.toContain('acme.test');
  });

  test('asks before inserting a mostly copied draft, and keeps the draft across a reload', async ({
    page,
    background,
  }) => {
    await seedLibrary(background);
    const linkedin = new LinkedInPage(page);
    await linkedin.open();
    await linkedin.openSidebar();
    let compose = await openItem(linkedin);

    const pasted = `Great news!\n\n${COMPANY_TEXT}\n\n#TeamAcme #AcmeLyon`;
    await compose.getByLabel('Your post').fill(pasted);
    await compose.getByRole('button', { name: 'Draft on LinkedIn' }).click();
    const confirm = compose.getByRole('group', { name: /Before you insert/ });
    await expect(confirm).toContainText(
      /Only \d+\s?% of this draft is in your own words; your company asks for at least 50\s?%\. Insert anyway\?/,
    );
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(compose.getByLabel('Your post')).toBeFocused();
    expect((await linkedin.editorText()) ?? '').not.toContain('Great news!');

    await expect(compose.getByText('Draft saved on this computer.')).toBeVisible();
    await page.reload();
    await linkedin.sidebar.waitFor();
    compose = await openItem(linkedin);
    await expect(compose.getByLabel('Your post')).toHaveValue(pasted);
    await expect(compose.getByRole('button', { name: 'Rebuild from my answers' })).toBeVisible();
  });
});
