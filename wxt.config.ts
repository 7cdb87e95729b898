import { defineConfig } from 'wxt';

// `npm run build:e2e` (WXT_E2E_HOOKS=true) builds the e2e tests' extension beside the shipped one, with
// the test hooks of lib/host/e2e-build.ts compiled in; `npm run build` compiles them out.
const e2eBuild = process.env.WXT_E2E_HOOKS === 'true';

// Manifest facts are explained permission by permission in docs/security.md.
export default defineConfig({
  outDirTemplate: e2eBuild ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: ['https://www.linkedin.com/*'],
    // Feed origins are asked for at run time, one by one, when a feed is added.
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The always-on launcher (entrypoints/linkedin-launcher): an unlisted script declared here, so that it
    // runs without WXT's content-script wrapper (measured by tests/bench/linkedin-cost.bench.ts).
    content_scripts: [
      { matches: ['https://www.linkedin.com/*'], js: ['linkedin-launcher.js'], run_at: 'document_idle' },
    ],
    // The in-page sidebar's app, framed on LinkedIn (entrypoints/sidebar-frame): the only file a page may load,
    // behind a per-session URL.
    web_accessible_resources: [
      { resources: ['sidebar-frame.html'], matches: ['https://www.linkedin.com/*'], use_dynamic_url: true },
    ],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox reads policies from policies.json without a schema (docs/admin.md); Relais checks them itself.
          browser_specific_settings: {
            gecko: {
              id: 'relais@relais.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The organisation's policy (feeds, lockFeeds, workshopMode), shown at chrome://policy: docs/admin.md.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  zip: {
    excludeSources: ['tests/**', '.ci/**', 'test-results/**', 'bench-results.json'],
  },
});
