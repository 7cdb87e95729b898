// ESLint flat config: JavaScript + TypeScript recommended rules and the React hooks rules.
// Formatting is Prettier's job (npm run format), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['.output/', '.wxt/', 'test-results/', 'playwright-report/', 'blob-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // What ships: strict extension CSP and store review, no code from strings (docs/security.md).
    // Tests are exempt: they feed `javascript:` URLs to Relais on purpose.
    files: ['components/**', 'entrypoints/**', 'lib/**'],
    ignores: ['**/*.test.*'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
    },
  },
  {
    // React code only: Playwright fixtures also call a function named `use`.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      // These rules describe what the React Compiler can memoise safely. Relais does not
      // use the compiler, and its refs-in-render and effect patterns (latest-value refs,
      // state reset on prop change) are deliberate; the hook rules themselves stay on.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // WXT auto-imports these in entrypoints (declared in .wxt/types/imports.d.ts).
    files: ['entrypoints/**'],
    languageOptions: {
      globals: { defineBackground: 'readonly', defineContentScript: 'readonly', defineUnlistedScript: 'readonly' },
    },
  },
  {
    // The LinkedIn fixture is a plain browser script imitating the real site.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, Quill: 'readonly' } },
  },
);
