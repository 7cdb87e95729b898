// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { containsDraft, draftRetained, normaliseForComparison, readEditorText } from './editor-text';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.innerHTML = html;
  return editor;
}

describe('readEditorText', () => {
  it('reads Quill paragraphs, a blank line, emoji and a link as the employee sees them', () => {
    const editor = editorWith(
      '<p>Proud of our team 🎉</p><p><br></p><p>#Energy <a href="https://example.com">https://example.com</a></p>',
    );
    expect(readEditorText(editor)).toBe('Proud of our team 🎉\n\n#Energy https://example.com');
  });

  it('reads line breaks and divs of a plain contenteditable', () => {
    expect(readEditorText(editorWith('one<br>two<div>three</div><div><br></div><div>four</div>'))).toBe(
      'one\ntwo\nthree\n\nfour',
    );
  });

  it('reads nested lists without inventing blank lines', () => {
    expect(readEditorText(editorWith('<p>Intro</p><ul><li>a</li><li>b</li></ul>'))).toBe('Intro\na\nb');
  });

  it('shows no extra line for a <br> that closes a paragraph', () => {
    expect(readEditorText(editorWith('<p>text<br></p><p>a<br><br></p>'))).toBe('text\na\n');
  });

  it('reads an empty Quill editor as empty', () => {
    expect(readEditorText(editorWith('<p><br></p>'))).toBe('');
  });
});

describe('containsDraft', () => {
  const draft = 'Fier de l’équipe 🎉\n\nOn recrute à Lyon ! #Énergie https://example.com/a?b=1';

  it('accepts no-break spaces, CRLF and extra blank lines', () => {
    const shown =
      'Avant. Fier de l’équipe 🎉\r\n\r\n\r\nOn recrute à\u00a0Lyon\u00a0! #Énergie https://example.com/a?b=1 ';
    expect(containsDraft(shown, draft)).toBe(true);
  });

  it('accepts a draft typed in decomposed accents', () => {
    expect(containsDraft(draft.normalize('NFC'), draft.normalize('NFD'))).toBe(true);
  });

  it('refuses merged paragraphs, a lost emoji or a cut text', () => {
    expect(containsDraft('Fier de l’équipe 🎉\nOn recrute à Lyon ! #Énergie https://example.com/a?b=1', draft)).toBe(
      false,
    );
    expect(containsDraft(draft.replace('🎉', ''), draft)).toBe(false);
    expect(containsDraft(draft.slice(0, 30), draft)).toBe(false);
  });

  it('never matches an empty draft', () => {
    expect(containsDraft('anything', '  \n ')).toBe(false);
  });
});

describe('draftRetained', () => {
  it('is 1 for the draft itself and drops as the employee rewrites it', () => {
    const draft = 'We open a new plant in Nantes next spring';
    expect(draftRetained(draft, draft)).toBe(1);
    expect(draftRetained('Big news: we open a new plant in Nantes next spring! So proud.', draft)).toBe(1);
    expect(draftRetained('We open a site in Nantes', draft)).toBeCloseTo(5 / 9);
    expect(draftRetained('Hello everyone', draft)).toBe(0);
  });

  it('counts a repeated word only as often as the editor has it', () => {
    expect(draftRetained('the', 'the the the the')).toBe(0.25);
  });
});

describe('normaliseForComparison', () => {
  it('keeps a single line break apart from a blank line', () => {
    expect(normaliseForComparison('a\nb')).not.toBe(normaliseForComparison('a\n\nb'));
    expect(normaliseForComparison('a \n\n\n b')).toBe('a\n\nb');
  });
});
