import { describe, expect, it } from 'vitest';
import { type KeyPress, typedText } from './stray-keys';

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altGraph: false,
  ...mods,
});

describe('typedText', () => {
  it('gives the character a key types, letters, digits, space and accented or astral ones alike', () => {
    expect(['z', 'Z', '7', ' ', 'é', '«', '😀'].map((key) => typedText(press(key)))).toEqual([
      'z',
      'Z',
      '7',
      ' ',
      'é',
      '«',
      '😀',
    ]);
  });

  it('gives the character typed with AltGr, which Windows also reports as Ctrl+Alt', () => {
    expect(typedText(press('@', { ctrlKey: true, altGraph: true }))).toBe('@');
    expect(typedText(press('€', { altGraph: true }))).toBe('€');
  });

  it('gives nothing for named keys and shortcuts', () => {
    expect(typedText(press('Enter'))).toBeUndefined();
    expect(typedText(press('ArrowLeft'))).toBeUndefined();
    expect(typedText(press('Dead'))).toBeUndefined();
    expect(typedText(press('Escape'))).toBeUndefined();
    expect(typedText(press('c', { ctrlKey: true }))).toBeUndefined();
    expect(typedText(press('v', { metaKey: true }))).toBeUndefined();
  });
});
