/**
 * The e2e harness: Debian's Chromium (CHROMIUM_PATH overrides) with a built
 * extension loaded — the e2e build (.output/chrome-mv3-e2e, `npm run
 * build:e2e`, with the test hooks of lib/host/e2e-build.ts) for the e2e tests,
 * the shipped build (.output/chrome-mv3) for the benchmarks and the demo —
 * and www.linkedin.com routed to the
 * committed fixture app in tests/fixtures/linkedin/, so the content scripts
 * match the real URL without any network. The 2026 variants (hashed-class
 * feed, Quill in a shadow root, Tiptap "ShareCompose" dialog) use the real
 * Tiptap, bundled once per run with esbuild.
 */
// The tests' own Node side words strings in any language (feeds parsed for seeding, their problems), as the worker does.
import '../../lib/i18n/all-catalogs';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { buildSync } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
/** What ships (`npm run build`): no test hooks. */
export const EXTENSION_PATH = join(root, '.output/chrome-mv3');
/** The same sources built with the test hooks (`npm run build:e2e`). */
export const E2E_EXTENSION_PATH = join(root, '.output/chrome-mv3-e2e');
const FIXTURE_DIR = join(root, 'tests/fixtures/linkedin');
const QUILL_DIR = join(root, 'node_modules/quill/dist');

/**
 * `standard`: the classic light-DOM Quill dialog; `changed-editor`: an editor
 * that ignores every insert; `renamed-composer`: a (hypothetical) dialog whose
 * hooks the built-in selectors no longer know, for the feed's selector hotfix;
 * `share-compose-trusted-only`: a "Start a post" that a script's click does not
 * open; the others are LinkedIn's 2026 composers
 * (tests/fixtures/linkedin/index-2026.html), `post-page` a company post's page
 * with a second post and a comment box under each, `-fr` with French labels.
 */
export type LinkedInVariant =
  | 'standard'
  | 'changed-editor'
  | 'renamed-composer'
  | 'shadow-quill'
  | 'shadow-quill-fr'
  | 'share-compose'
  | 'share-compose-fr'
  | 'share-compose-trusted-only'
  | 'post-page'
  | 'post-page-fr';

const is2026 = (variant: LinkedInVariant) => /^(?:shadow-quill|share-compose|post-page)/.test(variant);

let tiptapBundle: string | undefined;
/** The real Tiptap (tests/fixtures/linkedin/tiptap-entry.js and node_modules), as one script for the fixture page. */
function tiptapScript(): string {
  tiptapBundle ??= buildSync({
    entryPoints: [join(FIXTURE_DIR, 'tiptap-entry.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    absWorkingDir: root,
  }).outputFiles[0]!.text;
  return tiptapBundle;
}

const FIXTURE_ASSETS: Record<string, { file: string; type: string }> = {
  '/relais-fixture/quill.js': { file: join(QUILL_DIR, 'quill.js'), type: 'text/javascript' },
  '/relais-fixture/quill.core.css': { file: join(QUILL_DIR, 'quill.core.css'), type: 'text/css' },
  '/relais-fixture/linkedin-app.js': { file: join(FIXTURE_DIR, 'linkedin-app.js'), type: 'text/javascript' },
  '/relais-fixture/linkedin.css': { file: join(FIXTURE_DIR, 'linkedin.css'), type: 'text/css' },
  '/relais-fixture/linkedin-2026.js': { file: join(FIXTURE_DIR, 'linkedin-2026.js'), type: 'text/javascript' },
  '/relais-fixture/linkedin-2026.css': { file: join(FIXTURE_DIR, 'linkedin-2026.css'), type: 'text/css' },
  '/relais-fixture/linkedin-media.js': { file: join(FIXTURE_DIR, 'linkedin-media.js'), type: 'text/javascript' },
};

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

/**
 * Serves the fixture app at `origin`: LinkedIn's own by default. The cost
 * benchmark also serves it at look-alike origins that no content script
 * matches, to compare in the same browser.
 */
export async function routeLinkedIn(
  context: BrowserContext,
  variant: () => LinkedInVariant,
  origin: string = LINKEDIN_ORIGIN,
) {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/relais-fixture/tiptap.js') {
      await route.fulfill({ body: tiptapScript(), contentType: 'text/javascript' });
      return;
    }
    const asset = FIXTURE_ASSETS[url.pathname];
    if (asset) {
      await route.fulfill({ body: readFileSync(asset.file), contentType: asset.type });
      return;
    }
    if (route.request().resourceType() !== 'document') {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    const page = is2026(variant()) ? 'index-2026.html' : 'index.html';
    const html = readFileSync(join(FIXTURE_DIR, page), 'utf8').replace(
      '<html lang="en">',
      `<html lang="en" data-fixture-variant="${variant()}">`,
    );
    await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
  });
}

export interface LaunchOptions {
  headless?: boolean;
  executablePath?: string;
  channel?: string;
  /** More Chromium switches (the screenshots pass `--hide-scrollbars`). */
  args?: string[];
}

/** Relais's shipped build by default; the cost benchmark loads control extensions beside it. */
export async function launchWithExtension(
  options: LaunchOptions = {},
  extensionPaths: string | string[] = EXTENSION_PATH,
): Promise<BrowserContext> {
  const paths = [extensionPaths].flat().join(',');
  return launchChromium(options, [`--disable-extensions-except=${paths}`, `--load-extension=${paths}`]);
}

function launchChromium(options: LaunchOptions, extensionArgs: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: options.channel
      ? undefined
      : (options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    channel: options.channel,
    headless: options.headless ?? true,
    locale: 'en-US',
    args: [...extensionArgs, '--disable-gpu', '--disable-quic', ...(options.args ?? [])],
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Waits for the install-time work (the demo library's first sync) to end, so
 * that tests seeding the library do not race with it.
 */
export async function settleInstall(worker: Worker) {
  await worker.evaluate(async () => {
    const scope = globalThis as unknown as {
      relaisSync?: { settled(): Promise<void> };
      chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
    };
    for (let waited = 0; waited < 10_000; waited += 50) {
      if ((await scope.chrome.storage.local.get('libraryVersion')).libraryVersion !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!scope.relaisSync) throw new Error('no relaisSync hook: run the e2e build (npm run build:e2e)');
    await scope.relaisSync.settled();
  });
}
