import { describe, expect, it } from 'vitest';
import { FOLD_RULES, foldPreview } from './fold-preview';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('foldPreview', () => {
  it('shows a short post whole', () => {
    const preview = foldPreview('Proud of the Lyon team this week.');
    expect(preview).toMatchObject({
      visible: 'Proud of the Lyon team this week.',
      truncated: false,
      lines: ['Proud of the Lyon team this week.'],
    });
  });

  it('shows about 210 characters of unbroken text on desktop and about 140 on mobile', () => {
    const text = words(100); // 499 characters, no line break
    const desktop = foldPreview(text, 'desktop');
    const mobile = foldPreview(text, 'mobile');
    expect(desktop.truncated).toBe(true);
    expect(desktop.lines).toHaveLength(3);
    expect(desktop.visible.length).toBeGreaterThan(190);
    expect(desktop.visible.length).toBeLessThanOrEqual(210);
    expect(mobile.visible.length).toBeGreaterThan(120);
    expect(mobile.visible.length).toBeLessThanOrEqual(141);
  });

  it('wraps at spaces, never inside a word', () => {
    const text = `${'a'.repeat(65)} abcdefghij ${words(40)}`;
    const preview = foldPreview(text, 'desktop');
    expect(preview.lines[0]).toBe('a'.repeat(65));
    expect(preview.lines[1]?.startsWith('abcdefghij')).toBe(true);
    for (const line of preview.lines) expect(line.length).toBeLessThanOrEqual(FOLD_RULES.desktop.lineWidth);
  });

  it('ends a line at every line break: three short lines fill the desktop preview', () => {
    const text = 'Big news.\nWe opened Lyon.\nThank you all.\nHidden fourth line.';
    const preview = foldPreview(text, 'desktop');
    expect(preview.visible).toBe('Big news.\nWe opened Lyon.\nThank you all.');
    expect(preview.lines).toEqual(['Big news.', 'We opened Lyon.', 'Thank you all.']);
    expect(preview.truncated).toBe(true);
    expect(text.slice(0, preview.end)).toBe(preview.visible);
  });

  it('counts a blank line as a line', () => {
    const preview = foldPreview('Hook line.\n\nSecond paragraph.\nThird.', 'desktop');
    expect(preview.lines).toEqual(['Hook line.', '', 'Second paragraph.']);
    expect(preview.visible).toBe('Hook line.\n\nSecond paragraph.');
    expect(preview.truncated).toBe(true);
  });

  it('gives a long first paragraph two lines and leaves one for the next', () => {
    const first = words(24); // 119 characters: two desktop lines
    const preview = foldPreview(`${first}\nSecond.\nThird.`, 'desktop');
    expect(preview.lines).toHaveLength(3);
    expect(preview.lines[2]).toBe('Second.');
    expect(preview.visible.endsWith('Second.')).toBe(true);
  });

  it('cuts a word longer than a line at the line width', () => {
    const preview = foldPreview('x'.repeat(500), 'mobile');
    expect(preview.lines).toEqual(['x'.repeat(47), 'x'.repeat(47), 'x'.repeat(47)]);
    expect(preview.end).toBe(141);
  });

  it('is not truncated when only blank lines follow the fold', () => {
    expect(foldPreview('One\nTwo\nThree\n\n\n').truncated).toBe(false);
  });

  it('accepts a custom rule', () => {
    expect(foldPreview('one two three four', { lineWidth: 7, maxLines: 2 }).lines).toEqual(['one two', 'three']);
  });

  it('handles an empty draft', () => {
    expect(foldPreview('')).toEqual({ visible: '', end: 0, lines: [''], truncated: false });
  });
});
