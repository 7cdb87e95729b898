import { useId } from 'react';
import { useT } from '../i18n/I18nProvider';
import { composeMessages } from './messages';

interface AnglePickerProps {
  /** In this install's order. */
  angles: readonly string[];
  selected: string | undefined;
  onChoose(angle: string | undefined): void;
}

/** The suggested openers as a radio group, plus "my own opener". */
export function AnglePicker({ angles, selected, onChoose }: AnglePickerProps) {
  const t = useT(composeMessages);
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
    </fieldset>
  );
}
