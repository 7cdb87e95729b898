import { describe, expect, it } from 'vitest';
import { formatPath } from '../feed/problems';
import { parsePath } from './paths';

describe('problem paths', () => {
  it.each([
    [['items', 3, '_relais', 'expires_at']],
    [['_relais', 'mix', 'a b']],
    [['_relais', 'charter', 'default_prompts', '*', 0]],
    [['title']],
  ])('read back what formatPath wrote: %j', (path) => {
    expect(parsePath(formatPath(path))).toEqual(path);
  });
});
