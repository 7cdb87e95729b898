/** `npm run feed:validate -- <file-or-url> [--lang en|fr] [--now <date>] [--strict] [--json]` — see validate.ts for exit codes. */
import { parseArgs } from 'node:util';
import '../../i18n/all-catalogs';
import { resolveLocale } from '../../i18n/locale';
import { createTranslator } from '../../i18n/messages';
import { formatReport, validateFeedSource } from './validate';
import { messagesOf } from '../../i18n/catalog';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    now: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

const locale = resolveLocale(values.lang, process.env.LC_ALL ?? process.env.LC_MESSAGES ?? process.env.LANG);
const t = createTranslator(messagesOf('validate'), locale);
const source = positionals[0];
const now = values.now === undefined ? Date.now() : Date.parse(values.now);

if (source === undefined || positionals.length > 1 || Number.isNaN(now)) {
  console.error(Number.isNaN(now) ? t('badNow') : t('usage'));
  process.exitCode = 1;
} else {
  const { report, exitCode } = await validateFeedSource(source, { locale, now: () => now, strict: values.strict });
  console.log(
    values.json
      ? JSON.stringify({ exitCode, ...report }, null, 2)
      : formatReport(report, { locale, strict: values.strict }),
  );
  process.exitCode = exitCode;
}
