import { type Ref, useId } from 'react';
import type { FirstWordsBox } from '@/lib/personalise';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

interface PromptAnswersProps {
  /** The first box: its question follows the chosen angle. */
  firstWords: FirstWordsBox;
  prompts: readonly string[];
  /** `answers[0]` is the first box, then one per prompt. */
  answers: readonly string[];
  onAnswer(index: number, value: string): void;
  firstBox?: Ref<HTMLTextAreaElement>;
}

/** The employee's words: the first box (it opens the post), then one labelled text area per question. */
export function PromptAnswers({ firstWords, prompts, answers, onAnswer, firstBox }: PromptAnswersProps) {
  const t = useT(messagesOf('compose'));
  const id = useId();
  const boxes = [
    { question: firstWords.question, placeholder: firstWords.placeholder },
    ...prompts.map((question) => ({ question, placeholder: undefined })),
  ];
  return (
    <fieldset className="relais-compose-fieldset" aria-describedby={`${id}-hint`}>
      <legend>{t('promptsLegend')}</legend>
      <p id={`${id}-hint`} className="relais-compose-hint">
        {t('promptsHint')}
      </p>
      {boxes.map((box, index) => (
        <div key={index} className="relais-compose-field">
          <label htmlFor={`${id}-${index}`}>{box.question}</label>
          <textarea
            id={`${id}-${index}`}
            ref={index === 0 ? firstBox : undefined}
            rows={index === 0 ? 3 : 2}
            placeholder={box.placeholder}
            value={answers[index] ?? ''}
            onChange={(event) => onAnswer(index, event.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
