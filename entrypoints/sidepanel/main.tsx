/**
 * The browser side panel (Chrome's side_panel, Firefox's sidebar_action):
 * Relais entirely outside LinkedIn's page; only the composer insertion
 * reaches into the LinkedIn tab, through its content script.
 */
import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import './sidepanel.css';
import { createRoot } from 'react-dom/client';
import { SettingsBoundApp } from '@/components/app/SettingsBoundApp';
import { exposeToE2e } from '@/lib/host/e2e-build';
import { createLinkedInTabComposerPort } from '@/components/side-panel/linkedin-tab-port';

const composer = createLinkedInTabComposerPort();
// The e2e tests drive the same port the library's Insert button uses (as relaisCommands does for the shortcut).
if (import.meta.env.WXT_E2E_HOOKS === 'true') exposeToE2e('relaisSidePanel', { composer });

// A page of its own: one main landmark and a (visually hidden) title for screen readers.
createRoot(document.getElementById('root')!).render(
  <main className="relais-side-panel">
    <h1 className="relais-visually-hidden">Relais</h1>
    <SettingsBoundApp host={{ kind: 'side-panel', composer }} />
  </main>,
);
