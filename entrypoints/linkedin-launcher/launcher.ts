/**
 * The small Relais button on LinkedIn pages, in its own shadow root. This
 * script runs on every LinkedIn page, all day, so everything here is chosen by
 * what it costs the page (`npm run bench`):
 * - plain DOM, no React, and not WXT's `createShadowRootUi`, whose auto-mount
 *   and element-waiting helpers doubled this script for features it never uses;
 * - the logo is an SVG and the name shows only on hover or keyboard focus:
 *   laying out text in a new shadow root cost the page several ms of font and
 *   layout work on every load, an icon nothing measurable. The accessible name
 *   is the aria-label either way;
 * - the host itself is fixed to the viewport's right edge, out of LinkedIn's
 *   flow, so LinkedIn's layout never moves.
 */
import type { ScriptLifetime } from '@/lib/host/script-lifetime';

/** The reset (`all: initial`) keeps LinkedIn's styles from reaching the button; the rest places the host. */
const LAUNCHER_CSS = `
:host {
  all: initial !important;
  position: fixed !important; right: 0 !important; bottom: 96px !important;
  z-index: 2147483000 !important; display: block !important;
}
/* Beside the open sidebar (400px wide), never under it. */
:host([data-expanded]) { right: min(400px, calc(100vw - 120px)) !important; }
.relais-launcher {
  display: flex; align-items: center; gap: 6px; margin: 0;
  padding: 6px 8px 6px 10px; border: 1px solid #0b5cad; border-right: 0;
  border-radius: 20px 0 0 20px; background: #0b5cad; color: #fff;
  cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.2);
}
.relais-launcher[aria-expanded="true"] { background: #fff; color: #0b5cad; }
.relais-launcher:focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }
.relais-launcher__logo { display: block; width: 22px; height: 22px; }
.relais-launcher__logo-box { fill: #fff; }
.relais-launcher__logo-letter { fill: none; stroke: #0b5cad; stroke-width: 2.2; stroke-linecap: round; stroke-linejoin: round; }
.relais-launcher[aria-expanded="true"] .relais-launcher__logo-box { fill: #0b5cad; }
.relais-launcher[aria-expanded="true"] .relais-launcher__logo-letter { stroke: #fff; }
.relais-launcher__name { display: none; font: 600 14px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.relais-launcher:hover .relais-launcher__name,
.relais-launcher:focus-visible .relais-launcher__name { display: inline; }
`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The logo of the toolbar icon (assets/make-icons.sh): a rounded square with an "R", drawn as strokes. */
function createLogo(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'relais-launcher__logo');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const box = document.createElementNS(SVG_NS, 'rect');
  box.setAttribute('class', 'relais-launcher__logo-box');
  box.setAttribute('width', '20');
  box.setAttribute('height', '20');
  box.setAttribute('rx', '5');
  const letter = document.createElementNS(SVG_NS, 'path');
  letter.setAttribute('class', 'relais-launcher__logo-letter');
  letter.setAttribute('d', 'M7 15.5v-11h4a3.3 3.3 0 0 1 0 6.6H7m3.6 0 3.6 4.4');
  svg.append(box, letter);
  return svg;
}

export interface LauncherLabels {
  open: string;
  close: string;
}

export interface Launcher {
  setExpanded(expanded: boolean): void;
  /** The language changed in the options. */
  setLabels(labels: LauncherLabels): void;
  /** Hidden (removed from the page) while Relais shows in the browser's side panel. */
  setVisible(visible: boolean): void;
  /** Puts the button back if LinkedIn's navigation removed it; never adds a second one. */
  ensureMounted(): void;
  /** The sidebar was closed from inside (Escape): the keyboard comes back here. */
  focus(): void;
}

export interface LauncherActions {
  onToggle: () => void;
  /** The pointer came onto the button, or the keyboard focus: an opening is likely. */
  onIntent?: () => void;
}

export function createLauncher(
  ctx: Pick<ScriptLifetime, 'isValid' | 'onInvalidated'>,
  initialLabels: LauncherLabels,
  { onToggle, onIntent }: LauncherActions,
  initiallyVisible = true,
): Launcher {
  let expanded = false;
  let labels = initialLabels;
  let visible = initiallyVisible;

  const host = document.createElement('relais-launcher');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = LAUNCHER_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'relais-launcher';
  // Keep the focus (and caret) where it is, e.g. in LinkedIn's editor.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  // Only the employee's own click or key (trusted): LinkedIn's scripts can dispatch clicks on this button too.
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onToggle();
  });
  if (onIntent) {
    const ifTrusted = (event: Event) => {
      if (event.isTrusted) onIntent();
    };
    button.addEventListener('pointerenter', ifTrusted);
    button.addEventListener('focus', ifTrusted);
  }
  const name = document.createElement('span');
  name.className = 'relais-launcher__name';
  name.textContent = 'Relais';
  button.append(createLogo(), name);
  shadow.append(style, button);

  const render = () => {
    button.setAttribute('aria-expanded', String(expanded));
    // The host carries the state too: its position moves beside the open sidebar.
    host.toggleAttribute('data-expanded', expanded);
    button.setAttribute('aria-label', expanded ? labels.close : labels.open);
    button.title = `${expanded ? labels.close : labels.open} (Alt+Shift+R)`;
  };
  const ensureMounted = () => {
    if (visible && !host.isConnected && ctx.isValid) document.body.append(host);
  };
  render();
  ensureMounted();
  // A newer copy of this script (extension updated or reloaded) brings its own button.
  ctx.onInvalidated(() => host.remove());
  return {
    setExpanded(value) {
      expanded = value;
      render();
    },
    setLabels(value) {
      labels = value;
      render();
    },
    setVisible(value) {
      visible = value;
      if (visible) ensureMounted();
      else host.remove();
    },
    ensureMounted,
    focus: () => button.focus(),
  };
}
