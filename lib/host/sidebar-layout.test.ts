import { describe, expect, it } from 'vitest';
import { DOCK_GAP, sidebarLayout, SIDEBAR_MIN_WIDTH } from './sidebar-layout';

// LinkedIn's share dialog is 744 px wide, centred (the fixture and LinkedIn's artdeco modal).
const centredDialog = (viewport: number) => ({ left: (viewport - 744) / 2, right: (viewport + 744) / 2 });

describe('sidebarLayout', () => {
  it('keeps the full width without a composer', () => {
    expect(sidebarLayout(1280)).toEqual({ mode: 'full', width: 400 });
    expect(sidebarLayout(360)).toEqual({ mode: 'full', width: 360 });
  });

  it.each([
    [1280, { mode: 'docked', width: 1280 - 1012 - DOCK_GAP }],
    [1366, { mode: 'docked', width: 1366 - 1055 - DOCK_GAP }],
    [1920, { mode: 'full', width: 400 }],
  ])('at %i px beside a centred dialog: %j, never over it', (viewport, expected) => {
    const dialog = centredDialog(viewport);
    const layout = sidebarLayout(viewport, dialog);
    expect(layout).toEqual(expected);
    expect(viewport - layout.width).toBeGreaterThanOrEqual(dialog.right);
  });

  it('gets out of the way when the room beside the dialog is too thin', () => {
    expect(sidebarLayout(1000, centredDialog(1000))).toEqual({ mode: 'away', width: 0 });
    const justEnough = 744 + SIDEBAR_MIN_WIDTH + DOCK_GAP;
    expect(sidebarLayout(justEnough, { left: 0, right: 744 })).toEqual({ mode: 'docked', width: SIDEBAR_MIN_WIDTH });
  });

  it('ignores a dialog with no width (not laid out yet)', () => {
    expect(sidebarLayout(1280, { left: 500, right: 500 })).toEqual({ mode: 'full', width: 400 });
  });
});
