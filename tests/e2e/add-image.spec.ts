/**
 * "Add the image" (issue #13): after the draft went into LinkedIn's composer, the item's image reaches
 * LinkedIn's OWN media input as a File of the right name, type and size — in the classic dialog (light
 * DOM and #interop-outlet's shadow root) and the 2026 ShareCompose one (through its media editor), in
 * English and French — without the system file picker opening and without the LinkedIn page ever
 * requesting the image's address (the worker fetched it). When LinkedIn shows no file input, the sidebar
 * offers the image as a download with one line saying what to click.
 */
import { deflateSync, crc32 } from 'node:zlib';
import type { BrowserContext, Worker } from '@playwright/test';
import { expect, test, type LinkedInVariant } from './fixtures';
import { seedFeed, seedItem, seedLibrary } from './library-seed';
import { extensionUrl, OptionsPage, readStore } from './pages/extension-pages';
import { LinkedIn2026Page } from './pages/linkedin-2026-page';
import { LinkedInMedia } from './pages/linkedin-media';

const IMAGE_URL = 'https://comms.example.com/media/lyon-plant.png';

/** A real 3×2 PNG: the page must be able to show what it received. */
function png(width = 3, height = 2): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x7f);
  for (let row = 0; row < height; row += 1) rows[row * (width * 3 + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const IMAGE = png();

/**
 * The feed's origin serves the image; each request is kept with who made it. The feed origin's host
 * permission is granted when a feed is added, through a prompt nobody can answer in headless Chromium
 * (see sync.spec.ts): the worker is told it holds it, as it would after the employee said yes.
 */
async function serveImage(context: BrowserContext, background: Worker) {
  const requests: { url: string; fromWorker: boolean }[] = [];
  await context.route(`${new URL(IMAGE_URL).origin}/**`, (route) => {
    requests.push({ url: route.request().url(), fromWorker: route.request().serviceWorker() !== null });
    return route.fulfill({ body: IMAGE, contentType: 'image/png' });
  });
  await background.evaluate((origin) => {
    const scope = globalThis as unknown as Record<'chrome' | 'browser', { permissions?: { contains: unknown } }>;
    for (const api of [scope.chrome, scope.browser]) {
      if (api?.permissions) {
        api.permissions.contains = (asked: { origins?: string[] }) =>
          Promise.resolve((asked.origins ?? []).every((pattern) => pattern === `${origin}/*`));
      }
    }
  }, new URL(IMAGE_URL).origin);
  return requests;
}

const TEXT = {
  en: {
    compose: 'Make it yours',
    draft: 'Your post',
    insert: 'Draft on LinkedIn',
    add: 'Add the image',
    attached: 'The image is attached to your post.',
    inEditor: 'LinkedIn shows the image: click Next to go back to your post.',
    failed: 'Relais could not add the image to LinkedIn’s composer.',
    hint: 'Download it, then click Media (the picture icon) in LinkedIn’s composer and choose the file.',
    download: 'Download the image',
  },
  fr: {
    compose: 'À votre façon',
    draft: 'Votre texte',
    insert: 'Rédiger sur LinkedIn',
    add: 'Ajouter l’image',
    attached: 'L’image est jointe à votre post.',
    inEditor: 'LinkedIn affiche l’image\u00a0: cliquez sur Suivant pour revenir à votre post.',
    failed: 'Relais n’a pas pu ajouter l’image dans l’éditeur de LinkedIn.',
    hint: 'Téléchargez-la, puis cliquez sur Média (l’icône d’image) dans l’éditeur de LinkedIn et choisissez le fichier.',
    download: 'Télécharger l’image',
  },
};

const CASES: { variant: LinkedInVariant; where: 'composer' | 'media-editor' }[] = [
  { variant: 'standard', where: 'composer' },
  { variant: 'shadow-quill', where: 'composer' },
  { variant: 'share-compose', where: 'media-editor' },
  { variant: 'share-compose-fr', where: 'media-editor' },
];

for (const { variant, where } of CASES) {
  test.describe(`Add the image: ${variant}`, () => {
    test.use({ linkedInVariant: variant });
    test.describe.configure({ timeout: 90_000 });
    const french = variant.endsWith('-fr');
    const t = french ? TEXT.fr : TEXT.en;

    async function draftOnLinkedIn({
      context,
      page,
      background,
      extensionId,
    }: {
      context: BrowserContext;
      page: import('@playwright/test').Page;
      background: Worker;
      extensionId: string;
    }) {
      if (french) {
        const options = new OptionsPage(await context.newPage(), extensionId);
        await options.open();
        await options.chooseLanguage('Français');
        await options.page.close();
      }
      const imageRequests = await serveImage(context, background);
      const pageRequests: string[] = [];
      page.on('request', (request) => pageRequests.push(request.url()));
      await seedLibrary(background, {
        feeds: [seedFeed()],
        items: [
          seedItem({
            id: 'lyon',
            title: 'Our Lyon plant',
            content_text: 'Our Lyon plant runs on renewables.',
            image: IMAGE_URL,
          }),
        ],
      });
      const linkedin = new LinkedIn2026Page(page, variant);
      await linkedin.open();
      await linkedin.openSidebar();
      await linkedin.sidebar.getByRole('article', { name: 'Our Lyon plant' }).click();
      const compose = linkedin.sidebar.getByRole('region', { name: t.compose, exact: true });
      await compose.getByLabel(t.draft).fill('Proud of the Lyon team.');
      await compose.getByRole('button', { name: t.insert }).click();
      await expect.poll(() => linkedin.editorText()).toContain('Proud of the Lyon team.');
      return { linkedin, imageRequests, pageRequests };
    }

    test('the image lands in LinkedIn’s own media input as a File; the page never requests it', async ({
      context,
      page,
      background,
      extensionId,
      extensionErrors,
    }) => {
      const { linkedin, imageRequests, pageRequests } = await draftOnLinkedIn({
        context,
        page,
        background,
        extensionId,
      });
      const media = new LinkedInMedia(page);
      await linkedin.sidebar.getByRole('button', { name: t.add }).click();
      await expect(
        linkedin.sidebar.getByRole('status').filter({ hasText: where === 'composer' ? t.attached : t.inEditor }),
      ).toBeVisible();

      expect(await media.received()).toEqual([{ name: 'lyon-plant.png', type: 'image/png', size: IMAGE.length }]);
      // The classic dialog clicks its input to open the system picker: Relais cancelled that scripted click.
      // The 2026 media editor takes the file without a click.
      expect(await media.pickerClicks()).toEqual(where === 'composer' ? [{ trusted: false, cancelled: true }] : []);
      if (where === 'media-editor') {
        // The employee goes back to the post with LinkedIn's own "Next".
        await page.getByRole('button', { name: french ? 'Suivant' : 'Next', exact: true }).click();
      }
      await expect.poll(() => media.composerImages()).toEqual([3]);
      await expect(linkedin.postButton).toBeEnabled();
      // Relais never clicks Post (the classic fixture does not count clicks).
      if (variant !== 'standard') expect(await linkedin.postClicks()).toEqual([]);

      // Only the worker fetched the image; nothing in LinkedIn's page (nor the sidebar's frame) asked for it.
      expect(imageRequests.length).toBeGreaterThan(0);
      expect(imageRequests.every((request) => request.fromWorker)).toBe(true);
      expect(pageRequests.filter((url) => url.startsWith(new URL(IMAGE_URL).origin))).toEqual([]);

      await linkedin.sidebar.getByRole('button', { name: french ? 'Fermer Relais' : 'Close Relais' }).click();
      await linkedin.postButton.click();
      await expect.poll(async () => (await readStore(background, 'relais', 'shares')).length).toBe(1);
      expect(extensionErrors).toEqual([]);
    });

    test('without LinkedIn’s file input: the image to download, and what to click', async ({
      context,
      page,
      background,
      extensionId,
    }) => {
      const { linkedin } = await draftOnLinkedIn({ context, page, background, extensionId });
      const media = new LinkedInMedia(page);
      await media.removeInput();
      await linkedin.sidebar.getByRole('button', { name: t.add }).click();
      await expect(linkedin.sidebar.getByRole('status').filter({ hasText: t.failed })).toBeVisible();
      await expect(linkedin.sidebar.getByText(t.hint)).toBeVisible();
      expect(await media.received()).toEqual([]);

      const download = page.waitForEvent('download');
      await linkedin.sidebar.getByRole('link', { name: t.download }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('lyon-plant.png');
      const stream = await file.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(IMAGE)).toBe(true);
    });
  });
}

test.describe('Add the image from the side panel', () => {
  test.use({ linkedInVariant: 'shadow-quill' });
  test.describe.configure({ timeout: 90_000 });

  test('the side panel’s port loads the bridge and the File reaches LinkedIn’s input', async ({
    context,
    page,
    extensionId,
  }) => {
    const linkedin = new LinkedIn2026Page(page, 'shadow-quill');
    await linkedin.open();
    const panel = await context.newPage();
    await panel.goto(extensionUrl(extensionId, 'sidepanel.html'));
    await panel.getByRole('complementary', { name: /Relais/ }).waitFor();
    const image = { base64: IMAGE.toString('base64'), mimeType: 'image/png', name: 'lyon-plant.png' };
    const outcome = await panel.evaluate(async (attachment) => {
      const { composer } = (
        globalThis as unknown as {
          relaisSidePanel: {
            composer: {
              insert(text: string, options: object): Promise<unknown>;
              attachImage(image: object, options: object): Promise<unknown>;
            };
          };
        }
      ).relaisSidePanel;
      await composer.insert('Proud of the Lyon team.', { allowInsert: true });
      return composer.attachImage(attachment, {});
    }, image);
    expect(outcome).toEqual({ kind: 'attached', where: 'composer' });
    expect(await new LinkedInMedia(page).received()).toEqual([
      { name: 'lyon-plant.png', type: 'image/png', size: IMAGE.length },
    ]);
  });
});
