import { useCallback, useDeferredValue, useId, useMemo, useReducer, useRef } from 'react';
import { toShareFindings, type CharterFinding, type TextEdit } from '@/lib/charter';
import type { DraftRecord, ShareFinding } from '@/lib/db/records';
import type { LibraryItem } from '@/lib/feed/library-item';
import type { Charter, FeatureSwitches } from '@/lib/feed/schema';
import { buildSourceIndex, itemSources } from '@/lib/originality';
import { COMMENT_MAX_CHARS, commentLength } from '@/lib/linkedin/comment';
import {
  assembleDraft,
  commentPrompts,
  firstWordsBox,
  resolvePrompts,
  rotateAngles,
  sentenceStarter,
} from '@/lib/personalise';
import type { RelayKind } from '../state/ui-store';
import { useHost } from '../app/host';
import { useLocale, useT } from '../i18n/I18nProvider';
import { AnglePicker } from './AnglePicker';
import { CharterFindings } from './CharterFindings';
import { CharterGuide } from './CharterGuide';
import {
  analyseDraft,
  createComposeReducer,
  initialComposeState,
  toDraftRecord,
  type Assemble,
  type DraftContext,
} from '@/lib/personalise/compose-state';
import { DraftFacts } from './DraftFacts';
import { FoldPreview } from './FoldPreview';
import { InsertStep } from './InsertStep';
import { LinkPlacementChoice } from './LinkPlacementChoice';
import { OriginalityMeter } from './OriginalityMeter';
import { PostingMoment } from './PostingMoment';
import { PromptAnswers } from './PromptAnswers';
import { useInstallSeed } from './use-install-seed';
import { useDraftAutosave, useStoredDraft } from './use-stored-draft';
import { messagesOf } from '@/lib/i18n/catalog';
import { useProblemWords } from '../problems/problem-words';

export interface InsertMeta {
  /** Share of the draft in the employee's own words, 0–1. */
  ownWords: number;
  /** The charter findings at the moment of inserting, for the local share history. */
  findings: ShareFinding[];
  draftStartedAt: number;
  /** The employee went through the confirmation (too few own words, possibly confidential phrase). */
  confirmed: boolean;
}

export interface ComposeFlowProps {
  item: LibraryItem;
  /** The charter of the item's feed. */
  charter?: Charter;
  /** The switches of the item's feed; `composer_insert: false` turns the button into "Copy the draft". */
  features: FeatureSwitches;
  onInsert(text: string, meta: InsertMeta): void | Promise<void>;
  /** A new post (the default), the employee's thoughts on a repost of the company's post, or a comment under it. */
  relay?: RelayKind;
}

/** Each way of relaying keeps its own draft: a comment is not a shortened post. */
export const draftKeyFor = (itemKey: string, relay: RelayKind) => (relay === 'post' ? itemKey : `${itemKey}#${relay}`);

/** Findings the meter shows beside the percentage rather than in the charter list. */
const METER_RULES = new Set(['own-words-low', 'opening-copied']);

/**
 * "Make it yours": angle, personal answers, a draft the employee edits freely,
 * live originality and charter checks, then insert. Loads this install's seed
 * and the saved draft first, so a reopened item comes back as it was left.
 */
export function ComposeFlow(props: ComposeFlowProps) {
  const t = useT(messagesOf('compose'));
  const { workspace } = useHost();
  const seed = useInstallSeed();
  const relay = props.relay ?? 'post';
  const draftKey = draftKeyFor(props.item.key, relay);
  const stored = useStoredDraft(workspace, draftKey);
  if (seed.isError || stored.isError) {
    const error = seed.error ?? stored.error;
    return (
      <div role="alert" className="relais-compose-error">
        <p>{t('loadError', { message: error?.message ?? '' })}</p>
        <button
          type="button"
          className="relais-button"
          onClick={() => {
            if (seed.isError) void seed.refetch();
            if (stored.isError) void stored.refetch();
          }}
        >
          {t('retry')}
        </button>
      </div>
    );
  }
  if (seed.data === undefined || stored.data === undefined) return <p role="status">{t('loading')}</p>;
  return (
    <ComposeEditor
      key={`${workspace}:${draftKey}`}
      {...props}
      relay={relay}
      draftKey={draftKey}
      seed={seed.data}
      stored={stored.data}
    />
  );
}

interface ComposeEditorProps extends ComposeFlowProps {
  relay: RelayKind;
  draftKey: string;
  seed: string;
  stored: DraftRecord | null;
}

