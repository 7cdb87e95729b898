/**
 * Keys that reached LinkedIn's document while the sidebar's frame should have had them (issue #18):
 * Chromium sometimes loses the keyboard on its way into the out-of-process frame, under load, while
 * still counting the frame as the page's focused element. The box takes the keyboard back and hands
 * the frame what the employee typed meanwhile, so no letter is lost.
 */

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  /** AltGr held (`getModifierState('AltGraph')`): Windows reports it as Ctrl+Alt too. */
  altGraph: boolean;
}

/** What a key press would have typed into a text box: one character, or nothing (Enter, arrows, shortcuts). */
export function typedText(key: KeyPress): string | undefined {
  // AltGr types characters ("@", "€", "#" on a French keyboard), though it comes with Ctrl on Windows.
  if ((key.ctrlKey || key.metaKey) && !key.altGraph) return undefined;
  // Named keys ("Enter", "ArrowLeft", "Dead") are words; a typed character is one code point.
  return [...key.key].length === 1 ? key.key : undefined;
}

/** The frame types at most this much of a hand-over: one key's character, never a paste. */
export const MAX_HANDED_OVER = 8;
