/** The benchmarks measure the current sources: build the Chrome extension once per `npm run bench`. */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTENSION_PATH } from '../e2e/harness';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let built = false;

export function buildExtension(): string {
  if (!built) {
    console.log('  (building .output/chrome-mv3 with `wxt build`)');
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    built = true;
  }
  return EXTENSION_PATH;
}
