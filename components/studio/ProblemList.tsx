/** Every problem of the feed, each with a button that takes the author to its field. */
import type { StudioProblem } from '@/lib/studio/validate';
import { useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

export function ProblemList({
  problems,
  describe,
  onGo,
}: {
  problems: readonly StudioProblem[];
  /** Where the problem is, in words ("Item “Solar”: Link"). */
  describe(problem: StudioProblem): string;
  onGo(problem: StudioProblem): void;
}) {
  const t = useT(messagesOf('studio'));
  return (
    <ul className="relais-studio-problemlist">
      {problems.map((problem, index) => (
        <li key={index} className={`relais-studio-problem relais-studio-problem--${problem.severity}`}>
          <strong>{describe(problem)}</strong> {problem.message}
          {problem.hint ? <span className="relais-studio-problem__hint"> {problem.hint}</span> : null}{' '}
          <button type="button" className="relais-button relais-studio-small" onClick={() => onGo(problem)}>
            {t('goToField')}
          </button>
        </li>
      ))}
    </ul>
  );
}
