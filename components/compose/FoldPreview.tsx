import { useId, useState } from 'react';
import { foldPreview, type FoldDevice } from '@/lib/compose';
import { useT } from '../i18n/I18nProvider';
import { PostPreview } from './PostPreview';
import { useTextMeasure } from './use-text-measure';
import { messagesOf } from '@/lib/i18n/catalog';

const DEVICES: FoldDevice[] = ['desktop', 'mobile'];

/** What readers see before "see more", on desktop or mobile, laid out as LinkedIn's feed does. */
export function FoldPreview({ text }: { text: string }) {
  const t = useT(messagesOf('compose'));
  const id = useId();
  const [device, setDevice] = useState<FoldDevice>('desktop');
  const measure = useTextMeasure();
  const empty = text.trim() === '';
  const truncated = foldPreview(text.trimEnd(), device, measure).truncated;
  return (
    <section className="relais-compose-section" aria-labelledby={`${id}-heading`}>
      <div className="relais-compose-row">
        <h3 id={`${id}-heading`}>{t('previewHeading')}</h3>
        <div role="group" aria-label={t('previewDevice')} className="relais-compose-toggle">
          {DEVICES.map((option) => (
            <button
              key={option}
              type="button"
              className="relais-compose-toggle__button"
              aria-pressed={device === option}
              onClick={() => setDevice(option)}
            >
              {t(option)}
            </button>
          ))}
        </div>
      </div>
      {empty ? (
        <p className="relais-compose-hint">{t('previewEmpty')}</p>
      ) : (
        <PostPreview text={text} device={device} seeMoreLabel={t('seeMore')} />
      )}
      {!empty && !truncated ? <p className="relais-compose-hint">{t('previewAllVisible')}</p> : null}
    </section>
  );
}
