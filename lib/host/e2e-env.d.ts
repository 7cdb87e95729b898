/** Set to 'true' by `npm run build:e2e` only (lib/host/e2e-build.ts); Vite exposes WXT_-prefixed variables. */
interface ImportMetaEnv {
  readonly WXT_E2E_HOOKS?: string;
}
