/**
 * The personalisation flow's state, without React: which angle, the answers,
 * the draft, and whether the employee has taken the draft into their own hands.
 * The component feeds it actions; everything shown (meter, findings, facts) is
 * derived from `text` on each render.
 */
import { applyEdit, lintDraft, type CharterFinding, type TextEdit } from '@/lib/charter';
import { composeFacts, LINKEDIN_MAX_LENGTH, type ComposeFacts } from '@/lib/compose';
import type { DraftRecord } from '@/lib/db/records';
import type { Charter } from '@/lib/feed/schema';
import type { Locale } from '@/lib/i18n/messages';
import { measureOriginality, type OriginalityMeasure, type SourceIndex } from '@/lib/originality';

/** `assembleDraft` for one item and locale. */
export type Assemble = (angle: string | undefined, answers: readonly string[]) => string;

export interface ComposeState {
  angle: string | undefined;
  /** One answer per prompt, in the prompts' order. */
  answers: string[];
  text: string;
  /**
   * The draft differs from what the angle and answers would give: the employee
   * typed in it or applied a fix. From then on answers no longer rewrite it;
   * the UI offers "Rebuild from my answers" instead.
   */
  handEdited: boolean;
  startedAt: number;
  /** Counts the employee's changes; 0 means nothing to save yet. */
  revision: number;
}

export type ComposeAction =
  | { type: 'choose-angle'; angle: string | undefined }
  | { type: 'answer'; index: number; value: string }
  | { type: 'edit'; text: string }
  | { type: 'apply-fix'; edit: TextEdit }
  | { type: 'rebuild' };

export interface InitialStateInput {
  /** The draft saved for this item, if any. */
  stored: DraftRecord | null;
  /** The item's angles in this install's order. */
  angles: readonly string[];
  promptCount: number;
  assemble: Assemble;
  now: number;
}

const sized = (answers: readonly string[], count: number) =>
  Array.from({ length: count }, (_, index) => answers[index] ?? '');

/**
 * A saved draft comes back as it was left; a new one starts from this install's
 * first angle, so colleagues opening the same item start from different hooks.
 */
export function initialComposeState({ stored, angles, promptCount, assemble, now }: InitialStateInput): ComposeState {
  if (stored) {
    // An angle the comms team has since removed can no longer be selected; the text keeps it.
    const angle = stored.angle !== undefined && angles.includes(stored.angle) ? stored.angle : undefined;
    const answers = sized(stored.answers, promptCount);
    return {
      angle,
      answers,
      text: stored.text,
      handEdited: stored.text !== assemble(angle, answers),
      startedAt: stored.startedAt,
      revision: 0,
    };
  }
  const angle = angles[0];
  const answers = sized([], promptCount);
  return { angle, answers, text: assemble(angle, answers), handEdited: false, startedAt: now, revision: 0 };
}

function withInputs(
  state: ComposeState,
  angle: string | undefined,
  answers: string[],
  assemble: Assemble,
): ComposeState {
  const text = state.handEdited ? state.text : assemble(angle, answers);
  return { ...state, angle, answers, text, revision: state.revision + 1 };
}

function withText(state: ComposeState, text: string, assemble: Assemble): ComposeState {
  if (text === state.text) return state;
  return { ...state, text, handEdited: text !== assemble(state.angle, state.answers), revision: state.revision + 1 };
}

export function createComposeReducer(assemble: Assemble) {
  return function composeReducer(state: ComposeState, action: ComposeAction): ComposeState {
    switch (action.type) {
      case 'choose-angle':
        if (action.angle === state.angle) return state;
        return withInputs(state, action.angle, state.answers, assemble);
      case 'answer': {
        if (action.index < 0 || action.index >= state.answers.length) return state;
        const answers = state.answers.map((answer, index) => (index === action.index ? action.value : answer));
        return withInputs(state, state.angle, answers, assemble);
      }
      case 'edit':
        return withText(state, action.text, assemble);
      case 'apply-fix': {
        // A fix computed on an older draft is refused (null): the findings are re-linted on the next render.
        const fixed = applyEdit(state.text, action.edit);
        return fixed === null ? state : withText(state, fixed, assemble);
      }
      case 'rebuild': {
        const text = assemble(state.angle, state.answers);
        if (text === state.text && !state.handEdited) return state;
        return { ...state, text, handEdited: false, revision: state.revision + 1 };
      }
    }
  };
}

