import type { CharterSeverity, ShareFinding } from '../db/records';
import type { TextEdit } from './text-edit';

export type { CharterSeverity };

/** Stable ids, stored with shares and used by the UI to pick icons or group findings. */
export type CharterRule =
  | 'banned'
  | 'confidential'
  | 'brand-spelling'
  | 'disclosure-missing'
  | 'hashtags-too-many'
  | 'hashtags-too-few'
  | 'forbidden-mention'
  | 'too-long'
  | 'own-words-low'
  | 'opening-copied';

export interface CharterFix {
  /** Localised button label, e.g. "Replace with “Acme Cloud”". */
  label: string;
  edit: TextEdit;
}

/**
 * One problem in a draft. Severity: `error` breaks the charter or LinkedIn's
 * limits; `warning` is likely to hurt the post or the company; `tip` is advice.
 * Messages are already in the user's language.
 */
export interface CharterFinding extends ShareFinding {
  rule: CharterRule;
  severity: CharterSeverity;
  message: string;
  /** Why the rule exists, from the charter when it says so. */
  reason?: string;
  fix?: CharterFix;
  /** The offending text, `draft.slice(start, end)`, when the finding points at one place. */
  start?: number;
  end?: number;
}

const SEVERITY_ORDER: Record<CharterSeverity, number> = { error: 0, warning: 1, tip: 2 };

/** Errors first, then warnings, then tips; within a severity, in reading order. */
export function sortFindings(findings: CharterFinding[]): CharterFinding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.start ?? Number.POSITIVE_INFINITY) - (b.start ?? Number.POSITIVE_INFINITY),
  );
}

/**
 * True when the draft contains possibly confidential information: the UI must
 * ask the employee to confirm explicitly before inserting or copying the draft.
 */
export function needsConfirmation(findings: readonly CharterFinding[]): boolean {
  return findings.some((finding) => finding.rule === 'confidential');
}

/** The part of each finding kept with a share in the local history. */
export function toShareFindings(findings: readonly CharterFinding[]): ShareFinding[] {
  return findings.map(({ rule, severity, message }) => ({ rule, severity, message }));
}
