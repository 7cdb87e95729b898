/**
 * Where the in-page sidebar may sit so that it never hides LinkedIn's
 * composer (issue #12): at its full width on the right edge when there is
 * room, docked narrower in the space right of the open share dialog when
 * there is not, and out of the way (the launcher brings it back when the
 * dialog closes) when even that space is too thin to be usable.
 */
export const SIDEBAR_WIDTH = 400;
/** Below this the app's cards and buttons no longer fit. */
export const SIDEBAR_MIN_WIDTH = 240;
/** Air between LinkedIn's dialog and the sidebar. */
export const DOCK_GAP = 8;

export type SidebarLayout = { mode: 'full' | 'docked'; width: number } | { mode: 'away'; width: 0 };

/** `dialog`: the open share dialog's horizontal extent in viewport pixels, or none. */
export function sidebarLayout(viewportWidth: number, dialog?: { left: number; right: number }): SidebarLayout {
  const full = Math.min(SIDEBAR_WIDTH, viewportWidth);
  if (!dialog || dialog.right <= dialog.left) return { mode: 'full', width: full };
  const room = Math.floor(viewportWidth - dialog.right - DOCK_GAP);
  if (room >= full) return { mode: 'full', width: full };
  if (room >= SIDEBAR_MIN_WIDTH) return { mode: 'docked', width: room };
  return { mode: 'away', width: 0 };
}
