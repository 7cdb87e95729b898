import { describe, expect, it } from 'vitest';
import type { Charter } from '../feed/schema';
import type { OriginalityMeasure } from '../originality/measure';
import { findInvalidPatterns } from './compile';
import { needsConfirmation, toShareFindings, type CharterFinding, type CharterRule } from './findings';
import { lintDraft, type LintContext } from './lint';
import { ACME_CHARTER } from '../../tests/fixtures/charter';
import { applyEdit } from './text-edit';

// A draft that passes every charter rule, so each test adds exactly one problem.
const CLEAN = 'Trois ans que je travaille chez Acme, et cette semaine nous avons ouvert Lyon.\n\n#TeamAcme #Lyon';

const lint = (draft: string, charter: Charter | null = ACME_CHARTER, context: Partial<LintContext> = {}) =>
  lintDraft(draft, charter ?? undefined, { locale: 'en', ...context });
const ofRule = (findings: CharterFinding[], rule: CharterRule) => findings.filter((finding) => finding.rule === rule);
const flagged = (draft: string, rule: CharterRule, charter?: Charter) =>
  ofRule(lint(draft, charter), rule).map((finding) => draft.slice(finding.start, finding.end));
const fixed = (draft: string, finding: CharterFinding | undefined) => {
  if (!finding?.fix) throw new Error('expected a fix');
  return applyEdit(draft, finding.fix.edit);
};

describe('lintDraft on a clean draft', () => {
  it('finds nothing', () => {
    expect(lint(CLEAN)).toEqual([]);
  });
});

describe('banned phrases', () => {
  it('fire on whole phrases whatever the case, accents and spacing, with the charter’s reason', () => {
    const draft = `Nous sommes LEADER   Mondial du cloud. ${CLEAN}`;
    const [finding] = ofRule(lint(draft, ACME_CHARTER, { locale: 'fr' }), 'banned');
    expect(finding).toMatchObject({ severity: 'error', reason: 'Nous ne pouvons pas le prouver.' });
    expect(draft.slice(finding?.start, finding?.end)).toBe('LEADER   Mondial');
    expect(finding?.message).toContain('LEADER   Mondial');
  });

  it('offer the charter’s suggestion as a fix, keeping a capital at the start', () => {
    const draft = `Leader mondial, vraiment. ${CLEAN}`;
    const finding = ofRule(lint(draft), 'banned')[0];
    expect(finding?.fix?.label).toBe('Replace with “Un des acteurs”');
    expect(fixed(draft, finding)).toBe(`Un des acteurs, vraiment. ${CLEAN}`);
  });

  it('match accented words against unaccented writing and back', () => {
    expect(flagged(`Quel Evenement ! ${CLEAN}`, 'banned')).toEqual(['Evenement']);
  });

  it('do not fire inside a longer word or on a different form', () => {
    expect(flagged(`Breakfast with the leaders mondiaux. ${CLEAN}`, 'banned')).toEqual([]);
    expect(flagged(`So fast! ${CLEAN}`, 'banned')).toEqual(['fast']);
    expect(flagged(`Événementiel. ${CLEAN}`, 'banned')).toEqual([]);
  });

  it('run regular expressions case-insensitively', () => {
    expect(flagged(`Le NUMÉRO 1 et le numero un. ${CLEAN}`, 'banned')).toEqual(['NUMÉRO 1', 'numero un']);
  });

  it('survive an invalid regular expression by matching it literally, and report it for the comms team', () => {
    expect(() => lint(CLEAN)).not.toThrow();
    expect(flagged(`Un [unclosed crochet. ${CLEAN}`, 'banned')).toEqual(['[unclosed']);
    expect(findInvalidPatterns(ACME_CHARTER)).toEqual([
      expect.objectContaining({ list: 'banned', index: 4, phrase: '[unclosed' }),
    ]);
  });

  it('ignore a regular expression that only matches empty text', () => {
    expect(flagged(`Un texte ordinaire, avec des mots. ${CLEAN}`, 'banned')).toEqual([]);
  });
});

