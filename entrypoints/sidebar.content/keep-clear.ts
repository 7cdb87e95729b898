/**
 * Keeps the open sidebar clear of LinkedIn's share dialog (issue #12): while
 * the sidebar is open, looks for the dialog a few times a second and gives the
 * box the layout of `sidebarLayout` — full width, docked beside the dialog,
 * or out of the way until the dialog closes. `overrides`: the feeds' selector
 * hotfix (`_relais.linkedin_selectors`), so a dialog only the hotfix finds is
 * kept clear too.
 */
import { findShareDialog, type SelectorOverrides } from '@/lib/linkedin/selectors';
import { sidebarLayout } from '@/lib/host/sidebar-layout';
import type { SidebarFrame } from './frame';

const CHECK_EVERY_MS = 250;

export function keepClearOfComposer(
  frame: SidebarFrame,
  isOpen: () => boolean,
  overrides: () => SelectorOverrides = () => ({}),
) {
  let timer: ReturnType<typeof setInterval> | undefined;
  const apply = () => {
    const dialog = findShareDialog(document, overrides())?.element.getBoundingClientRect();
    const layout = sidebarLayout(document.documentElement.clientWidth, dialog);
    frame.setWidth(layout.width);
    frame.setShown(isOpen() && layout.mode !== 'away');
  };
  const stop = () => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  return {
    /** After opening or closing: applies the layout now, and watches only while open. */
    update() {
      apply();
      if (!isOpen()) stop();
      else timer ??= setInterval(apply, CHECK_EVERY_MS);
    },
    stop,
  };
}
