/** `npm run bench [-- name-filter]`: runs every suite, prints PASS/FAIL per figure, writes bench-results.json. */
// The benchmarks word strings in Node (drafts linted, feeds synced), in any language, as the worker does.
import '../../lib/i18n/all-catalogs';
import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchFigure, type BenchSuite, passes } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];

const files = (await readdir(here)).filter((file) => file.endsWith('.bench.ts')).sort();
const results: Array<BenchFigure & { suite: string; pass: boolean }> = [];
let failures = 0;

for (const file of files) {
  const suite = ((await import(pathToFileURL(join(here, file)).href)) as { default: BenchSuite }).default;
  if (filter && !suite.name.includes(filter) && !file.includes(filter)) continue;
  console.log(`\n▶ ${suite.name}`);
  for (const figure of await suite.run()) {
    const pass = passes(figure);
    if (!pass) failures += 1;
    const comparator = figure.higherIsBetter ? '≥' : '≤';
    const details = figure.details
      ? `  (${Object.entries(figure.details)
          .map(([key, value]) => `${key}: ${typeof value === 'number' ? +value.toFixed(3) : value}`)
          .join(', ')})`
      : '';
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}  ${figure.name}: ${+figure.value.toFixed(3)} ${figure.unit} (target ${comparator} ${figure.target} ${figure.unit})${details}`,
    );
    results.push({ ...figure, suite: suite.name, pass });
  }
}

await writeFile(
  join(here, '../../bench-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log(`\n${results.length - failures} passed, ${failures} failed`);
console.log('Summary written to bench-results.json');
process.exitCode = failures === 0 ? 0 : 1;
