import { countCharacters, LINKEDIN_MAX_LENGTH } from '../../compose/length';
import type { Rule } from './rule-input';

/**
 * Over LinkedIn's 3,000 characters the post cannot be published (error); over a
 * stricter charter limit only, a warning. One finding either way, quoting the
 * stricter limit: meeting it meets both.
 */
export const tooLong: Rule = ({ draft, charter, t }) => {
  const length = countCharacters(draft.text);
  const limit = Math.min(charter?.max_length ?? LINKEDIN_MAX_LENGTH, LINKEDIN_MAX_LENGTH);
  if (length <= limit) return [];
  const overLinkedIn = length > LINKEDIN_MAX_LENGTH;
  return [
    {
      rule: 'too-long',
      severity: overLinkedIn ? 'error' : 'warning',
      message: t.plural(limit < LINKEDIN_MAX_LENGTH ? 'tooLongCharter' : 'tooLongLinkedIn', length - limit, {
        max: limit,
      }),
      start: limit,
      end: length,
    },
  ];
};
