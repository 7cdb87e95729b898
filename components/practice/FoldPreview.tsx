import { useState } from 'react';
import { foldPreview } from '@/lib/compose';
import { useT } from '../i18n/I18nProvider';
import { practiceMessages } from './messages';

/** The post as the feed shows it before "…see more". */
export function FoldPreview({ text }: { text: string }) {
  const t = useT(practiceMessages);
  const [expanded, setExpanded] = useState(false);
  const full = text.trimEnd();
  // The same fold rule as the sidebar's preview (desktop), so practice and real drafts agree.
  const preview = foldPreview(full);
  const shown = preview.visible.trimEnd();
  return (
    <section className="relais-fold" aria-labelledby="relais-fold-heading">
      <h2 id="relais-fold-heading" className="relais-fold__heading">
        {t('previewHeading')}
      </h2>
      {full === '' ? (
        <p className="relais-fold__empty">{t('previewEmpty')}</p>
      ) : (
        <p className="relais-fold__text" data-testid="fold-preview">
          {expanded || !preview.truncated ? full : shown}
          {preview.truncated ? (
            <>
              {' '}
              <button
                type="button"
                className="relais-fold__more"
                aria-expanded={expanded}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? t('seeLess') : t('seeMore')}
              </button>
            </>
          ) : null}
        </p>
      )}
      <p className="relais-fold__hint">{t('foldHint')}</p>
    </section>
  );
}
