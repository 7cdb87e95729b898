import type { ComposeFacts } from '@/lib/compose';
import { useT } from '../i18n/I18nProvider';
import { SeverityIcon } from './SeverityIcon';
import { messagesOf } from '@/lib/i18n/catalog';

/** Length against the limit, hashtags and mentions, under the draft. */
export function DraftFacts({ facts, id }: { facts: ComposeFacts; id: string }) {
  const t = useT(messagesOf('compose'));
  const over = facts.remaining < 0;
  return (
    <p id={id} className="relais-compose-facts">
      <span className={over ? 'relais-compose-facts__over' : undefined}>
        {t('characters', { count: facts.length, max: facts.maxLength })}
        {over ? (
          <>
            {' — '}
            <SeverityIcon severity="error" />
            {t.plural('charactersOver', -facts.remaining)}
          </>
        ) : null}
      </span>
      <span>{t.plural('hashtags', facts.hashtags.length)}</span>
      <span>{t.plural('mentions', facts.mentions.length)}</span>
    </p>
  );
}
