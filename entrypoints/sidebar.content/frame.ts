/**
 * The sidebar's place in LinkedIn's page: a fixed box at the right edge
 * holding an iframe of the extension's `sidebar-frame.html`. Everything the
 * employee reads and types is in that frame, on the extension's origin; this
 * box only shows, hides and focuses it.
 */
import { typedText } from '@/lib/host/stray-keys';

const FRAME_CSS = `
:host {
  all: initial !important;
  position: fixed !important; top: 0 !important; right: 0 !important; bottom: 0 !important;
  width: var(--relais-sidebar-width, min(400px, 100vw)) !important; z-index: 2147483001 !important; display: block !important;
  box-shadow: -4px 0 16px rgba(0, 0, 0, 0.18) !important;
}
/* Hidden, not display: none: a frame that loaded without a box (preloaded on the launcher's hover or
   focus) did not always get the keys once shown; they went to LinkedIn's page (issue #18). Hidden
   content takes no focus, pointer or screen-reader reading all the same. */
:host([hidden]) { visibility: hidden !important; }
iframe { display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; }
`;

/** After the box moved the keyboard into the frame, a page focus event this soon is not taken as a theft. */
const OWN_FOCUS_CHANGE_MS = 50;

export interface SidebarFrame {
  setShown(shown: boolean): void;
  /** In CSS pixels; the box stays at the right edge. */
  setWidth(width: number): void;
  /** Moves the keyboard focus into the sidebar (the app then focuses its panel). */
  focus(): void;
  /** Puts the box back if LinkedIn's navigation removed it; never adds a second one. */
  ensureMounted(): void;
  remove(): void;
}

/**
 * `giveAppTheKeyboard`: tells the app in the frame to focus its first control, and to type `typed`
 * there (the keys that went astray, see `onStrayKey`). Focusing the frame element alone moves the
 * keyboard into it, but the app's own `focus` event does not come when the browser window itself is
 * not focused (and may come before the app has drawn).
 */
export function createSidebarFrame(
  src: string,
  title: string,
  giveAppTheKeyboard: (typed?: string) => void,
): SidebarFrame {
  const host = document.createElement('relais-sidebar');
  host.hidden = true;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = FRAME_CSS;
  const frame = document.createElement('iframe');
  frame.title = title;
  // The frame copies a draft to the clipboard when LinkedIn's composer cannot take it.
  frame.allow = 'clipboard-write';
  frame.src = src;
  shadow.append(style, frame);
  // The keyboard goes in only once the extension page has replaced the frame's blank first document.
  // Focus given to that blank document is lost when the extension's process takes the frame over, yet
  // Chromium still counts the iframe as focused, so a later focus() would change nothing (issue #18).
  let loaded = false;
  let focusOwed = false;
  let movingIn = false;
  let movedInAt = -Infinity;
  const moveKeyboardIn = (typed?: string) => {
    movingIn = true;
    try {
      if (shadow.activeElement === frame) frame.blur();
      frame.focus();
    } finally {
      movingIn = false;
    }
    movedInAt = performance.now();
    giveAppTheKeyboard(typed);
  };
  // LinkedIn's page can take the keyboard out of the frame without moving the focus anywhere (its own
  // `window.focus()`): it would then hear what the employee types in Relais. Take it back, unless the
  // employee moved on (a click on the page moves the focus, settled by the next task). Not for the
  // focus event of this box's own blur-and-focus (it comes during the call), nor, so that two focus
  // changes can never chase each other, in the moment after one; a key sent meanwhile is still caught.
  const onPageFocus = (event: FocusEvent) => {
    if (!event.isTrusted || event.target !== window || movingIn) return;
    setTimeout(() => {
      const justMovedIn = performance.now() - movedInAt < OWN_FOCUS_CHANGE_MS;
      if (loaded && !justMovedIn && !host.hidden && document.activeElement === host) moveKeyboardIn();
    }, 0);
  };
  window.addEventListener('focus', onPageFocus, true);
  // Keys typed in the frame never reach LinkedIn's document. One that does while the page counts the
  // frame as focused means Chromium lost the keyboard on its way in (seen under load, and it lasts
  // until the focus moves): keep it from LinkedIn's page as far as a late listener can, take the
  // keyboard back, and hand the frame the character so the employee loses nothing (issue #18).
  const onStrayKey = (event: KeyboardEvent) => {
    if (!event.isTrusted || host.hidden || document.activeElement !== host) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type !== 'keydown') return;
    const { key, ctrlKey, metaKey } = event;
    moveKeyboardIn(typedText({ key, ctrlKey, metaKey, altGraph: event.getModifierState('AltGraph') }));
  };
  const strayKeyEvents = ['keydown', 'keypress', 'keyup'] as const;
  for (const type of strayKeyEvents) window.addEventListener(type, onStrayKey, true);
  frame.addEventListener('load', (event) => {
    // LinkedIn's page can reach this open shadow root and fire a fake load: only the browser's counts.
    if (!event.isTrusted) return;
    loaded = true;
    if (focusOwed && !host.hidden) moveKeyboardIn();
    focusOwed = false;
  });

  const ensureMounted = () => {
    if (!host.isConnected) document.body.append(host);
  };
  ensureMounted();
  return {
    setShown(shown) {
      host.hidden = !shown;
    },
    setWidth(width) {
      // Through a custom property: the shadow root's own !important width would beat an inline one.
      host.style.setProperty('--relais-sidebar-width', `${width}px`);
    },
    focus() {
      if (!loaded) {
        focusOwed = true;
        return;
      }
      moveKeyboardIn();
      // A box shown a moment ago may not take the focus at once: try again for a few frames.
      const retry = (framesLeft: number) => {
        if (host.hidden || document.activeElement === host || framesLeft === 0) return;
        frame.focus();
        requestAnimationFrame(() => retry(framesLeft - 1));
      };
      requestAnimationFrame(() => retry(10));
    },
    ensureMounted,
    remove() {
      for (const type of strayKeyEvents) window.removeEventListener(type, onStrayKey, true);
      window.removeEventListener('focus', onPageFocus, true);
      host.remove();
    },
  };
}
