import type { Charter } from '@/lib/feed/schema';
import { localize } from '@/lib/i18n/localized-text';
import { useLocale, useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

function GuideList({ heading, entries }: { heading: string; entries: readonly string[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {entries.map((entry) => (
          <li key={entry}>{entry}</li>
        ))}
      </ul>
    </>
  );
}

/** The charter's tone and do / don't list, one click away. */
export function CharterGuide({ charter }: { charter: Charter | undefined }) {
  const t = useT(messagesOf('compose'));
  const locale = useLocale();
  const tone = localize(charter?.tone, locale);
  const dos = (charter?.do ?? []).map((entry) => localize(entry, locale)).filter(Boolean);
  const donts = (charter?.dont ?? []).map((entry) => localize(entry, locale)).filter(Boolean);
  if (!tone && dos.length === 0 && donts.length === 0) return null;
  return (
    <details className="relais-compose-charter">
      <summary>{t('charterSummary')}</summary>
      {tone ? (
        <>
          <h4>{t('charterTone')}</h4>
          <p>{tone}</p>
        </>
      ) : null}
      <GuideList heading={t('charterDo')} entries={dos} />
      <GuideList heading={t('charterDont')} entries={donts} />
    </details>
  );
}
