/**
 * How the LinkedIn content scripts find each other. They share the
 * extension's isolated world (a global the page cannot see), so the small
 * always-on script can reach the sidebar once it has been injected, and the
 * sidebar's box can tell the launcher it opened or closed. (The sidebar's app
 * runs in an extension-origin frame and reaches the composer bridge with tab
 * messages, as the side panel does.)
 */
import { STORAGE_KEYS } from '../storage/keys';
import type { ComposerInsertOptions, InsertOutcome } from '../protocol/tab-protocol';

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
  __relaisSidebarStartsHidden?: boolean;
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
  /**
   * Set by the launcher before it asks for the sidebar: true when it only loads it ahead of a likely
   * opening (the pointer on the launcher, or the keyboard focus), so the frame is ready at the click.
   */
  set startsHidden(hidden: boolean) {
    globals.__relaisSidebarStartsHidden = hidden;
  },
  /** Read once by the sidebar as it starts; an injection nobody prepared (none today) opens it. */
  takeStartsHidden(): boolean {
    const hidden = globals.__relaisSidebarStartsHidden === true;
    globals.__relaisSidebarStartsHidden = undefined;
    return hidden;
  },
};

/**
 * The sidebar's box to its frame, as it opens: give the keyboard to the app's first control. A runtime
 * message (the page cannot send one), which only the frame in the sender's own tab takes.
 */
export const SIDEBAR_FOCUS = 'sidebar.focus';

/** storage.local key: the sidebar was open, reopen it on the next LinkedIn page. */
export const SIDEBAR_OPEN_KEY = STORAGE_KEYS.sidebarOpen;
