export {
  assembleDraft,
  DEFAULT_QUOTE_MAX_LENGTH,
  shortQuote,
  type AssembleInput,
  type AssembleOptions,
} from './assemble-draft';
export { firstWordsBox, sentenceStarter, type FirstWordsBox } from './first-words';
export { hashString, installRandom, seededRandom } from './hash';
export { DEFAULT_WORKING_HOURS, suggestPostingTime, type PostingTimeInput, type WorkingHours } from './posting-time';
export { DEFAULT_LINK_PLACEMENT, LINK_PLACEMENTS, linkForFirstComment, type LinkPlacement } from './link-placement';
export { commentPrompts, MAX_PROMPTS, resolvePrompts } from './prompts';
export { rotateAngles } from './rotate-angles';
