import { type MouseEvent, useEffect, useId, useMemo } from 'react';
import { fromBase64 } from '@/lib/images/fetch-image';
import type { ImageAttachment } from '@/lib/protocol/tab-protocol';
import { useT } from '../i18n/I18nProvider';
import type { AttachImage } from './use-attach-image';
import './compose-flow.css';
import { messagesOf } from '@/lib/i18n/catalog';

// Keeps LinkedIn's composer focused while our button is clicked.
const keepPageFocus = (event: MouseEvent) => event.preventDefault();

/**
 * After the draft went to LinkedIn: "Add the image" puts the item's image
 * into the composer as a real attachment; when that cannot be done (or this
 * host cannot reach LinkedIn's composer), "Download the image" and one line
 * saying what to click.
 */
export function AddImageStep({ attach }: { attach: AttachImage }) {
  const t = useT(messagesOf('compose'));
  const id = useId();
  const { image, state } = attach;
  if (attach.unavailable) return <p className="relais-compose-hint">{t('imageUnavailable')}</p>;

  const outcome = state.kind === 'done' ? state.outcome : undefined;
  const failed =
    state.kind === 'error' || outcome?.kind === 'not-attached' || (image !== undefined && !attach.canAttach);
  return (
    <section className="relais-first-comment relais-add-image" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('imageHeading')}</h3>
      {attach.canAttach ? (
        <button
          type="button"
          className="relais-button"
          disabled={!image || state.kind === 'attaching' || attach.imageAttached}
          onMouseDown={keepPageFocus}
          onClick={() => void attach.attach()}
        >
          {state.kind === 'attaching' ? t('addingImage') : image ? t('addImage') : t('imageLoading')}
        </button>
      ) : null}
      <div role="status" className="relais-compose-hint">
        {outcome?.kind === 'attached'
          ? t(outcome.where === 'composer' ? 'imageAttached' : 'imageInEditor')
          : outcome?.kind === 'not-attached'
            ? t(outcome.reason === 'composer-not-found' ? 'imageComposerClosed' : 'imageNotAttached')
            : state.kind === 'error'
              ? t('imageNotAttached')
              : null}
      </div>
      {failed && image ? <ImageDownload image={image} hint={t('imageManualHint')} label={t('downloadImage')} /> : null}
    </section>
  );
}

/** A real download of the bytes Relais already holds: nothing is requested again. */
function ImageDownload({ image, hint, label }: { image: ImageAttachment; hint: string; label: string }) {
  const href = useMemo(
    () => URL.createObjectURL(new Blob([fromBase64(image.base64) as BlobPart], { type: image.mimeType })),
    [image],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return (
    <>
      <p className="relais-compose-hint">{hint}</p>
      <a className="relais-button" href={href} download={image.name}>
        {label}
      </a>
    </>
  );
}
