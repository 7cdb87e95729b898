/**
 * The "Draft on LinkedIn" area of an item: the personalisation flow, then what
 * happened to the draft (inserted, on the clipboard, or to copy by hand) and
 * the "I posted it" fallback for recording the share.
 */
import { useHost } from '../app/host';
import { useEffect, useId, useRef } from 'react';
import { ComposeFlow } from '../compose/ComposeFlow';
import { AddImageStep } from '../compose/AddImageStep';
import { FirstCommentLink } from '../compose/FirstCommentLink';
import { useAttachImage } from '../compose/use-attach-image';
import type { LibraryItem } from '@/lib/feed/library-item';
import type { Charter, FeatureSwitches, LinkedInSelectors } from '@/lib/feed/schema';
import { composerInsertAllowed, isSecureImage } from '@/lib/library/draft';
import { linkForFirstComment } from '@/lib/personalise';
import { useT } from '../i18n/I18nProvider';
import { describeInsertOutcome, offersPostedButton } from './insert-outcome';
import { useInsertDraft } from './use-insert-draft';
import { useRecordShare } from './use-record-share';
import type { RelayKind } from '../state/ui-store';
import { messagesOf } from '@/lib/i18n/catalog';
import { useProblemWords } from '../problems/problem-words';

interface DraftPanelProps {
  item: LibraryItem;
  charter: Charter | undefined;
  /** The feed's switches (kill switches for insertion and post detection). */
  features: FeatureSwitches | undefined;
  /** The feed's selector hotfix for LinkedIn's composer, if any. */
  linkedinSelectors?: LinkedInSelectors;
  /** Expired or withdrawn items can no longer be drafted. */
  disabled: boolean;
  /** A new post (default), a repost of the company's post with the employee's thoughts, or a comment under it. */
  relay?: RelayKind;
}

export function DraftPanel({ item, charter, features, linkedinSelectors, disabled, relay = 'post' }: DraftPanelProps) {
  const t = useT(messagesOf('draft'));
  const words = useProblemWords();
  const id = useId();
  const drafting = useInsertDraft({ item, features, linkedinSelectors, relay });
  const record = useRecordShare(item);
  const image = useAttachImage({
    url: item.image,
    allowInsert: composerInsertAllowed(features ? { features } : undefined),
    linkedinSelectors,
    resetKey: drafting.last?.at,
  });
  const manualCopy = useRef<HTMLTextAreaElement>(null);
  const outcomeRegion = useRef<HTMLDivElement>(null);

  const host = useHost();
  const outcome = drafting.outcome ? describeInsertOutcome(drafting.outcome, host.kind, relay, words) : undefined;
  useEffect(() => {
    if (outcome?.manualCopy) {
      manualCopy.current?.focus();
      manualCopy.current?.select();
    }
  }, [outcome?.manualCopy, drafting.last]);
  // "Draft inserted" (or what to do instead) shows without scrolling, however long the item above it,
  // also when the sidebar then narrows to make room for LinkedIn's dialog (the frame is resized).
  useEffect(() => {
    if (!drafting.last) return;
    const show = () => outcomeRegion.current?.scrollIntoView?.({ block: 'nearest' });
    show();
    window.addEventListener('resize', show);
    return () => window.removeEventListener('resize', show);
  }, [drafting.last]);

  if (disabled) {
    return (
      <section className="relais-draft" aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`}>{t('heading')}</h3>
        <p className="relais-notice relais-notice--warning">{t('expired')}</p>
      </section>
    );
  }

  const last = drafting.last;
  // The inserted text has no link (the default: it goes in a first comment): say so, with the link to copy.
  const commentLink = last && relay === 'post' ? linkForFirstComment(last.text, item.url) : undefined;
  return (
    <>
      <ComposeFlow
        item={item}
        charter={charter}
        features={features ?? {}}
        relay={relay}
        onInsert={async (text, meta) => {
          await drafting.insert(text, {
            ownWords: meta.ownWords,
            findings: meta.findings,
            draftStartedAt: meta.draftStartedAt,
          });
        }}
      />
      <div role="status" className="relais-outcome-region" ref={outcomeRegion}>
        {outcome && outcome.tone !== 'error' ? (
          <p className={`relais-notice relais-notice--${outcome.tone}`}>{t(outcome.message, outcome.params)}</p>
        ) : null}
      </div>
      {outcome?.tone === 'error' ? (
        <div role="alert">
          <p className="relais-notice relais-notice--error">{t(outcome.message, outcome.params)}</p>
        </div>
      ) : null}
      {outcome?.manualCopy && last ? (
        <div className="relais-field">
          <label htmlFor={`${id}-copy`}>{t('manualCopyLabel')}</label>
          <textarea id={`${id}-copy`} ref={manualCopy} readOnly rows={6} value={last.text} />
        </div>
      ) : null}
      {commentLink ? <FirstCommentLink key={last?.at} url={commentLink} /> : null}
      {last && isSecureImage(item.image) ? <AddImageStep attach={image} /> : null}
      {last && offersPostedButton(host.kind) ? (
        <div className="relais-actions">
          <button
            type="button"
            className="relais-button"
            disabled={record.isPending || record.isSuccess}
            onClick={() =>
              record.mutate({
                text: last.text,
                measures: {
                  ...last.meta,
                  kind: relay,
                  insertedAt: last.outcome.kind === 'inserted' ? last.at : undefined,
                  withImage: image.imageAttached,
                },
              })
            }
          >
            {record.isPending ? t('postedSaving') : t('posted')}
          </button>
        </div>
      ) : null}
      <div role="status">
        {record.isSuccess ? <p className="relais-notice relais-notice--success">{t('postedSaved')}</p> : null}
        {record.isError ? (
          <p className="relais-notice relais-notice--error">{t('postedError', { message: words(record.error) })}</p>
        ) : null}
      </div>
    </>
  );
}
