/**
 * Budgets on the built extension (`npm test` builds before Playwright runs):
 * the always-on script's size and the manifest's security promises
 * (docs/security.md). No browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  ALWAYS_ON_GZIP_BUDGET_BYTES,
  ALWAYS_ON_SCRIPT,
  alwaysOnScriptGzipSize,
  LINKEDIN_HOST_PERMISSION,
  WEB_ACCESSIBLE_SIDEBAR_FRAME,
} from '../budget/budgets';
import { E2E_HOOK_NAMES } from '../../lib/host/e2e-build';
import { E2E_EXTENSION_PATH, EXTENSION_PATH } from './harness';

interface Manifest {
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; use_dynamic_url?: boolean }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
}

/** Every script of a build, by path inside it, with its text. */
function scriptsOf(buildDir: string): Map<string, string> {
  const scripts = new Map<string, string>();
  for (const entry of readdirSync(buildDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      const file = join(entry.parentPath, entry.name);
      scripts.set(file.slice(buildDir.length + 1), readFileSync(file, 'utf8'));
    }
  }
  return scripts;
}

const hooksIn = (buildDir: string) =>
  [...scriptsOf(buildDir)].flatMap(([file, text]) =>
    E2E_HOOK_NAMES.filter((hook) => text.includes(hook)).map((hook) => `${hook} in ${file}`),
  );

const STORE_ICON_SIZES = ['16', '32', '48', '96', '128'];

const manifest = (): Manifest => JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as Manifest;

test.describe('budgets of the built extension', () => {
  test(`the always-on LinkedIn script stays within ${ALWAYS_ON_GZIP_BUDGET_BYTES / 1024} KiB gzipped`, () => {
    const bytes = alwaysOnScriptGzipSize(EXTENSION_PATH);
    expect(
      bytes,
      `${ALWAYS_ON_SCRIPT} is ${(bytes / 1024).toFixed(1)} KiB gzipped: keep React and full zod out of it`,
    ).toBeLessThanOrEqual(ALWAYS_ON_GZIP_BUDGET_BYTES);
  });

  test('ships no test hook; only the e2e build carries them', () => {
    expect(hooksIn(EXTENSION_PATH)).toEqual([]);
    // The same check finds every hook in the e2e build, so an empty answer above means something.
    expect(new Set(hooksIn(E2E_EXTENSION_PATH).map((found) => found.split(' ')[0]))).toEqual(new Set(E2E_HOOK_NAMES));
  });

  test('asks for LinkedIn only, never for every site', () => {
    const { host_permissions, permissions = [], content_scripts = [] } = manifest();
    expect(host_permissions).toEqual([LINKEDIN_HOST_PERMISSION]);
    expect(JSON.stringify(manifest())).not.toContain('<all_urls>');
    expect(permissions.filter((permission) => permission.includes('://') || permission.includes('*'))).toEqual([]);
    for (const script of content_scripts) expect(script.matches).toEqual([LINKEDIN_HOST_PERMISSION]);
  });

  test('lets LinkedIn load nothing but the sidebar’s frame, behind a per-session URL', () => {
    expect(manifest().web_accessible_resources).toEqual([
      { resources: [WEB_ACCESSIBLE_SIDEBAR_FRAME], matches: [LINKEDIN_HOST_PERMISSION], use_dynamic_url: true },
    ]);
  });

  test('keeps the strict extension CSP: no eval, no inline or remote scripts', () => {
    const { content_security_policy, externally_connectable } = manifest();
    expect(externally_connectable, 'web pages must not be able to message Relais').toBeUndefined();
    // Absent means the MV3 default: script-src 'self'; object-src 'self'.
    for (const policy of Object.values(content_security_policy ?? {})) {
      expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline|https?:|\*/);
    }
  });

  test('carries the store icons at every size', () => {
    expect(Object.keys(manifest().icons ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(STORE_ICON_SIZES);
    for (const file of Object.values(manifest().icons ?? {})) {
      expect(readFileSync(join(EXTENSION_PATH, file)).subarray(1, 4).toString(), file).toBe('PNG');
    }
  });
});
