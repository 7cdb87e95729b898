/**
 * For an item whose company post is on LinkedIn (`_relais.linkedin_post`): says
 * so, and lets the employee choose how to relay it — their own post, a repost
 * with their thoughts, or a comment under the company's post. Opening the post
 * happens in the same tab; Relais never clicks Repost, Comment or Post.
 */
import { useId, useState } from 'react';
import { useHost } from '../app/host';
import { useT } from '../i18n/I18nProvider';
import type { RelayKind } from '../state/ui-store';
import { messagesOf } from '@/lib/i18n/catalog';

interface RelayChoiceProps {
  postUrl: string;
  relay: RelayKind;
  onChoose(relay: RelayKind): void;
}

const CHOICES: readonly { kind: RelayKind; label: 'relayPost' | 'relayRepost' | 'relayComment' }[] = [
  { kind: 'post', label: 'relayPost' },
  { kind: 'repost', label: 'relayRepost' },
  { kind: 'comment', label: 'relayComment' },
];

export function RelayChoice({ postUrl, relay, onChoose }: RelayChoiceProps) {
  const t = useT(messagesOf('draft'));
  const id = useId();
  const host = useHost();
  const [openError, setOpenError] = useState<string | null>(null);
  const openPost = host.openInLinkedInTab;

  return (
    <section className="relais-relay" aria-labelledby={`${id}-posted`}>
      <p id={`${id}-posted`} className="relais-notice relais-notice--info">
        {t('companyPosted')} ·{' '}
        <a href={postUrl} target="_blank" rel="noopener noreferrer">
          {t('viewCompanyPost')}
        </a>
      </p>
      <div role="radiogroup" aria-label={t('relayChoice')} className="relais-relay-choices">
        {CHOICES.map((choice) => (
          <button
            key={choice.kind}
            type="button"
            role="radio"
            aria-checked={relay === choice.kind}
            className={`relais-button${relay === choice.kind ? ' relais-button--primary' : ''}`}
            onClick={() => onChoose(choice.kind)}
          >
            {t(choice.label)}
          </button>
        ))}
      </div>
      {relay === 'post' ? null : (
        <div className="relais-relay-steps">
          <p className="relais-compose-hint">{t(relay === 'repost' ? 'repostSteps' : 'commentSteps')}</p>
          {openPost ? (
            <>
              <button
                type="button"
                className="relais-button"
                aria-describedby={`${id}-open-hint`}
                onClick={() => {
                  setOpenError(null);
                  openPost(postUrl).catch((error: unknown) =>
                    setOpenError(error instanceof Error ? error.message : String(error)),
                  );
                }}
              >
                {t('openCompanyPost')}
              </button>
              <p id={`${id}-open-hint`} className="relais-compose-hint">
                {t('openCompanyPostHint')}
              </p>
            </>
          ) : null}
          {openError === null ? null : (
            <p role="alert" className="relais-notice relais-notice--error">
              {openError}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
