import { describe, expect, it } from 'vitest';
import { lintDraft } from '@/lib/charter';
import { buildSourceIndex, itemSources, measureOriginality } from '@/lib/originality';
import { assembleDraft, sentenceStarter } from '@/lib/personalise';
import { ACME_CHARTER } from '@/tests/fixtures/charter';
import { LYON_ITEM } from '@/tests/fixtures/lyon-item';
import {
  analyseDraft,
  type Assemble,
  canConfirmInsert,
  type ComposeState,
  createComposeReducer,
  displayShare,
  initialComposeState,
  insertChecks,
  meterAnnouncements,
  meterStatus,
  toDraftRecord,
} from './compose-state';

const item = { ...LYON_ITEM, key: 'feed#lyon', url: 'https://acme.com/news/lyon', hashtags: ['AcmeLyon'] };
const assemble: Assemble = (answers) => assembleDraft({ answers, item, locale: 'fr' });
const reduce = createComposeReducer(assemble);
const fresh = () => initialComposeState({ stored: null, angles: item.angles, promptCount: 2, assemble, now: 1000 });

describe('the draft as the employee answers', () => {
  it('is guided by this install’s first angle but holds none of its words, saving nothing yet', () => {
    const state = fresh();
    expect(state.angle).toBe(item.angles[0]);
    expect(state.answers).toEqual(['', '', '']);
    expect(state.text).toBe('https://acme.com/news/lyon\n\n#AcmeLyon');
    expect(state).toMatchObject({ handEdited: false, startedAt: 1000, revision: 0 });
  });

  it('opens with the employee’s first words; choosing another angle changes nothing in the draft', () => {
    let state = reduce(fresh(), { type: 'answer', index: 0, value: 'Mes clients grenoblois attendaient ça.' });
    const before = state.text;
    state = reduce(state, { type: 'choose-angle', angle: item.angles[2] });
    expect(state.text).toBe(before);
    expect(state.text).toBe('Mes clients grenoblois attendaient ça.\n\nhttps://acme.com/news/lyon\n\n#AcmeLyon');
    expect(state.angle).toBe(item.angles[2]);
    expect(state.revision).toBe(2);
  });

  it('puts an angle in the draft only when asked, as the start of the first words', () => {
    const angle = item.angles[1] as string;
    const starter = sentenceStarter(angle, 'fr');
    expect(starter).toBe(`${angle}\u00a0: `);
    let state = reduce(fresh(), { type: 'answer', index: 0, value: 'je connais déjà l’équipe.' });
    state = reduce(state, { type: 'insert-starter', starter });
    expect(state.answers[0]).toBe(`${angle}\u00a0: je connais déjà l’équipe.`);
    expect(state.text.startsWith(`${angle}\u00a0: je connais`)).toBe(true);
    expect(reduce(state, { type: 'insert-starter', starter })).toBe(state);
  });

  it('stops rewriting the draft once edited by hand, and rebuilds only when asked', () => {
    const typed = reduce(fresh(), { type: 'edit', text: 'Mon propre texte, écrit à la main.' });
    expect(typed.handEdited).toBe(true);

    const answered = reduce(typed, { type: 'answer', index: 1, value: 'Toute l’équipe de Grenoble.' });
    expect(answered.text).toBe('Mon propre texte, écrit à la main.');
    expect(answered.answers[1]).toBe('Toute l’équipe de Grenoble.');

    const rebuilt = reduce(answered, { type: 'rebuild' });
    expect(rebuilt.handEdited).toBe(false);
    expect(rebuilt.text).toBe(assemble(['', 'Toute l’équipe de Grenoble.', '']));
  });

  it('treats typing the assembled text back as not edited', () => {
    const state = fresh();
    const typed = reduce(state, { type: 'edit', text: `${state.text}!` });
    expect(reduce(typed, { type: 'edit', text: state.text }).handEdited).toBe(false);
  });

  it('applies a fix as an edit of the draft, and refuses a fix computed on an older draft', () => {
    const state = reduce(fresh(), { type: 'edit', text: 'Bravo à AcmeCloud et à toute l’équipe.' });
    const [finding] = lintDraft(state.text, { brand_spellings: ACME_CHARTER.brand_spellings }, { locale: 'fr' });
    const edit = finding?.fix?.edit;
    if (!edit) throw new Error('expected a brand-spelling fix');

    const fixed = reduce(state, { type: 'apply-fix', edit });
    expect(fixed.text).toBe('Bravo à Acme Cloud et à toute l’équipe.');
    expect(fixed).toMatchObject({ handEdited: true, revision: state.revision + 1 });

    const moved = reduce(state, { type: 'edit', text: `Hier : ${state.text}` });
    expect(reduce(moved, { type: 'apply-fix', edit })).toBe(moved);
  });

  it('ignores answers to prompts that do not exist', () => {
    const state = fresh();
    expect(reduce(state, { type: 'answer', index: 5, value: 'x' })).toBe(state);
  });
});

