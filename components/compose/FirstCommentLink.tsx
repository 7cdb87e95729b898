import { useId, useState } from 'react';
import { copyToClipboard } from '@/lib/linkedin/clipboard';
import { useT } from '../i18n/I18nProvider';
import './compose-flow.css';
import { messagesOf } from '@/lib/i18n/catalog';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * After inserting a draft whose link waits for a first comment: what to do
 * once the post is out, and the link ready to copy. The link is shown as text
 * too, so it can be copied by hand when the clipboard is refused.
 */
export function FirstCommentLink({ url }: { url: string }) {
  const t = useT(messagesOf('compose'));
  const id = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  return (
    <section className="relais-first-comment" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('firstCommentHeading')}</h3>
      <p className="relais-compose-hint">{t('firstCommentHint')}</p>
      <div className="relais-field">
        <label htmlFor={`${id}-link`}>{t('firstCommentLinkLabel')}</label>
        <input id={`${id}-link`} readOnly value={url} onFocus={(event) => event.target.select()} />
      </div>
      <button
        type="button"
        className="relais-button"
        onClick={() => void copyToClipboard(url).then((copied) => setCopy(copied ? 'copied' : 'failed'))}
      >
        {t('copyLink')}
      </button>
      <p role="status" className="relais-compose-hint">
        {copy === 'copied' ? t('linkCopied') : copy === 'failed' ? t('linkCopyFailed') : null}
      </p>
    </section>
  );
}
