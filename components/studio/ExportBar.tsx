/**
 * Download the feed (relais-feed.json), or copy it; both say when employees'
 * Relais would skip something. Until a feed is open there is nothing to
 * export: both wait, and say why.
 */
import { useId, useState } from 'react';
import { copyToClipboard } from '@/lib/linkedin/clipboard';
import { exportFeedText } from '@/lib/studio/document';
import { useT } from '../i18n/I18nProvider';
import { saveTextAs } from './download';
import { useStudio } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

export const EXPORT_FILE_NAME = 'relais-feed.json';

export function ExportBar() {
  const t = useT(messagesOf('studio'));
  const { document, validation, hasFeed } = useStudio();
  const whyId = useId();
  const why = hasFeed ? undefined : whyId;
  const [said, setSaid] = useState<{ kind: 'status' | 'alert'; text: string } | undefined>();
  const warning = () => {
    if (validation.feedRefused) return t('exportWarnRefused');
    if (validation.skippedItems.size > 0) return t.plural('exportWarnSkipped', validation.skippedItems.size);
    return undefined;
  };
  const done = (text: string) => {
    const warn = warning();
    setSaid(warn ? { kind: 'alert', text: warn } : { kind: 'status', text });
  };
  return (
    <div className="relais-studio-export">
      <button
        type="button"
        className="relais-button relais-button--primary"
        disabled={!hasFeed}
        aria-describedby={why}
        onClick={() => {
          saveTextAs(exportFeedText(document), EXPORT_FILE_NAME, 'application/feed+json');
          done(t('exportDownloaded'));
        }}
      >
        {t('exportDownload')}
      </button>
      <button
        type="button"
        className="relais-button"
        disabled={!hasFeed}
        aria-describedby={why}
        onClick={() =>
          void copyToClipboard(exportFeedText(document)).then((copied) =>
            copied ? done(t('exportCopied')) : setSaid({ kind: 'alert', text: t('exportCopyFailed') }),
          )
        }
      >
        {t('exportCopy')}
      </button>
      {hasFeed ? null : (
        <span id={whyId} className="relais-studio-export__why">
          {t('exportNeedsFeed')}
        </span>
      )}
      <span aria-live="polite" className="relais-studio-export__said">
        {said ? (
          <span role={said.kind} className={said.kind === 'alert' ? 'relais-studio-warn' : undefined}>
            {said.text}
          </span>
        ) : null}
      </span>
    </div>
  );
}
