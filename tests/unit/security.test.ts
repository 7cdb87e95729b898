/**
 * Security promises of docs/security.md that can be checked without a browser:
 * the feed schema refuses dangerous URLs, the sources never turn strings into
 * markup or code, nothing listens to window messages, and every entrypoint
 * that loads full zod keeps it from trying eval.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '@/lib/security/zod-strict-csp';
import { parseFeedJson } from '@/lib/feed/parse';
import { feedEnvelopeSchema, feedItemSchema } from '@/lib/feed/schema';

const root = resolve(__dirname, '../..');
const SCANNED_FOLDERS = ['components', 'entrypoints', 'lib'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Test files build hostile markup on purpose; they never ship. */
const shippedSources = () => SCANNED_FOLDERS.flatMap(sourceFiles).filter((file) => !/\.test\.tsx?$/.test(file));

const UNSAFE_PATTERNS: Array<{ name: string; pattern: RegExp }> = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML/outerHTML assignment', pattern: /\.(inner|outer)HTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\.write(ln)?\s*\(/ },
  { name: 'eval(', pattern: /(^|[^.\w$])eval\s*\(/ },
  { name: 'new Function(', pattern: /new\s+Function\s*\(/ },
  { name: 'string timer', pattern: /set(Timeout|Interval)\(\s*['"`]/ },
  { name: 'window message listener', pattern: /addEventListener\(\s*(window\s*,\s*)?['"]message['"]/ },
  { name: 'onmessage handler', pattern: /\bonmessage\s*=/ },
];

/**
 * Legitimate uses, each with its reason: `{ file, pattern name, reason }`.
 * There are none; add one only with a reason a reviewer would accept.
 */
const ALLOWED: Array<{ file: string; name: string; reason: string }> = [];

function findUnsafe(file: string, source: string): string[] {
  return source.split('\n').flatMap((line, index) =>
    UNSAFE_PATTERNS.filter(({ pattern }) => pattern.test(line))
      .filter(({ name }) => !ALLOWED.some((allowed) => allowed.file === file && allowed.name === name))
      .map(({ name }) => `${file}:${index + 1}: ${name}: ${line.trim()}`),
  );
}

describe('the sources never turn strings into markup or code', () => {
  it('finds each unsafe pattern (the scanner itself works)', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'node.innerHTML = text;',
      'node.outerHTML += text;',
      "el.insertAdjacentHTML('beforeend', s)",
      'document.write(s)',
      'eval(code)',
      'const f = new Function("return 1")',
      "setTimeout('run()', 10)",
      "window.addEventListener('message', onMessage)",
      "ctx.addEventListener(window, 'message', onMessage)",
      'self.onmessage = handle',
    ];
    for (const sample of samples) expect(findUnsafe('sample.ts', sample), sample).toHaveLength(1);
    expect(findUnsafe('sample.ts', 'if (node.innerHTML === "") retrieval(x); z.eval; medieval (x)')).toEqual([]);
  });

  it('has no innerHTML, eval, Function constructor or window message listener in components/, entrypoints/, lib/', () => {
    const files = shippedSources();
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((file) => findUnsafe(file, readFileSync(join(root, file), 'utf8')));
    expect(findings).toEqual([]);
  });
});

describe('the feed schema refuses dangerous links and images', () => {
  const item = (fields: Record<string, unknown>) => ({ id: 'x', content_text: 'Hello', ...fields });

  it.each([
    ['url', 'javascript:alert(1)'],
    ['url', 'JavaScript:alert(1)'],
    ['url', ' javascript:alert(1)'],
    ['url', 'data:text/html,<script>alert(1)</script>'],
    ['url', 'vbscript:msgbox(1)'],
    ['url', '//evil.example/path'],
    ['external_url', 'javascript:alert(1)'],
    ['external_url', 'data:text/html;base64,PHNjcmlwdD4='],
    ['image', 'http://cdn.example.com/a.png'],
    ['image', 'data:image/svg+xml,<svg onload="alert(1)"/>'],
    ['image', 'javascript:alert(1)'],
    ['banner_image', 'http://cdn.example.com/a.png'],
  ])('refuses %s %s', (field, value) => {
    const result = feedItemSchema.safeParse(item({ [field]: value }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('accepts https links and images, and http links', () => {
    expect(
      feedItemSchema.safeParse(
        item({
          url: 'http://intranet.example.com/a',
          image: 'https://cdn.example.com/a.png',
          external_url: 'https://x.example/',
        }),
      ).success,
    ).toBe(true);
  });

  it('refuses a script URL as the feed’s home page or icon', () => {
    const envelope = { version: 'https://jsonfeed.org/version/1.1', title: 'Acme', items: [] };
    expect(feedEnvelopeSchema.safeParse({ ...envelope, home_page_url: 'javascript:alert(1)' }).success).toBe(false);
    expect(feedEnvelopeSchema.safeParse({ ...envelope, icon: 'http://cdn.example.com/icon.png' }).success).toBe(false);
  });

  it('skips only the hostile item, naming its path, and keeps the feed', () => {
    const result = parseFeedJson({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Acme',
      items: [item({ id: 'good' }), item({ id: 'bad', image: 'data:image/png;base64,AAAA' })],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.items.map((kept) => kept.id)).toEqual(['good']);
    expect(result.skipped).toEqual([expect.objectContaining({ itemId: 'bad', path: 'items[1].image' })]);
  });

  it('keeps markup in text fields as text, for the UI to show literally', () => {
    const title = '<img src=x onerror="alert(1)">';
    const result = feedItemSchema.safeParse(item({ title }));
    expect(result.success && result.data.title).toBe(title);
  });
});

describe('zod never tries eval in the extension', () => {
  it('runs jitless', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is configured first in every entrypoint that loads full zod', () => {
    // The LinkedIn scripts (the always-on launcher, the composer bridge) use zod/mini or no zod, which compiles
    // nothing; the sidebar's box uses no zod at all (its app runs in entrypoints/sidebar-frame, checked here).
    const entries = sourceFiles('entrypoints').filter(
      (file) =>
        /(^|\/)(index|main)\.tsx?$|^entrypoints\/[^/]+\.tsx?$/.test(file) &&
        !/(linkedin|composer|sidebar)\.content|entrypoints\/linkedin-launcher\//.test(file),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const file of entries) {
      const firstImport = readFileSync(join(root, file), 'utf8').match(/^import .*$/m)?.[0];
      expect(firstImport, `${file} must start with import '@/lib/security/zod-strict-csp'`).toBe(
        "import '@/lib/security/zod-strict-csp';",
      );
    }
  });
});
