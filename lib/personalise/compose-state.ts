/**
 * The personalisation flow's state, without React: which angle guides the
 * employee, their answers, the draft, and whether they have taken the draft
 * into their own hands. The component feeds it actions; everything shown
 * (meter, findings, facts) is derived from `text` on each render.
 */
import { applyEdit, lintDraft, type CharterFinding, type TextEdit } from '../charter';
import { composeFacts, LINKEDIN_MAX_LENGTH, type ComposeFacts } from '../compose';
import type { DraftRecord } from '../db/records';
import type { Charter } from '../feed/schema';
import type { Locale } from '../i18n/messages';
import { measureOriginality, type OriginalityMeasure, type SourceIndex } from '../originality';

/** `assembleDraft` for one item and locale: the employee's answers in, the draft out. */
export type Assemble = (answers: readonly string[]) => string;

export interface ComposeState {
  /** The direction the employee follows: it shapes the first question, it is never pasted into the draft. */
  angle: string | undefined;
  /**
   * The employee's words: `answers[0]` is the first box (its question follows
   * the angle), then one answer per prompt, in the prompts' order.
   */
  answers: string[];
  text: string;
  /**
   * The draft differs from what the answers would give: the employee typed in
   * it or applied a fix. From then on answers no longer rewrite it; the UI
   * offers "Rebuild from my answers" instead.
   */
  handEdited: boolean;
  startedAt: number;
  /** Counts the employee's changes; 0 means nothing to save yet. */
  revision: number;
}

export type ComposeAction =
  | { type: 'choose-angle'; angle: string | undefined }
  | { type: 'answer'; index: number; value: string }
  /** The employee asks for the angle as the start of their first sentence (see `sentenceStarter`). */
  | { type: 'insert-starter'; starter: string }
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

/** The first box, then one per prompt. */
export const answerCount = (promptCount: number) => promptCount + 1;

const sized = (answers: readonly string[], count: number) =>
  Array.from({ length: count }, (_, index) => answers[index] ?? '');

/**
 * Drafts saved before the first box existed hold one answer per prompt only;
 * they get an empty first box in front, so each answer stays under its question.
 */
function storedAnswers(answers: readonly string[], promptCount: number): string[] {
  const count = answerCount(promptCount);
  return sized(answers.length === count ? answers : ['', ...answers], count);
}

/**
 * A saved draft comes back as it was left. A new one is guided by this
 * install's first angle, so colleagues opening the same item are asked
 * different first questions; its text holds nothing of the angle.
 */
export function initialComposeState({ stored, angles, promptCount, assemble, now }: InitialStateInput): ComposeState {
  if (stored) {
    // An angle the comms team has since removed can no longer be selected; the text keeps what was written.
    const angle = stored.angle !== undefined && angles.includes(stored.angle) ? stored.angle : undefined;
    const answers = storedAnswers(stored.answers, promptCount);
    return {
      angle,
      answers,
      text: stored.text,
      handEdited: stored.text !== assemble(answers),
      startedAt: stored.startedAt,
      revision: 0,
    };
  }
  const answers = sized([], answerCount(promptCount));
  return { angle: angles[0], answers, text: assemble(answers), handEdited: false, startedAt: now, revision: 0 };
}

function withAnswers(state: ComposeState, answers: string[], assemble: Assemble): ComposeState {
  const text = state.handEdited ? state.text : assemble(answers);
  return { ...state, answers, text, revision: state.revision + 1 };
}

function withText(state: ComposeState, text: string, assemble: Assemble): ComposeState {
  if (text === state.text) return state;
  return { ...state, text, handEdited: text !== assemble(state.answers), revision: state.revision + 1 };
}

export function createComposeReducer(assemble: Assemble) {
  return function composeReducer(state: ComposeState, action: ComposeAction): ComposeState {
    switch (action.type) {
      case 'choose-angle':
        // A direction only: the question changes, the employee's words and the draft stay.
        if (action.angle === state.angle) return state;
        return { ...state, angle: action.angle, revision: state.revision + 1 };
      case 'answer': {
        if (action.index < 0 || action.index >= state.answers.length) return state;
        const answers = state.answers.map((answer, index) => (index === action.index ? action.value : answer));
        return withAnswers(state, answers, assemble);
      }
      case 'insert-starter': {
        const first = state.answers[0] ?? '';
        if (first.startsWith(action.starter)) return state;
        return withAnswers(state, [`${action.starter}${first.trimStart()}`, ...state.answers.slice(1)], assemble);
      }
      case 'edit':
        return withText(state, action.text, assemble);
      case 'apply-fix': {
        // A fix computed on an older draft is refused (null): the findings are re-linted on the next render.
        const fixed = applyEdit(state.text, action.edit);
        return fixed === null ? state : withText(state, fixed, assemble);
      }
      case 'rebuild': {
        const text = assemble(state.answers);
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

/** "To fix" findings that name a phrase: inserting them asks first, with the company's reason. */
export type ToFixRule = 'banned' | 'forbidden-mention';

/** Why inserting needs the employee's explicit go-ahead. Employees stay free: these ask, never block. */
export type InsertCheck =
  /** Nothing of the employee's yet: only the link and hashtags would go in. */
  | { kind: 'no-own-words' }
  | { kind: 'own-words'; own: number; min: number }
  | { kind: 'confidential'; phrases: string[] }
  /** Each phrase as written in the draft, once; the company's reasons, once each. */
  | { kind: 'to-fix'; rule: ToFixRule; phrases: string[]; reasons: string[] };

const TO_FIX_RULES: readonly ToFixRule[] = ['banned', 'forbidden-mention'];

const distinct = (values: Iterable<string>) => [...new Set(values)];

function phrasesOf(text: string, findings: readonly CharterFinding[]): string[] {
  return distinct(
    findings
      .filter((finding) => finding.start !== undefined && finding.end !== undefined)
      .map((finding) => text.slice(finding.start, finding.end)),
  );
}

/**
 * The questions to ask before inserting: nothing of one's own yet, too little
 * of one's own words (the same rule as the `own-words-low` finding), possibly
 * confidential phrases (`needsConfirmation`), then the other "to fix" findings
 * that name a phrase (a banned phrase, a competitor's name), each phrase named
 * as written in the draft, so one click never sends them to LinkedIn.
 */
export function insertChecks(
  text: string,
  findings: readonly CharterFinding[],
  originality: Pick<OriginalityMeasure, 'ownShare' | 'wordCount'>,
  charter: Pick<Charter, 'min_own_words'> | undefined,
): InsertCheck[] {
  const checks: InsertCheck[] = [];
  const min = charter?.min_own_words;
  if (originality.wordCount === 0 && text.trim() !== '') {
    checks.push({ kind: 'no-own-words' });
  } else if (min !== undefined && findings.some((finding) => finding.rule === 'own-words-low')) {
    checks.push({ kind: 'own-words', own: originality.ownShare, min });
  }
  const confidential = phrasesOf(
    text,
    findings.filter((finding) => finding.rule === 'confidential'),
  );
  if (confidential.length > 0) checks.push({ kind: 'confidential', phrases: confidential });
  for (const rule of TO_FIX_RULES) {
    const matching = findings.filter((finding) => finding.rule === rule);
    const phrases = phrasesOf(text, matching);
    if (phrases.length === 0) continue;
    const reasons = distinct(matching.flatMap((finding) => (finding.reason ? [finding.reason] : [])));
    checks.push({ kind: 'to-fix', rule, phrases, reasons });
  }
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
