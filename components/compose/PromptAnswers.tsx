import { useId } from 'react';
import { useT } from '../i18n/I18nProvider';
import { composeMessages } from './messages';

interface PromptAnswersProps {
  prompts: readonly string[];
  answers: readonly string[];
  onAnswer(index: number, value: string): void;
}

/** One labelled text area per personalisation question. */
export function PromptAnswers({ prompts, answers, onAnswer }: PromptAnswersProps) {
  const t = useT(composeMessages);
  const id = useId();
  return (
    <fieldset className="relais-compose-fieldset" aria-describedby={`${id}-hint`}>
      <legend>{t('promptsLegend')}</legend>
      <p id={`${id}-hint`} className="relais-compose-hint">
        {t('promptsHint')}
      </p>
      {prompts.map((prompt, index) => (
        <div key={prompt} className="relais-compose-field">
          <label htmlFor={`${id}-${index}`}>{prompt}</label>
          <textarea
            id={`${id}-${index}`}
            rows={2}
            value={answers[index] ?? ''}
            onChange={(event) => onAnswer(index, event.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