describe('a saved draft', () => {
  const stored = {
    itemKey: item.key,
    angle: item.angles[1],
    answers: ['Première réponse.'],
    text: 'Texte modifié à la main.',
    startedAt: 500,
    updatedAt: 800,
  };

  it('comes back as it was left, hand edits included, with answers sized to the first box and the prompts', () => {
    const saved = { ...stored, answers: ['Mes premiers mots.', 'Première réponse.', '', ''] };
    const state = initialComposeState({ stored: saved, angles: item.angles, promptCount: 3, assemble, now: 9000 });
    expect(state).toEqual({
      angle: item.angles[1],
      answers: ['Mes premiers mots.', 'Première réponse.', '', ''],
      text: 'Texte modifié à la main.',
      handEdited: true,
      startedAt: 500,
      revision: 0,
    });
  });

  it('keeps each answer of a draft saved before the first box under its question', () => {
    const state = initialComposeState({ stored, angles: item.angles, promptCount: 3, assemble, now: 9000 });
    expect(state.answers).toEqual(['', 'Première réponse.', '', '']);
  });

  it('is not marked edited when it is exactly what its answers give', () => {
    const text = assemble(['', 'Première réponse.']);
    const state = initialComposeState({
      stored: { ...stored, text },
      angles: item.angles,
      promptCount: 1,
      assemble,
      now: 0,
    });
    expect(state.handEdited).toBe(false);
  });

  it('drops an angle the comms team has since removed, keeping the text', () => {
    const state = initialComposeState({ stored, angles: [item.angles[0] as string], promptCount: 1, assemble, now: 0 });
    expect(state.angle).toBeUndefined();
    expect(state.text).toBe(stored.text);
  });

  it('is saved with what is needed to restore it', () => {
    const state: ComposeState = { ...fresh(), angle: undefined, answers: ['a', 'b'], text: 'a\n\nb', revision: 3 };
    expect(toDraftRecord(state, item.key, 4000)).toEqual({
      itemKey: item.key,
      answers: ['a', 'b'],
      text: 'a\n\nb',
      startedAt: 1000,
      updatedAt: 4000,
    });
    expect(toDraftRecord({ ...state, angle: 'Un angle' }, item.key, 4000).angle).toBe('Un angle');
  });
});

