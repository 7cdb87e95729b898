import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { tourMessages } from './messages';

const STEPS = [
  { title: 'parrotTitle', body: 'parrotBody' },
  { title: 'charterTitle', body: 'charterBody' },
  { title: 'meterTitle', body: 'meterBody' },
  { title: 'momentTitle', body: 'momentBody' },
] as const;

/**
 * A short modal tour. Keyboard: Tab stays inside, Escape closes, the arrow keys
 * move between steps; focus goes back where it was when it closes.
 */
export function GuidedTour({ onClose, placement }: { onClose: () => void; placement: 'app' | 'page' }) {
  const t = useT(tourMessages);
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = STEPS[index]!;
  const last = index === STEPS.length - 1;

  useEffect(() => {
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    const opener = root?.activeElement as HTMLElement | null | undefined;
    return () => opener?.focus?.();
  }, []);
  useEffect(() => heading.current?.focus(), [index]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowRight' && !last) setIndex(index + 1);
    else if (event.key === 'ArrowLeft' && index > 0) setIndex(index - 1);
    else if (event.key === 'Tab') trapFocus(event, dialog.current);
  };

  return (
    <div className={`relais-tour-backdrop relais-tour-backdrop--${placement}`}>
      <div
        ref={dialog}
        className="relais-tour"
        role="dialog"
        aria-modal="true"
        aria-label={t('dialogLabel')}
        aria-describedby="relais-tour-body"
        onKeyDown={onKeyDown}
      >
        <div className="relais-tour__top">
          <span className="relais-tour__count">{t('stepCount', { step: index + 1, total: STEPS.length })}</span>
          <button
            type="button"
            className="relais-icon-button"
            onClick={onClose}
            aria-label={t('skip')}
            title={t('skip')}
          >
            ×
          </button>
        </div>
        <h2 ref={heading} tabIndex={-1} className="relais-tour__title">
          {t(step.title)}
        </h2>
        <p id="relais-tour-body">{t(step.body)}</p>
        <div className="relais-tour__actions">
          {index > 0 ? (
            <button type="button" className="relais-button" onClick={() => setIndex(index - 1)}>
              {t('back')}
            </button>
          ) : null}
          <button
            type="button"
            className="relais-button relais-button--primary"
            onClick={() => (last ? onClose() : setIndex(index + 1))}
          >
            {last ? t('finish') : t('next')}
          </button>
        </div>
      </div>
    </div>
  );
}

function trapFocus(event: KeyboardEvent, container: HTMLElement | null) {
  if (!container) return;
  const focusable = [...container.querySelectorAll<HTMLElement>('button, [href], input, select, textarea')].filter(
    (element) => !element.hasAttribute('disabled'),
  );
  const first = focusable[0];
  const lastElement = focusable[focusable.length - 1];
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    lastElement?.focus();
  } else if (!event.shiftKey && active === lastElement) {
    event.preventDefault();
    first?.focus();
  }
}
