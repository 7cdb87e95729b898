export { findInvalidPatterns, type CharterPatternProblem } from './compile';
export {
  needsConfirmation,
  sortFindings,
  toShareFindings,
  type CharterFinding,
  type CharterFix,
  type CharterRule,
  type CharterSeverity,
} from './findings';
export { lintDraft, type LintContext } from './lint';
export { applyEdit, type TextEdit } from './text-edit';