describe('before inserting', () => {
  const index = buildSourceIndex(itemSources(item));
  const check = (text: string) =>
    analyseDraft(text, { sourceIndex: index, charter: ACME_CHARTER, locale: 'fr', hashtags: [] });

  it('asks nothing of a draft in one’s own words', () => {
    const { checks } = check(
      'Je travaille avec des hôpitaux de Grenoble depuis six ans, et chaque projet partait de Paris. #TeamAcme #AcmeLyon',
    );
    expect(checks).toEqual([]);
  });

  it('asks when too little is in one’s own words, with the share and the minimum', () => {
    const { checks, originality } = check(`Bravo ! #TeamAcme\n\n${item.text}`);
    // The company text says "évènement", which the test charter bans: that is asked too.
    expect(checks).toEqual([
      { kind: 'own-words', own: originality.ownShare, min: 0.5 },
      { kind: 'to-fix', rule: 'banned', phrases: ['évènement'], reasons: [] },
    ]);
    expect(originality.ownShare).toBeLessThan(0.5);
  });

  it('names each possibly confidential phrase as written, once', () => {
    const { checks } = check(
      'Le projet hermès avance bien, et le Projet Hermès nous occupe tous à Grenoble depuis des mois. #TeamAcme',
    );
    expect(checks).toEqual([{ kind: 'confidential', phrases: ['projet hermès', 'Projet Hermès'] }]);
    expect(canConfirmInsert(checks, false)).toBe(false);
    expect(canConfirmInsert(checks, true)).toBe(true);
  });

  it('asks before inserting a draft with nothing of one’s own, and not before an empty one', () => {
    expect(check('https://acme.com/news/lyon\n\n#AcmeLyon #TeamAcme').checks).toEqual([{ kind: 'no-own-words' }]);
    expect(check('').checks).toEqual([]);
  });

  it('asks before inserting a banned phrase or a forbidden name, with the company’s reasons', () => {
    const charter = {
      ...ACME_CHARTER,
      banned: [{ phrase: 'leader mondial', reason: 'Nous ne pouvons pas le prouver.' }, { phrase: 'révolutionnaire' }],
      forbidden_mentions: ['Globex'],
    };
    const text =
      'Je travaille avec des hôpitaux de Grenoble depuis six ans : un outil révolutionnaire, un leader mondial, mieux que Globex et @globex. #TeamAcme';
    const { checks } = analyseDraft(text, { sourceIndex: index, charter, locale: 'fr', hashtags: [] });
    expect(checks).toEqual([
      {
        kind: 'to-fix',
        rule: 'banned',
        phrases: ['révolutionnaire', 'leader mondial'],
        reasons: ['Nous ne pouvons pas le prouver.'],
      },
      { kind: 'to-fix', rule: 'forbidden-mention', phrases: ['Globex', '@globex'], reasons: [expect.any(String)] },
    ]);
    expect(canConfirmInsert(checks, false)).toBe(true);
  });

  it('lets the own-words question be confirmed with the button alone', () => {
    expect(canConfirmInsert([{ kind: 'own-words', own: 0.2, min: 0.5 }], false)).toBe(true);
  });

  it('measures, lints and counts the same text in one pass', () => {
    const text = `Bravo à AcmeCloud !\n\n${item.text}`;
    const analysis = check(text);
    expect(analysis.text).toBe(text);
    expect(analysis.facts).toMatchObject({ length: text.length, maxLength: 1300 });
    expect(analysis.findings.map((finding) => finding.rule)).toContain('brand-spelling');
    expect(analysis.checks.map((question) => question.kind)).toEqual(['own-words', 'to-fix']);
  });

  it('has no own-words question when the charter sets no minimum', () => {
    const text = item.text;
    const originality = measureOriginality(text, index);
    const findings = lintDraft(text, undefined, { locale: 'fr', originality });
    expect(insertChecks(text, findings, originality, undefined)).toEqual([]);
  });
});

describe('the meter’s announcements', () => {
  const index = buildSourceIndex(itemSources(item));
  const status = (text: string) => meterStatus(measureOriginality(text, index), 0.5);
  const own = status('Je travaille avec des hôpitaux de Grenoble depuis six ans, et chaque projet partait de Paris.');
  const copied = status(item.text);

  it('speak when the draft crosses the minimum or the opening starts or stops echoing a source', () => {
    expect(meterAnnouncements(own, copied)).toEqual(['below-minimum', 'opening-copied']);
    expect(meterAnnouncements(copied, own)).toEqual(['reached-minimum', 'opening-own']);
  });

  it('stay silent while the state holds, and for an empty draft', () => {
    expect(meterAnnouncements(own, own)).toEqual([]);
    expect(meterAnnouncements(status(''), copied)).toEqual(['opening-copied']);
    expect(status('').belowMinimum).toBeNull();
  });

  it('show shares rounded down, so a draft under the minimum never reads as reaching it', () => {
    expect(displayShare(0.499)).toBe(0.49);
    expect(displayShare(0.5)).toBe(0.5);
  });
});
