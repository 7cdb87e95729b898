/**
 * The size and manifest budgets, shared by the budget test (tests/e2e/budget.spec.ts,
 * run by `npm test` after the build) and the benchmarks (`npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The script that runs on every LinkedIn page, sidebar open or not. */
export const ALWAYS_ON_SCRIPT = 'linkedin-launcher.js';
/** 25 KiB gzipped: no React, no full zod in the always-on script. */
export const ALWAYS_ON_GZIP_BUDGET_BYTES = 25 * 1024;

export const LINKEDIN_HOST_PERMISSION = 'https://www.linkedin.com/*';
/** The only file LinkedIn pages may load from the extension: the in-page sidebar's app, framed. */
export const WEB_ACCESSIBLE_SIDEBAR_FRAME = 'sidebar-frame.html';

/** Size in bytes after gzip (zlib's default level, as a web server would serve it). */
export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

export function alwaysOnScriptGzipSize(buildDir: string): number {
  return gzipSize(join(buildDir, ALWAYS_ON_SCRIPT));
}