function ComposeEditor({
  item,
  charter: feedCharter,
  features,
  onInsert,
  relay,
  draftKey,
  seed,
  stored,
}: ComposeEditorProps) {
  const t = useT(messagesOf('compose'));
  const words = useProblemWords();
  const locale = useLocale();
  const host = useHost();
  const id = useId();
  const draftField = useRef<HTMLTextAreaElement>(null);
  const firstBox = useRef<HTMLTextAreaElement>(null);

  const angles = useMemo(() => rotateAngles(item.angles, seed, item.key), [item.angles, seed, item.key]);
  // A comment is held to LinkedIn's comment limit, as well as to the charter's own maximum.
  const charter = useMemo(
    () =>
      relay === 'comment'
        ? { ...feedCharter, max_length: Math.min(feedCharter?.max_length ?? COMMENT_MAX_CHARS, COMMENT_MAX_CHARS) }
        : feedCharter,
    [feedCharter, relay],
  );
  const prompts = useMemo(
    () => (relay === 'comment' ? commentPrompts(locale) : resolvePrompts(item, charter, locale)),
    [item, charter, locale, relay],
  );
  const assemble = useCallback<Assemble>(
    (answers, linkPlacement) =>
      assembleDraft({
        answers,
        item,
        locale,
        // A repost embeds the company's post and a comment sits under it: no link, no quote of it.
        // A comment carries no hashtags block by default.
        options:
          relay === 'post'
            ? { linkPlacement }
            : { includeLink: false, includeQuote: false, includeHashtags: relay !== 'comment' },
      }),
    [item, locale, relay],
  );
  const reducer = useMemo(() => createComposeReducer(assemble), [assemble]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    initialComposeState({ stored, angles, promptCount: prompts.length, assemble, now: Date.now() }),
  );

  const saveStatus = useDraftAutosave(host.workspace, draftKey, state.revision, (now) =>
    toDraftRecord(state, draftKey, now),
  );

  // Built once per item. Typing stays urgent; the analysis (a few ms for a 3,000-character draft
  // against a large charter) follows the deferred text, so React may skip it between fast keystrokes.
  const sourceIndex = useMemo(() => buildSourceIndex(itemSources(item)), [item]);
  const context = useMemo<DraftContext>(
    () => ({ sourceIndex, charter, locale, hashtags: item.hashtags }),
    [sourceIndex, charter, locale, item.hashtags],
  );
  const deferredText = useDeferredValue(state.text);
  const analysis = useMemo(() => analyseDraft(deferredText, context), [deferredText, context]);
  // Inserting judges the text as it is now, not as it was a frame ago.
  const analyseNow = () => (analysis.text === state.text ? analysis : analyseDraft(state.text, context));
  const [meterFindings, charterFindings] = useMemo(() => {
    const meter: CharterFinding[] = [];
    const rest: CharterFinding[] = [];
    for (const finding of analysis.findings) (METER_RULES.has(finding.rule) ? meter : rest).push(finding);
    return [meter, rest];
  }, [analysis.findings]);

  const insert = (confirmed: boolean) => {
    const { text, originality, findings } = analyseNow();
    return onInsert(text, {
      ownWords: originality.ownShare,
      findings: toShareFindings(findings),
      draftStartedAt: state.startedAt,
      confirmed,
    });
  };
  const { facts, originality } = analysis;
  const commentOver = relay === 'comment' ? commentLength(state.text) - COMMENT_MAX_CHARS : 0;

  return (
    <section className="relais-compose" aria-label={t('flowLabel')}>
      <AnglePicker
        angles={angles}
        selected={state.angle}
        onChoose={(angle) => dispatch({ type: 'choose-angle', angle })}
        onInsertStarter={(angle) => {
          dispatch({ type: 'insert-starter', starter: sentenceStarter(angle, locale) });
          const box = firstBox.current;
          box?.focus();
          // The caret goes after the starter, where the employee's own words continue.
          requestAnimationFrame(() => box?.setSelectionRange(box.value.length, box.value.length));
        }}
      />
      <PromptAnswers
        firstWords={firstWordsBox(state.angle, locale)}
        firstBox={firstBox}
        prompts={prompts}
        answers={state.answers}
        onAnswer={(index, value) => dispatch({ type: 'answer', index, value })}
      />
      {item.url && relay === 'post' ? (
        <LinkPlacementChoice
          selected={state.linkPlacement}
          onChoose={(placement) => dispatch({ type: 'place-link', placement })}
        />
      ) : null}

      <div className="relais-compose-field relais-compose-draft">
        <label htmlFor={`${id}-draft`}>
          {t(relay === 'comment' ? 'draftLabelComment' : relay === 'repost' ? 'draftLabelRepost' : 'draftLabel')}
        </label>
        <p id={`${id}-draft-hint`} className="relais-compose-hint">
          {t(relay === 'comment' ? 'draftHintComment' : relay === 'repost' ? 'draftHintRepost' : 'draftHint')}
        </p>
        <textarea
          id={`${id}-draft`}
          ref={draftField}
          rows={9}
          value={state.text}
          aria-describedby={`${id}-draft-hint ${id}-facts`}
          aria-invalid={facts.remaining < 0 || undefined}
          onChange={(event) => dispatch({ type: 'edit', text: event.target.value })}
        />
        <DraftFacts facts={facts} id={`${id}-facts`} />
        {commentOver > 0 ? (
          <p role="alert" className="relais-compose-problem">
            {t('commentTooLong', { max: String(COMMENT_MAX_CHARS), over: String(commentOver) })}
          </p>
        ) : null}
        {state.handEdited ? (
          <div className="relais-compose-rebuild">
            <p className="relais-compose-hint">{t('rebuildHint')}</p>
            <button type="button" className="relais-button" onClick={() => dispatch({ type: 'rebuild' })}>
              {t('rebuild')}
            </button>
          </div>
        ) : null}
        {saveStatus.kind === 'error' ? (
          <p role="alert" className="relais-compose-problem">
            {t('saveError', { message: words(saveStatus.error) })}
          </p>
        ) : saveStatus.kind === 'saved' ? (
          <p className="relais-compose-hint">{t('saved')}</p>
        ) : null}
      </div>

      <OriginalityMeter originality={originality} min={charter?.min_own_words} findings={meterFindings} />
      <CharterFindings
        findings={charterFindings}
        shownElsewhere={meterFindings.length}
        onFix={(edit: TextEdit) => dispatch({ type: 'apply-fix', edit })}
      />
      <CharterGuide charter={charter} />
      {relay === 'post' ? <FoldPreview text={state.text} /> : null}
      {relay === 'post' ? <PostingMoment item={item} seed={seed} /> : null}

      <InsertStep
        text={state.text}
        checkDraft={() => analyseNow().checks}
        hostKind={host.kind}
        composerInsert={features.composer_insert !== false}
        blocked={commentOver > 0}
        onInsert={insert}
        onKeepEditing={() => draftField.current?.focus()}
      />
    </section>
  );
}
