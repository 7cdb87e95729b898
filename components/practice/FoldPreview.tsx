import { useState } from 'react';
import { PostPreview } from '../compose/PostPreview';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

/** The post as the feed shows it before "…see more": the sidebar's preview, with the fold rule of lib/compose. */
export function FoldPreview({ text }: { text: string }) {
  const t = useT(messagesOf('practice'));
  const [expanded, setExpanded] = useState(false);
  const full = text.trimEnd();
  return (
    <section className="relais-fold" aria-labelledby="relais-fold-heading">
      <h2 id="relais-fold-heading" className="relais-fold__heading">
        {t('previewHeading')}
      </h2>
      {full === '' ? (
        <p className="relais-fold__empty">{t('previewEmpty')}</p>
      ) : (
        <PostPreview
          text={full}
          device="desktop"
          seeMoreLabel={t('seeMore')}
          seeLessLabel={t('seeLess')}
          expanded={expanded}
          onToggle={() => setExpanded(!expanded)}
          testId="fold-preview"
        />
      )}
      <p className="relais-fold__hint">{t('foldHint')}</p>
    </section>
  );
}
