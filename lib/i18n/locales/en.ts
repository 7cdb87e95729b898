/**
 * English: the reference dictionary. One named export per namespace (a feature's strings), so that a
 * script that needs one namespace (the always-on launcher) bundles only that one.
 *
 * Templates use `{name}` placeholders. Plurals: define `key_one` and `key_other` and call
 * `t.plural('key', count)`. Every other language (`fr.ts`, …) has exactly these namespaces and keys
 * (the compiler checks it; tests/unit/i18n.test.ts checks placeholders).
 */

/** The launcher button on LinkedIn's pages (entrypoints/linkedin.content). */
export const launcher = { open: 'Open Relais', close: 'Close Relais' };
