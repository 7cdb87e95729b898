/**
 * The originality meter runs on every keystroke: a 3,000-character draft must
 * evaluate in 4 ms or less. Baseline: only tokenising the draft (foldedWords),
 * the floor any word-based measure pays.
 */
import { lintDraft } from '../../lib/charter/lint';
import { ACME_CHARTER } from '../fixtures/charter';
import { buildSourceIndex, itemSources } from '../../lib/originality/source-index';
import { measureOriginality } from '../../lib/originality/measure';
import { foldedWords } from '../../lib/text/fold';
import { compareMs, defineBench, medianMs } from './harness';

const CORPORATE =
  "Acme inaugure aujourd'hui son nouveau campus de Lyon : 400 postes d'ingénieurs d'ici 2027, un laboratoire " +
  "d'intelligence artificielle ouvert aux start-up de la région et un bâtiment à énergie positive. Cet évènement " +
  'marque une étape majeure de notre croissance en France. Le campus accueillera aussi nos équipes support, ' +
  'un centre de formation ouvert aux clients et un espace de démonstration de nos solutions cloud. ';

const ITEM = {
  title: 'Acme ouvre son campus de Lyon',
  text: CORPORATE.repeat(3),
  summary: "Nouveau campus à Lyon : 400 postes d'ingénieurs et un laboratoire d'IA.",
  angles: [
    'Ce que le campus de Lyon change pour nos clients de la région',
    'Pourquoi j’ai hâte de travailler avec le nouveau laboratoire',
    'Quatre cents ingénieurs de plus : ce que cela veut dire pour mon équipe',
  ],
};

const OWN =
  'Quand j’ai rejoint Acme il y a six ans, nous étions douze dans un open space à Villeurbanne.\n' +
  'Je travaille surtout avec des hôpitaux de Grenoble et de Saint-Étienne, et chaque projet partait de Paris. ';

/** A realistic 3,000-character draft: own paragraphs interleaved with pasted corporate sentences. */
function draftOf(length: number): string {
  let draft = '';
  for (let i = 0; draft.length < length; i += 1) draft += i % 2 === 0 ? OWN : `${CORPORATE}\n\n`;
  return `${draft.slice(0, length - 40)}\nhttps://acme.com/news/lyon #AcmeLyon #Tech`.slice(0, length);
}

// One evaluation takes well under a millisecond: time batches so the timer's resolution does not dominate.
const BATCH = 20;
const batch = (task: () => unknown) => () => {
  for (let i = 0; i < BATCH; i += 1) task();
};

export default defineBench({
  name: 'originality',
  async run() {
    const draft = draftOf(3000);
    const sources = itemSources(ITEM);
    const indexMs = await medianMs(() => buildSourceIndex(sources));
    const index = buildSourceIndex(sources);
    const result = measureOriginality(draft, index);
    const timing = await compareMs(
      batch(() => measureOriginality(draft, index)),
      batch(() => foldedWords(draft)),
      25,
    );
    // The sidebar runs the charter checks on the same keystroke: worth watching alongside.
    const lintMs = await medianMs(
      batch(() => lintDraft(draft, ACME_CHARTER, { locale: 'fr', originality: result })),
      25,
    );
    return [
      {
        name: 'measureOriginality, 3,000-char draft, per evaluation',
        value: timing.subject / BATCH,
        unit: 'ms',
        target: 4,
        details: {
          baselineFoldedWordsMs: timing.baseline / BATCH,
          ratioToBaseline: timing.ratio,
          buildSourceIndexMs: indexMs,
          draftChars: draft.length,
          words: result.wordCount,
          ownShare: result.ownShare,
        },
      },
      {
        name: 'lintDraft (every charter rule), same draft, per evaluation',
        value: lintMs / BATCH,
        unit: 'ms',
        target: 4,
      },
    ];
  },
});
