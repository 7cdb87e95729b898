/**
 * How the LinkedIn content scripts find each other. They share the
 * extension's isolated world (a global the page cannot see), so the small
 * always-on script can reach the sidebar once it has been injected, and the
 * sidebar's box can tell the launcher it opened or closed. (The sidebar's app
 * runs in an extension-origin frame and reaches the composer bridge with tab
 * messages, as the side panel does.)
 */
import { STORAGE_KEYS } from '../storage/keys';
import type { ComposerInsertOptions, InsertOutcome } from '../messages/tab-protocol';

export interface SidebarControl {
  isOpen(): boolean;
  /** `returnFocus`: closed from inside the sidebar (Escape, its close button): the launcher takes the focus back. */
  setOpen(open: boolean, options?: { returnFocus?: boolean }): void;
}

export type SidebarChangeListener = (open: boolean, options: { returnFocus: boolean }) => void;

export interface ComposerBridge {
  insert(text: string, options: ComposerInsertOptions): Promise<InsertOutcome>;
}

interface RelaisGlobals {
  __relaisSidebar?: SidebarControl;
  __relaisComposer?: ComposerBridge;
  __relaisOnSidebarChange?: SidebarChangeListener;
}

const globals = globalThis as typeof globalThis & RelaisGlobals;

export const sidebarRegistry = {
  get sidebar() {
    return globals.__relaisSidebar;
  },
  set sidebar(control: SidebarControl | undefined) {
    globals.__relaisSidebar = control;
  },
  get composer() {
    return globals.__relaisComposer;
  },
  set composer(bridge: ComposerBridge | undefined) {
    globals.__relaisComposer = bridge;
  },
  /** The launcher listens here to keep its pressed state in step with the sidebar. */
  notifySidebarChange(open: boolean, options = { returnFocus: false }) {
    globals.__relaisOnSidebarChange?.(open, options);
  },
  onSidebarChange(listener: SidebarChangeListener | undefined) {
    globals.__relaisOnSidebarChange = listener;
  },
};

/** storage.local key: the sidebar was open, reopen it on the next LinkedIn page. */
export const SIDEBAR_OPEN_KEY = STORAGE_KEYS.sidebarOpen;
