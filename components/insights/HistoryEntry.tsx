/** One share in the history: title, date, kind, own words, how it was recorded; its text on demand; delete with confirmation. */
import { useId, useState } from 'react';
import type { StoredShare } from '@/lib/history';
import { formatDate, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { InsightsT } from './insights-t';
import { shareKindLabel } from './share-kind';

const VIA_KEYS = { 'post-button': 'viaPostButton', manual: 'viaManual', practice: 'viaPractice' } as const;

export function HistoryEntry(props: {
  share: StoredShare;
  locale: Locale;
  t: InsightsT;
  onDelete: (id: number) => Promise<unknown>;
}) {
  const { share, locale, t, onDelete } = props;
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | undefined>();
  const textId = useId();
  const copy = () =>
    navigator.clipboard.writeText(share.text).then(
      () => setCopyStatus('copied'),
      () => setCopyStatus('failed'),
    );
  return (
    <li className="relais-history__entry">
      <h3 className="relais-history__title">{share.title}</h3>
      <p className="relais-history__facts">
        <time dateTime={new Date(share.postedAt).toISOString()}>
          {formatDate(share.postedAt, locale, { dateStyle: 'medium', timeStyle: 'short' })}
        </time>
        {' · '}
        <span className="relais-history__kind">{shareKindLabel(share, t)}</span>
        {' · '}
        {t('ownWordsOf', { percent: formatPercent(share.ownWords, locale) })}
        {' · '}
        {t(VIA_KEYS[share.via])}
      </p>
      <div className="relais-history__actions">
        <button
          type="button"
          className="relais-button"
          aria-expanded={open}
          aria-controls={textId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideText') : t('openText')}
        </button>
        {!confirming ? (
          <button type="button" className="relais-button" onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-label={t('delete')} className="relais-notice relais-notice--warning">
          <p>{t('deleteConfirm', { title: share.title })}</p>
          <button type="button" className="relais-button relais-button--danger" onClick={() => void onDelete(share.id)}>
            {t('deleteYes')}
          </button>{' '}
          <button type="button" className="relais-button" onClick={() => setConfirming(false)} autoFocus>
            {t('keep')}
          </button>
        </div>
      ) : null}
      <div id={textId} hidden={!open}>
        {open ? (
          <>
            <textarea
              readOnly
              value={share.text}
              aria-label={t('textLabel', { title: share.title })}
              rows={6}
              className="relais-history__text"
            />
            <button type="button" className="relais-button" onClick={() => void copy()}>
              {t('copy')}
            </button>{' '}
            <span role="status">
              {copyStatus === 'copied' ? t('copied') : copyStatus === 'failed' ? t('copyFailed') : ''}
            </span>
          </>
        ) : null}
      </div>
    </li>
  );
}
