import { describe, expect, it } from 'vitest';
import { countCharacters, LINKEDIN_MAX_LENGTH } from '../compose/length';
import { parseFeedJson } from '../feed/parse';
import type { Charter } from '../feed/schema';
import { buildSourceIndex, measureOriginality, type OriginalityMeasure } from '../originality';
import { resolvePrompts } from '../personalise/prompts';
import type { CharterFinding, CharterRule } from './findings';
import { lintDraft } from './lint';

/*
 * One test per rule of "The charter, rule by rule" in docs/feed.md, each quoting
 * the sentence it holds the code to, with a draft that must fire and one that
 * must not. The charter is the doc's own example.
 */
const DOC_CHARTER: Charter = {
  tone: { fr: 'Chaleureux, concret, à la première personne.', en: 'Warm, concrete, first person.' },
  do: [{ fr: 'Partagez un détail que vous seul connaissez.', en: 'Share a detail only you know.' }],
  dont: [{ fr: "Ne copiez pas le texte de l'entreprise tel quel.", en: "Don't paste the company text as it is." }],
  banned: [
    {
      phrase: 'leader incontesté',
      reason: { fr: 'Superlatif invérifiable.', en: 'A claim nobody can check.' },
      suggestion: 'un acteur reconnu',
    },
    { phrase: '100\\s?%\\s?(vert|verte|green)\\b', regex: true, reason: 'Greenwashing', suggestion: 'bas carbone' },
  ],
  confidential: [{ phrase: 'Héliodore', reason: { fr: 'Projet non annoncé.', en: 'Unannounced project.' } }],
  brand_spellings: [{ correct: 'Lumen Énergie', variants: ['LumenEnergie', 'Lumen Energy'] }],
  disclosure: { text: '#TeamLumen', accept: ['je travaille chez Lumen Énergie', 'I work at Lumen Énergie'] },
  hashtags: { min: 1, max: 5 },
  forbidden_mentions: ['Voltaria'],
  min_own_words: 0.5,
  max_length: 1300,
  default_prompts: {
    product: [{ fr: 'Qui, autour de vous, cette offre aiderait-elle ?', en: 'Who around you would this offer help?' }],
    '*': [{ fr: 'Pourquoi avez-vous envie de partager ceci ?', en: 'Why do you want to share this?' }],
  },
};

// Passes every rule of DOC_CHARTER, so each test adds exactly one problem.
const CLEAN = 'Je suis fier de notre chantier solaire à Lyon.\n\n#TeamLumen';

const lint = (draft: string, charter: Charter = DOC_CHARTER, originality?: OriginalityMeasure) =>
  lintDraft(draft, charter, { locale: 'en', originality });
const ofRule = (draft: string, rule: CharterRule, charter?: Charter): CharterFinding[] =>
  lint(draft, charter).filter((finding) => finding.rule === rule);
const flagged = (draft: string, rule: CharterRule, charter?: Charter) =>
  ofRule(draft, rule, charter).map((finding) => draft.slice(finding.start, finding.end));
const measure = (ownShare: number): OriginalityMeasure => ({
  ownShare,
  wordCount: 20,
  gramSize: 3,
  gramCount: 18,
  copiedGramCount: Math.round(18 * (1 - ownShare)),
  opening: null,
});

