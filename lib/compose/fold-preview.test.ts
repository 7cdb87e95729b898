import { describe, expect, it } from 'vitest';
import { FOLD_RULES, foldPreview } from './fold-preview';
import { estimateTextWidth } from './text-width';

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

  it('fills three lines of the box’s width, in LinkedIn’s font, on desktop and on mobile', () => {
    const text = words(100); // 499 characters, no line break
    const desktop = foldPreview(text, 'desktop');
    const mobile = foldPreview(text, 'mobile');
    expect(desktop.truncated).toBe(true);
    expect(desktop.lines).toHaveLength(3);
    for (const [device, preview] of [
      ['desktop', desktop],
      ['mobile', mobile],
    ] as const) {
      for (const line of preview.lines) {
        expect(estimateTextWidth(line)).toBeLessThanOrEqual(FOLD_RULES[device].width);
        // Greedy: the next word would not have fitted.
        expect(estimateTextWidth(`${line} word`)).toBeGreaterThan(FOLD_RULES[device].width);
      }
    }
    // "word" is a wide word: about 75 characters a line on desktop, 50 on mobile.
    expect(desktop.visible.length).toBeGreaterThan(200);
    expect(desktop.visible.length).toBeLessThan(240);
    expect(mobile.visible.length).toBeGreaterThan(130);
    expect(mobile.visible.length).toBeLessThan(desktop.visible.length);
  });

  it('wraps at spaces, never inside a word, and measures narrow letters as narrow', () => {
    const text = `${'a'.repeat(70)} abcdefghij ${words(40)}`;
    const preview = foldPreview(text, 'desktop');
    expect(preview.lines[0]).toBe('a'.repeat(70));
    expect(preview.lines[1]?.startsWith('abcdefghij')).toBe(true);
    const narrow = foldPreview('il '.repeat(200), 'desktop');
    expect(narrow.visible.length).toBeGreaterThan(foldPreview('mw '.repeat(200), 'desktop').visible.length * 2);
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

  it('cuts a word longer than a line where it overflows', () => {
    const preview = foldPreview('x'.repeat(500), 'mobile');
    expect(preview.lines).toHaveLength(3);
    for (const line of preview.lines) {
      expect(estimateTextWidth(line)).toBeLessThanOrEqual(FOLD_RULES.mobile.width);
      expect(estimateTextWidth(`${line}x`)).toBeGreaterThan(FOLD_RULES.mobile.width);
    }
    expect(preview.visible).toBe(preview.lines.join(''));
  });

  it('is not truncated when only blank lines follow the fold', () => {
    expect(foldPreview('One\nTwo\nThree\n\n\n').truncated).toBe(false);
  });

  it('accepts a custom rule', () => {
    const characters = (text: string) => text.length;
    expect(foldPreview('one two three four', { width: 7, maxLines: 2 }, characters).lines).toEqual([
      'one two',
      'three',
    ]);
  });

  it('handles an empty draft', () => {
    expect(foldPreview('')).toEqual({ visible: '', end: 0, lines: [''], truncated: false });
  });
});
