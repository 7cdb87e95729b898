/** Opt-in personal challenges: off until switched on, about quality, never compared with anyone. */
import { CHALLENGE_IDS, type ChallengeId, type ChallengeProgress, describeChallenge } from '@/lib/history';
import type { Locale } from '@/lib/i18n/messages';
import type { InsightsT } from './insights-t';

/** 0–1 for the progress bar; an average challenge fills up to the average it has to beat. */
const completion = (challenge: ChallengeProgress) => {
  if (challenge.done) return 1;
  if (!challenge.available || challenge.goal <= 0) return 0;
  return Math.min(challenge.progress / challenge.goal, 1);
};

export function ChallengesSection(props: {
  enabled: readonly ChallengeId[];
  progress: readonly ChallengeProgress[];
  onChange: (next: ChallengeId[]) => void;
  locale: Locale;
  t: InsightsT;
}) {
  const { enabled, progress, onChange, locale, t } = props;
  const toggle = (id: ChallengeId, on: boolean) =>
    onChange(CHALLENGE_IDS.filter((candidate) => (candidate === id ? on : enabled.includes(candidate))));
  return (
    <section aria-labelledby="relais-challenges-heading" className="relais-insights__card">
      <h2 id="relais-challenges-heading">{t('challengesHeading')}</h2>
      <p>{t('challengesIntro')}</p>
      <ul className="relais-challenges">
        {CHALLENGE_IDS.map((id) => {
          const current = progress.find((challenge) => challenge.id === id);
          const text = current ? describeChallenge(current, locale) : undefined;
          const title = text?.title ?? describeChallenge({ id, ...EMPTY_PROGRESS }, locale).title;
          return (
            <li key={id}>
              <label className="relais-option">
                <input
                  type="checkbox"
                  checked={enabled.includes(id)}
                  onChange={(event) => toggle(id, event.target.checked)}
                />{' '}
                <strong>{title}</strong>
              </label>
              {enabled.includes(id) && current && text ? (
                <div className="relais-challenges__progress">
                  <p>{text.detail}</p>
                  <progress max={1} value={completion(current)} aria-label={t('challengeProgress', { title })} />{' '}
                  <span>{text.status}</span>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Enough of a progress record to name a challenge that is switched off. */
const EMPTY_PROGRESS = {
  period: { label: '', start: 0, end: 0 },
  available: true,
  progress: 0,
  goal: 0,
  unit: 'posts',
  done: false,
} as const satisfies Omit<ChallengeProgress, 'id'>;
