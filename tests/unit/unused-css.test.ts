import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, ends: string[]): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ends.some((end) => entry.name.endsWith(end)))
    .map((entry) => join(entry.parentPath, entry.name));
}

const read = (files: string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n');

describe('stylesheets', () => {
  it('style only classes the views use (a class built as `relais-x--${kind}` counts by its prefix)', () => {
    const css = read(['components', 'entrypoints'].flatMap((dir) => filesUnder(dir, ['.css'])));
    const views = read(['components', 'entrypoints', 'lib'].flatMap((dir) => filesUnder(dir, ['.ts', '.tsx'])));
    const classes = new Set([...css.matchAll(/\.(relais-[\w-]+)/g)].map((match) => match[1]!));
    expect(classes.size).toBeGreaterThan(50);
    const unused = [...classes].filter((name) => {
      if (views.includes(name)) return false;
      const prefix = /^(.*--)[\w-]+$/.exec(name)?.[1];
      return !(prefix && views.includes(`${prefix}\${`));
    });
    expect(unused).toEqual([]);
  });
});