/** What the background stores for the item (see `draft.save`). */
export function toDraftRecord(state: ComposeState, itemKey: string, now: number): DraftRecord {
  return {
    itemKey,
    ...(state.angle === undefined ? {} : { angle: state.angle }),
    answers: [...state.answers],
    text: state.text,
    startedAt: state.startedAt,
    updatedAt: now,
  };
}

/** Why inserting needs the employee's explicit go-ahead. Employees stay free: these ask, never block. */
export type InsertCheck = { kind: 'own-words'; own: number; min: number } | { kind: 'confidential'; phrases: string[] };

/**
 * The questions to ask before inserting: too little of one's own words (the
 * same rule as the `own-words-low` finding), and possibly confidential phrases
 * (`needsConfirmation`), each phrase named as written in the draft.
 */
export function insertChecks(
  text: string,
  findings: readonly CharterFinding[],
  originality: Pick<OriginalityMeasure, 'ownShare'>,
  charter: Pick<Charter, 'min_own_words'> | undefined,
): InsertCheck[] {
  const checks: InsertCheck[] = [];
  const min = charter?.min_own_words;
  if (min !== undefined && findings.some((finding) => finding.rule === 'own-words-low')) {
    checks.push({ kind: 'own-words', own: originality.ownShare, min });
  }
  const phrases = findings
    .filter((finding) => finding.rule === 'confidential' && finding.start !== undefined && finding.end !== undefined)
    .map((finding) => text.slice(finding.start, finding.end));
  if (phrases.length > 0) checks.push({ kind: 'confidential', phrases: [...new Set(phrases)] });
  return checks;
}

/** Confidential phrases need a ticked box on top of the button: a slip of the hand must not publish them. */
export function canConfirmInsert(checks: readonly InsertCheck[], confidentialAcknowledged: boolean): boolean {
  return confidentialAcknowledged || !checks.some((check) => check.kind === 'confidential');
}

/** Where the draft stands against the charter minimum and the opening check, for the meter's announcements. */
export interface MeterStatus {
  /** null when there is no minimum or no words yet. */
  belowMinimum: boolean | null;
  openingCopied: boolean;
}

export function meterStatus(originality: OriginalityMeasure, min: number | undefined): MeterStatus {
  return {
    belowMinimum: min === undefined || originality.gramCount === 0 ? null : originality.ownShare < min,
    openingCopied: originality.opening !== null,
  };
}

export type MeterAnnouncement = 'reached-minimum' | 'below-minimum' | 'opening-copied' | 'opening-own';

/**
 * What a screen reader hears about the meter: only a change of state (crossing
 * the charter minimum, the opening starting or ceasing to echo a source),
 * never the percentage on each keystroke.
 */
export function meterAnnouncements(previous: MeterStatus, next: MeterStatus): MeterAnnouncement[] {
  const announcements: MeterAnnouncement[] = [];
  if (previous.belowMinimum !== null && next.belowMinimum !== null && previous.belowMinimum !== next.belowMinimum) {
    announcements.push(next.belowMinimum ? 'below-minimum' : 'reached-minimum');
  }
  if (previous.openingCopied !== next.openingCopied) {
    announcements.push(next.openingCopied ? 'opening-copied' : 'opening-own');
  }
  return announcements;
}

/** The percentage a person reads: rounded down, so "50 %" never shows for a share that is still under 50 %. */
export function displayShare(share: number): number {
  return Math.floor(share * 100) / 100;
}

export interface DraftContext {
  /** `buildSourceIndex(itemSources(item))`, built once per item. */
  sourceIndex: SourceIndex;
  charter: Charter | undefined;
  locale: Locale;
  /** The item's hashtags, offered when the charter asks for more. */
  hashtags: readonly string[];
}

/** Everything the flow shows about a draft, and what inserting it would ask. */
export interface DraftAnalysis {
  text: string;
  originality: OriginalityMeasure;
  /** Sorted, errors first. */
  findings: CharterFinding[];
  facts: ComposeFacts;
  checks: InsertCheck[];
}

/** One pass per keystroke: originality, charter findings, LinkedIn facts and the questions before inserting. */
export function analyseDraft(text: string, { sourceIndex, charter, locale, hashtags }: DraftContext): DraftAnalysis {
  const originality = measureOriginality(text, sourceIndex);
  const findings = lintDraft(text, charter, { locale, originality, suggestedHashtags: hashtags });
  return {
    text,
    originality,
    findings,
    facts: composeFacts(text, charter?.max_length ?? LINKEDIN_MAX_LENGTH),
    checks: insertChecks(text, findings, originality, charter),
  };
}