describe('confidential phrases', () => {
  it('are errors that need explicit confirmation', () => {
    const findings = lint(`Le projet hermes avance bien. ${CLEAN}`);
    expect(ofRule(findings, 'confidential')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(needsConfirmation(findings)).toBe(true);
  });

  it('match charter regular expressions', () => {
    expect(flagged(`Our q3 Results are in. ${CLEAN}`, 'confidential')).toEqual(['q3 Results']);
  });

  it('do not ask for confirmation when absent, or for other errors', () => {
    expect(needsConfirmation(lint(`Hermès et projets. Leader mondial. ${CLEAN}`))).toBe(false);
  });
});

describe('brand spellings', () => {
  it('flag a wrong variant and fix it to the correct spelling', () => {
    const draft = `J’utilise AcmeCloud tous les jours. ${CLEAN}`;
    const finding = ofRule(lint(draft), 'brand-spelling')[0];
    expect(finding).toMatchObject({ severity: 'warning', message: 'Write “Acme Cloud”, not “AcmeCloud”.' });
    expect(fixed(draft, finding)).toBe(`J’utilise Acme Cloud tous les jours. ${CLEAN}`);
  });

  it('flag variants whatever their case, but never the correct spelling', () => {
    expect(flagged(`acme cloud, ACME-CLOUD et Acme Cloud. ${CLEAN}`, 'brand-spelling')).toEqual([
      'acme cloud',
      'ACME-CLOUD',
    ]);
  });

  it('leave longer words, hashtags, handles and links alone', () => {
    const draft = `AcmeCloudy #AcmeCloud @AcmeCloud https://acme-cloud.com/news ${CLEAN}`;
    expect(flagged(draft, 'brand-spelling')).toEqual([]);
  });
});

describe('required disclosure', () => {
  it('is a warning when missing, with a fix that appends it as a paragraph', () => {
    const draft = 'Nous avons ouvert Lyon.\n\n#Lyon #Cloud';
    const finding = ofRule(lint(draft), 'disclosure-missing')[0];
    expect(finding).toMatchObject({ severity: 'warning', fix: { label: 'Add “#TeamAcme”' } });
    const repaired = fixed(draft, finding) ?? '';
    expect(repaired).toBe('Nous avons ouvert Lyon.\n\n#Lyon #Cloud\n\n#TeamAcme');
    expect(ofRule(lint(repaired), 'disclosure-missing')).toEqual([]);
  });

  it('accepts any of the alternatives, whatever the case', () => {
    expect(ofRule(lint('I WORK AT ACME and we opened Lyon. #Lyon #Cloud'), 'disclosure-missing')).toEqual([]);
  });

  it('is not satisfied by a longer tag that merely starts the same', () => {
    expect(ofRule(lint('Nous avons ouvert Lyon. #TeamAcmeFans #Lyon'), 'disclosure-missing')).toHaveLength(1);
  });

  it('does not nag on an empty draft', () => {
    expect(lint('  ')).toEqual([]);
  });
});

describe('hashtags', () => {
  it('warn above the maximum and point at the extra tags', () => {
    const draft = `${CLEAN} #Cloud #Tech`;
    const [finding] = ofRule(lint(draft), 'hashtags-too-many');
    expect(finding?.message).toBe('Your post has 4 hashtags; your company suggests at most 3.');
    expect(draft.slice(finding?.start, finding?.end)).toBe('#Tech');
  });

  it('accept exactly the maximum', () => {
    expect(ofRule(lint(`${CLEAN} #Cloud`), 'hashtags-too-many')).toEqual([]);
  });

  it('suggest adding the item’s tags below the minimum, on the existing hashtag line', () => {
    const draft = 'Trois ans que je travaille chez Acme.\n\n#TeamAcme';
    const [finding] = ofRule(
      lint(draft, ACME_CHARTER, { suggestedHashtags: ['teamacme', 'Acme Lyon', '#Cloud'] }),
      'hashtags-too-few',
    );
    expect(finding).toMatchObject({
      severity: 'warning',
      message: 'Add at least 2 hashtags so people following the topic find your post.',
    });
    expect(fixed(draft, finding)).toBe(`${draft} #AcmeLyon`);
  });

  it('do not count digit-only tags or anchors in links', () => {
    const draft = 'Trois ans que je travaille chez Acme. #1 https://acme.com/#news\n\n#TeamAcme';
    expect(ofRule(lint(draft), 'hashtags-too-few')).toHaveLength(1);
  });
});

describe('forbidden mentions', () => {
  it('fire on @mentions of the listed names, with or without the charter’s "@"', () => {
    expect(flagged(`Bravo @globex et @Initech Corp ! ${CLEAN}`, 'forbidden-mention')).toEqual([
      '@globex',
      '@Initech Corp',
    ]);
  });

  it('fire on plain names too, and on the name in an e-mail address, without its "@"', () => {
    expect(flagged(`Globex, contact@globex.com. ${CLEAN}`, 'forbidden-mention')).toEqual(['Globex', 'globex']);
  });

  it('leave longer names and handles, and links, alone', () => {
    expect(flagged(`Globexia, @GlobexFans, https://globex.com/news ${CLEAN}`, 'forbidden-mention')).toEqual([]);
  });
});

describe('length', () => {
  const padded = (length: number) => `${CLEAN} ${'x'.repeat(length - CLEAN.length - 1)}`;

  it('warns over the charter’s limit and points at the overflow', () => {
    const draft = padded(1301);
    const [finding] = ofRule(lint(draft), 'too-long');
    expect(finding).toMatchObject({ severity: 'warning', start: 1300, end: 1301 });
    expect(finding?.message).toBe('Your company asks for posts of at most 1,300 characters: 1 character too many.');
    expect(ofRule(lint(padded(1300)), 'too-long')).toEqual([]);
  });

  it('is an error over LinkedIn’s 3,000 characters, with or without a charter', () => {
    expect(ofRule(lint(padded(3001), null), 'too-long')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(ofRule(lint(padded(3000), null), 'too-long')).toEqual([]);
    expect(ofRule(lint(padded(3005), null), 'too-long')[0]?.message).toBe(
      'LinkedIn accepts at most 3,000 characters: remove 5 characters.',
    );
    expect(ofRule(lint(padded(3005)), 'too-long')).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'Your company asks for posts of at most 1,300 characters: 1,705 characters too many.',
      }),
    ]);
  });
});

