import { useId } from 'react';
import { LINK_PLACEMENTS, type LinkPlacement } from '@/lib/personalise';
import { useT } from '../i18n/I18nProvider';
import './compose-flow.css';
import { messagesOf } from '@/lib/i18n/catalog';

interface LinkPlacementChoiceProps {
  selected: LinkPlacement;
  onChoose(placement: LinkPlacement): void;
}

const LABELS = { 'first-comment': 'linkInComment', post: 'linkInPost' } as const;

/**
 * "Where the link goes": in a first comment (the default, so the opening is
 * the employee's words only), or in the post after their words.
 */
export function LinkPlacementChoice({ selected, onChoose }: LinkPlacementChoiceProps) {
  const t = useT(messagesOf('compose'));
  const name = useId();
  return (
    <fieldset className="relais-compose-fieldset" aria-describedby={`${name}-hint`}>
      <legend>{t('linkLegend')}</legend>
      <p id={`${name}-hint`} className="relais-compose-hint">
        {t('linkHint')}
      </p>
      {LINK_PLACEMENTS.map((placement) => (
        <label key={placement} className="relais-compose-choice">
          <input
            type="radio"
            name={name}
            value={placement}
            checked={placement === selected}
            onChange={() => onChoose(placement)}
          />
          <span>{t(LABELS[placement])}</span>
        </label>
      ))}
    </fieldset>
  );
}
