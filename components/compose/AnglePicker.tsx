import { useId } from 'react';
import { useT } from '../i18n/I18nProvider';
import './compose-flow.css';
import { messagesOf } from '@/lib/i18n/catalog';

interface AnglePickerProps {
  /** In this install's order. */
  angles: readonly string[];
  selected: string | undefined;
  onChoose(angle: string | undefined): void;
  /** Puts the selected angle at the start of the first box, on purpose. */
  onInsertStarter(angle: string): void;
}

/**
 * The comms team's angles as directions, plus "no direction". Choosing one
 * changes the first question; only "Insert as a sentence starter" puts its
 * words in the draft.
 */
export function AnglePicker({ angles, selected, onChoose, onInsertStarter }: AnglePickerProps) {
  const t = useT(messagesOf('compose'));
  const name = useId();
  const hintId = `${name}-hint`;
  if (angles.length === 0) return null;
  const options: Array<{ value: string | undefined; label: string }> = [
    ...angles.map((angle) => ({ value: angle, label: angle })),
    { value: undefined, label: t('ownOpener') },
  ];
  return (
    <fieldset className="relais-compose-fieldset" aria-describedby={hintId}>
      <legend>{t('angleLegend')}</legend>
      <p id={hintId} className="relais-compose-hint">
        {t('angleHint')}
      </p>
      {options.map((option, index) => (
        <label key={index} className="relais-compose-choice">
          <input
            type="radio"
            name={name}
            value={String(index)}
            checked={option.value === selected}
            onChange={() => onChoose(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {selected === undefined ? null : (
        <div className="relais-compose-starter">
          <button
            type="button"
            className="relais-button relais-button--quiet"
            aria-describedby={`${name}-starter`}
            onClick={() => onInsertStarter(selected)}
          >
            {t('insertStarter')}
          </button>
          <p id={`${name}-starter`} className="relais-compose-hint">
            {t('insertStarterHint')}
          </p>
        </div>
      )}
    </fieldset>
  );
}
