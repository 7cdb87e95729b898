/**
 * How wide a text is in LinkedIn's post font, in CSS pixels. The sidebar
 * measures with the browser (a canvas set to `LINKEDIN_POST_FONT`); this
 * estimate stands in wherever there is no canvas (unit tests, the opening
 * check in lib/originality), so the fold rule gives the same answer everywhere
 * it runs without one. The advance widths are rounded averages of the system
 * sans-serif fonts LinkedIn's stack resolves to (Segoe UI, Roboto, San
 * Francisco) at 14 px; a real measurement replaces them in the UI.
 */
export type TextMeasure = (text: string) => number;

/** LinkedIn's feed text: its system font stack at 14 px on 20 px lines (desktop and mobile web). */
export const LINKEDIN_POST_FONT = {
  family:
    '-apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, "Oxygen Sans", Cantarell, "Droid Sans", "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Lucida Grande", Helvetica, Arial, sans-serif',
  sizePx: 14,
  lineHeightPx: 20,
} as const;

export const LINKEDIN_POST_CSS_FONT = `${LINKEDIN_POST_FONT.sizePx}px ${LINKEDIN_POST_FONT.family}`;

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return 3.9;
  if (char === '\t') return 15.6;
  if (code > 0xffff || (code >= 0x2600 && code <= 0x27bf)) return 18; // emoji
  if (code >= 0x2e80 && code <= 0xffef) return 14; // CJK and full-width forms
  const base = char.normalize('NFD').charAt(0); // "é" is as wide as "e"
  if (/[iljI.,:;'’!|]/.test(base)) return 3.3;
  if (/[frt()[\]{}"“”«»-]/.test(base)) return 4.5;
  if (/[mw]/.test(base)) return 10.6;
  if (/[MW]/.test(base)) return 12.4;
  if (/[A-Z]/.test(base)) return 8.9;
  if (/[0-9]/.test(base)) return 7.8;
  if (/[a-z]/.test(base)) return 7;
  return 7.6;
}

export const estimateTextWidth: TextMeasure = (text) => {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
};