describe('own words and opening', () => {
  const measure = (ownShare: number, opening: OriginalityMeasure['opening'] = null): OriginalityMeasure => ({
    ownShare,
    wordCount: 40,
    gramSize: 3,
    gramCount: 38,
    copiedGramCount: Math.round(38 * (1 - ownShare)),
    opening,
  });

  it('warn below the charter’s minimum share, with the reason, in the user’s language', () => {
    const [finding] = ofRule(lint(CLEAN, ACME_CHARTER, { locale: 'fr', originality: measure(0.499) }), 'own-words-low');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe(
      '49\u00a0% de votre texte est écrit avec vos propres mots\u202f; votre entreprise demande au moins 50\u00a0%.',
    );
    expect(finding?.reason).toBeTruthy();
  });

  it('stay quiet at or above the minimum, without a minimum, or without a measure', () => {
    expect(ofRule(lint(CLEAN, ACME_CHARTER, { originality: measure(0.5) }), 'own-words-low')).toEqual([]);
    expect(ofRule(lint(CLEAN, {}, { originality: measure(0.1) }), 'own-words-low')).toEqual([]);
    expect(ofRule(lint(CLEAN), 'own-words-low')).toEqual([]);
  });

  it('warn about a copied opening even without a charter', () => {
    const opening = { source: 'angle' as const, sourceIndex: 3, similarity: 1, verdict: 'same' as const, end: 40 };
    const [finding] = ofRule(lint(CLEAN, null, { originality: measure(0.9, opening) }), 'opening-copied');
    expect(finding).toMatchObject({
      severity: 'warning',
      message: 'Your opening is a suggested angle, word for word.',
      start: 0,
      end: 40,
    });
  });
});

describe('findings', () => {
  it('come errors first, then in reading order', () => {
    const findings = lint('AcmeCloud est leader mondial. Projet Hermès.');
    expect(findings.map((finding) => finding.rule)).toEqual([
      'banned',
      'confidential',
      'brand-spelling',
      'disclosure-missing',
      'hashtags-too-few',
    ]);
  });

  it('keep rule, severity and message for the share history', () => {
    const [stored] = toShareFindings(lint('Projet Hermès.'));
    expect(Object.keys(stored ?? {}).sort()).toEqual(['message', 'rule', 'severity']);
  });

  it('refuse a fix computed on an older draft', () => {
    const draft = `AcmeCloud. ${CLEAN}`;
    const finding = ofRule(lint(draft), 'brand-spelling')[0];
    if (!finding?.fix) throw new Error('expected a fix');
    expect(applyEdit(`Hello ${draft}`, finding.fix.edit)).toBeNull();
  });
});
