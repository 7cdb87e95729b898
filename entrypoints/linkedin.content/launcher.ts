/**
 * The small Relais button on LinkedIn pages. Plain DOM in its own shadow root:
 * this script runs on every LinkedIn page, so it carries no React. It is fixed
 * to the viewport's right edge and never shifts LinkedIn's layout.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

const LAUNCHER_CSS = `
.relais-launcher {
  position: fixed; right: 0; bottom: 96px; z-index: 2147483000;
  display: flex; align-items: center; gap: 6px;
  padding: 8px 10px 8px 12px; border: 1px solid #0b5cad; border-right: 0;
  border-radius: 20px 0 0 20px; background: #0b5cad; color: #fff;
  font: 600 14px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.2);
}
/* Beside the open sidebar (400px wide), never under it. */
.relais-launcher[aria-expanded="true"] { background: #fff; color: #0b5cad; right: min(400px, calc(100vw - 120px)); }
.relais-launcher:focus-visible { outline: 3px solid #ffb000; outline-offset: 2px; }
.relais-launcher__logo { display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 5px; background: #fff; color: #0b5cad; font-weight: 700; }
.relais-launcher[aria-expanded="true"] .relais-launcher__logo { background: #0b5cad; color: #fff; }
`;

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
}

export async function createLauncher(
  ctx: ContentScriptContext,
  initialLabels: LauncherLabels,
  onToggle: () => void,
  initiallyVisible = true,
): Promise<Launcher> {
  let expanded = false;
  let labels = initialLabels;
  let visible = initiallyVisible;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'relais-launcher';
  // Keep the focus (and caret) where it is, e.g. in LinkedIn's editor.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', onToggle);
  const logo = document.createElement('span');
  logo.className = 'relais-launcher__logo';
  logo.setAttribute('aria-hidden', 'true');
  logo.textContent = 'R';
  const name = document.createElement('span');
  name.textContent = 'Relais';
  button.append(logo, name);
  const render = () => {
    button.setAttribute('aria-expanded', String(expanded));
    button.setAttribute('aria-label', expanded ? labels.close : labels.open);
    button.title = `${expanded ? labels.close : labels.open} (Alt+Shift+R)`;
  };
  render();
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi(ctx, {
    name: 'relais-launcher',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: LAUNCHER_CSS,
    onMount(container) {
      container.replaceChildren(button);
    },
  });
  const ensureMounted = () => {
    if (visible && !ui.shadowHost.isConnected) ui.mount();
  };
  ensureMounted();
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
      else if (ui.shadowHost.isConnected) ui.remove();
    },
    ensureMounted,
  };
}
