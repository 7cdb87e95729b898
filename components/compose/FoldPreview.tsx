import { useId, useState } from 'react';
import type { ComposeFacts, FoldDevice } from '@/lib/compose';
import { useT } from '../i18n/I18nProvider';
import { composeMessages } from './messages';

const DEVICES: FoldDevice[] = ['desktop', 'mobile'];

/** What readers see before "see more", line breaks kept, on desktop or mobile. */
export function FoldPreview({ fold }: { fold: ComposeFacts['fold'] }) {
  const t = useT(composeMessages);
  const id = useId();
  const [device, setDevice] = useState<FoldDevice>('desktop');
  const preview = fold[device];
  const empty = preview.lines.every((line) => line.trim() === '');
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
      <div className={`relais-compose-preview relais-compose-preview--${device}`}>
        {empty ? (
          <span className="relais-compose-hint">{t('previewEmpty')}</span>
        ) : (
          // One block per line LinkedIn would show; a line too wide for the sidebar wraps inside its block.
          preview.lines.map((line, index) => (
            <span key={index} className="relais-compose-preview__line">
              {line}
              {preview.truncated && index === preview.lines.length - 1 ? (
                <span className="relais-compose-preview__more"> {t('seeMore')}</span>
              ) : null}
            </span>
          ))
        )}
      </div>
      {!empty && !preview.truncated ? <p className="relais-compose-hint">{t('previewAllVisible')}</p> : null}
    </section>
  );
}