describe('charter rules from docs/feed.md', () => {
  it('a clean draft under the doc’s example charter has no findings', () => {
    expect(lint(CLEAN, DOC_CHARTER, measure(0.9))).toEqual([]);
  });

  it('Matching 1, folding: "Énergie gratuite" matches énergie  gratuite, ENERGIE GRATUITE and energie\\ngratuite; ’ counts as \'', () => {
    const charter: Charter = { banned: [{ phrase: 'Énergie gratuite' }, { phrase: "aujourd'hui" }] };
    expect(flagged('énergie  gratuite, ENERGIE GRATUITE, energie\ngratuite, aujourd’hui', 'banned', charter)).toEqual([
      'énergie  gratuite',
      'ENERGIE GRATUITE',
      'energie\ngratuite',
      'aujourd’hui',
    ]);
    expect(flagged('énergies gratuites', 'banned', charter)).toEqual([]);
  });

  it('Matching 2, whole words: "leader" does not match leadership; it does match #leader, @leader, "leader" and best-leader-ever', () => {
    const charter: Charter = { banned: [{ phrase: 'leader' }, { phrase: 'énergie gratuite' }, { phrase: '#Vert' }] };
    expect(flagged('#leader @leader "leader" best-leader-ever l’énergie gratuite', 'banned', charter)).toEqual([
      'leader',
      'leader',
      'leader',
      'leader',
      'énergie gratuite',
    ]);
    // The boundary applies even when the phrase starts with a sign: "x#Vert" is no occurrence of "#Vert".
    expect(flagged('leadership x#Vert #Verte', 'banned', charter)).toEqual([]);
  });

  it('Matching 3-4, exact punctuation, every occurrence: "best-in-class" does not match best in class; three times gives three findings', () => {
    const charter: Charter = { banned: [{ phrase: 'best-in-class' }] };
    expect(flagged('best in class', 'banned', charter)).toEqual([]);
    expect(flagged('best-in-class, Best-in-class, BEST-IN-CLASS', 'banned', charter)).toHaveLength(3);
  });

  it('banned · error: phrase with its reason and its suggestion offered as a replacement', () => {
    const [finding] = ofRule(`Nous sommes le leader incontesté. ${CLEAN}`, 'banned');
    expect(finding).toMatchObject({
      severity: 'error',
      reason: 'A claim nobody can check.',
      fix: { edit: { kind: 'replace', replacement: 'un acteur reconnu' } },
    });
    expect(ofRule(`Nous sommes un leader, incontestablement. ${CLEAN}`, 'banned')).toEqual([]);
  });

  it('banned with "regex": true: flags giu on the draft as written: case is ignored, accents are not', () => {
    const charter: Charter = {
      banned: [
        { phrase: 'r[ée]volution', regex: true },
        { phrase: 'vert', regex: true },
      ],
    };
    expect(flagged(`Une RÉVOLUTION, une revolution, 100 % VERT. ${CLEAN}`, 'banned')).toEqual(['100 % VERT']);
    expect(flagged('RÉVOLUTION revolution Rèvolution', 'banned', charter)).toEqual(['RÉVOLUTION', 'revolution']);
    // "No word boundaries are added": the pattern fires inside a longer word.
    expect(flagged('verte', 'banned', charter)).toEqual(['vert']);
  });

  it('banned regex: "A pattern that does not compile makes the whole feed fail validation"', () => {
    const feed = (phrase: string) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', content_text: 'x' }],
      _relais: { charter: { banned: [{ phrase, regex: true }] } },
    });
    expect(parseFeedJson(feed('[unclosed')).ok).toBe(false);
    expect(parseFeedJson(feed('r[ée]volution')).ok).toBe(true);
  });

  it('confidential · error: same matching as banned, the employee is told the phrase is confidential, with the reason', () => {
    const [finding] = ofRule(`Le projet heliodore avance. ${CLEAN}`, 'confidential');
    expect(finding).toMatchObject({ severity: 'error', reason: 'Unannounced project.' });
    expect(finding?.message).toContain('confidential');
    expect(ofRule(`Le projet Héliodores avance. ${CLEAN}`, 'confidential')).toEqual([]);
  });

  it('brand_spellings · warning: a variant is a finding; the correct phrase folded but written differently is a finding too; the suggestion is correct', () => {
    expect(flagged(`LumenEnergie et Lumen Energy. ${CLEAN}`, 'brand-spelling')).toEqual([
      'LumenEnergie',
      'Lumen Energy',
    ]);
    const unlisted = `lumen energie, Lumen Energie, LUMEN ÉNERGIE. ${CLEAN}`;
    const findings = ofRule(unlisted, 'brand-spelling');
    expect(findings.map((finding) => unlisted.slice(finding.start, finding.end))).toEqual([
      'lumen energie',
      'Lumen Energie',
      'LUMEN ÉNERGIE',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', fix: { edit: { replacement: 'Lumen Énergie' } } });
  });

  it('brand_spellings: the correct spelling (after NFC) and occurrences directly preceded by # or @ are not checked', () => {
    const decomposed = 'Lumen E\u0301nergie';
    expect(flagged(`Lumen Énergie, ${decomposed}, #LumenEnergie, @Lumen Energy. ${CLEAN}`, 'brand-spelling')).toEqual(
      [],
    );
  });

  it('disclosure · warning: a draft must contain text or one of the accept entries (#TeamLumen is found in … #teamlumen); the suggestion appends text', () => {
    const [finding] = ofRule('Je suis fier de notre chantier solaire à Lyon. #Solaire', 'disclosure-missing');
    expect(finding).toMatchObject({ severity: 'warning', fix: { edit: { kind: 'append' } } });
    expect(finding?.fix?.edit).toMatchObject({ text: expect.stringMatching(/#TeamLumen$/) });
    expect(ofRule('Fier du chantier. #teamlumen', 'disclosure-missing')).toEqual([]);
    expect(ofRule('I work at lumen energie and I am proud. #Solaire', 'disclosure-missing')).toEqual([]);
  });

  it('hashtags · warning: distinct hashtags (ignoring case); fewer than min: a finding; more than max: a finding', () => {
    const six = `${CLEAN} #Un #Deux #Trois #Quatre #Cinq`;
    expect(ofRule(six, 'hashtags-too-many')).toMatchObject([{ severity: 'warning' }]);
    expect(ofRule(`${CLEAN} #Un #Deux #Trois #Quatre #teamlumen #TEAMLUMEN`, 'hashtags-too-many')).toEqual([]);
    expect(ofRule('Fier du chantier, I work at Lumen Énergie.', 'hashtags-too-few')).toMatchObject([
      { severity: 'warning' },
    ]);
    expect(ofRule(CLEAN, 'hashtags-too-few')).toEqual([]);
  });

  it('hashtags are counted the way LinkedIn links them: at least one letter, not after a letter, digit, _, &, # or /, not inside a web address', () => {
    const notTags = 'I work at Lumen Énergie. #2026 C#dev a_#b &#39; ##x https://lumen.example/#news';
    expect(ofRule(notTags, 'hashtags-too-few')).toHaveLength(1);
    expect(ofRule(`${notTags} #Énergie_2026`, 'hashtags-too-few')).toEqual([]);
  });

  it('forbidden_mentions · error: "Voltaria" catches Voltaria, @Voltaria and @voltaria', () => {
    const draft = `Voltaria, @Voltaria et @voltaria. ${CLEAN}`;
    expect(flagged(draft, 'forbidden-mention')).toEqual(['Voltaria', '@Voltaria', '@voltaria']);
    expect(ofRule(draft, 'forbidden-mention')[0]?.severity).toBe('error');
    expect(flagged(`Voltarian, @VoltariaFans. ${CLEAN}`, 'forbidden-mention')).toEqual([]);
  });

  it('forbidden_mentions and hashtags max: "An item that suggests … is reported by the validator as a warning"', () => {
    const result = parseFeedJson({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', content_text: 'x', _relais: { hashtags: ['a', 'b', 'c'], mentions: ['@Voltaria'] } }],
      _relais: { charter: { hashtags: { max: 2 }, forbidden_mentions: ['Voltaria'] } },
    });
    expect(result.ok && result.items).toHaveLength(1);
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual([
      'hashtags-over-max',
      'forbidden-mention',
    ]);
  });

  it('min_own_words · warning: when the own-words share is strictly below min_own_words, there is a finding', () => {
    const ownWords = (share: number) =>
      lint(CLEAN, DOC_CHARTER, measure(share)).filter((finding) => finding.rule === 'own-words-low');
    expect(ownWords(0.49)).toMatchObject([{ severity: 'warning' }]);
    expect(ownWords(0.5)).toEqual([]);
  });

  it('min_own_words with the real meter: the company text pasted as it is falls below 0.5, a personal post does not', () => {
    const company =
      'Notre nouvelle centrale solaire de Lyon alimente désormais douze mille foyers en électricité verte.';
    const index = buildSourceIndex([{ kind: 'text', text: company }]);
    const ownWordsOf = (draft: string) =>
      lint(draft, DOC_CHARTER, measureOriginality(draft, index)).filter((finding) => finding.rule === 'own-words-low');
    expect(ownWordsOf(`${company}\n\n#TeamLumen`)).toHaveLength(1);
    expect(ownWordsOf(`J’ai passé trois semaines sur ce chantier avec mon équipe, sous la pluie. ${CLEAN}`)).toEqual(
      [],
    );
  });

  it('"Independently of the charter, Relais also warns when the draft’s opening repeats the item’s text"', () => {
    const company =
      'Notre nouvelle centrale solaire de Lyon alimente désormais douze mille foyers en électricité verte.';
    const index = buildSourceIndex([{ kind: 'text', text: company }]);
    const openingOf = (draft: string) =>
      lintDraft(draft, undefined, { locale: 'en', originality: measureOriginality(draft, index) }).filter(
        (finding) => finding.rule === 'opening-copied',
      );
    expect(openingOf(`${company} Je suis fier d’y avoir contribué.`)).toMatchObject([{ severity: 'warning' }]);
    expect(
      openingOf(`Trois semaines de chantier sous la pluie avec mon équipe, et voilà le résultat. ${CLEAN}`),
    ).toEqual([]);
  });

  it('max_length · warning: UTF-16 code units (an emoji counts 2); longer than max_length: a warning; longer than 3000: an error', () => {
    expect(countCharacters('☀️🌞')).toBe(4);
    const fill = (length: number) => `${CLEAN} ${'a'.repeat(length - CLEAN.length - 1)}`;
    expect(ofRule(fill(1300), 'too-long')).toEqual([]);
    expect(ofRule(fill(1301), 'too-long')).toMatchObject([{ severity: 'warning' }]);
    expect(ofRule(`${fill(1299)}🌞`, 'too-long')).toMatchObject([{ severity: 'warning' }]);
    expect(ofRule(fill(LINKEDIN_MAX_LENGTH + 1), 'too-long')).toMatchObject([{ severity: 'error' }]);
    expect(lintDraft('a'.repeat(LINKEDIN_MAX_LENGTH + 1), undefined, { locale: 'en' })).toMatchObject([
      { rule: 'too-long', severity: 'error' },
    ]);
  });

  it('tone, do, dont: "shown, not checked": they never produce a finding', () => {
    const guidanceOnly: Charter = { tone: DOC_CHARTER.tone, do: DOC_CHARTER.do, dont: DOC_CHARTER.dont };
    expect(lint("Don't paste the company text as it is.", guidanceOnly)).toEqual([]);
  });

  it('default_prompts: per category, else "*"; an item’s own prompts replace the defaults; in the interface language', () => {
    expect(resolvePrompts({ category: 'product', prompts: [] }, DOC_CHARTER, 'fr')).toEqual([
      'Qui, autour de vous, cette offre aiderait-elle ?',
    ]);
    expect(resolvePrompts({ category: 'culture', prompts: [] }, DOC_CHARTER, 'en')).toEqual([
      'Why do you want to share this?',
    ]);
    expect(resolvePrompts({ category: 'product', prompts: ['Mine?'] }, DOC_CHARTER, 'en')).toEqual(['Mine?']);
  });
});
