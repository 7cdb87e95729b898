import { describe, expect, it } from 'vitest';
import { appendParagraph, applyEdit } from './text-edit';

describe('appendParagraph', () => {
  it('starts a new paragraph whatever the draft ends with', () => {
    for (const draft of ['Hello', 'Hello\n', 'Hello\n\n', 'Hello  ']) {
      expect(applyEdit(draft, appendParagraph(draft, '#TeamAcme'))?.replace(/[ \t]+\n/g, '\n')).toBe(
        'Hello\n\n#TeamAcme',
      );
    }
    expect(applyEdit('', appendParagraph('', '#TeamAcme'))).toBe('#TeamAcme');
  });
});

describe('applyEdit', () => {
  it('replaces the expected text', () => {
    expect(
      applyEdit('I love AcmeCloud.', {
        kind: 'replace',
        start: 7,
        end: 16,
        replacement: 'Acme Cloud',
        expected: 'AcmeCloud',
      }),
    ).toBe('I love Acme Cloud.');
  });
});
