// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { linkedInTheme } from './selectors';
import { linkedInThemeSource } from './theme';

const page = (htmlClass: string, bodyClass = '') =>
  new DOMParser().parseFromString(
    `<html class="${htmlClass}"><body class="${bodyClass}"><main></main></body></html>`,
    'text/html',
  );

describe('LinkedIn’s theme', () => {
  afterEach(() => {
    document.documentElement.className = '';
  });

  it('is dark when <html> or <body> carries LinkedIn’s dark-theme class', () => {
    expect(linkedInTheme(page('artdeco windows theme--dark-lix'))).toBe('dark');
    expect(linkedInTheme(page('artdeco theme--dark'))).toBe('dark');
    expect(linkedInTheme(page('artdeco', 'boot-complete theme--dark'))).toBe('dark');
  });

  it('is light otherwise, including look-alike classes', () => {
    expect(linkedInTheme(page('artdeco windows'))).toBe('light');
    expect(linkedInTheme(page('theme--light theme--darkish'))).toBe('light');
  });

  it('tells when LinkedIn switches theme live', async () => {
    const source = linkedInThemeSource(document);
    const seen: string[] = [];
    const stop = source.subscribe(() => seen.push(source.current()));
    document.documentElement.classList.add('theme--dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    document.documentElement.classList.remove('theme--dark');
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual(['dark', 'light']);
  });
});
