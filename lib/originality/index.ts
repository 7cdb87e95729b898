export { measureOriginality, type OriginalityMeasure } from './measure';
export { GRAM_SIZE } from './ngrams';
export { OPENING_CLOSE, OPENING_SAME, type OpeningEcho } from './opening';
export { buildSourceIndex, itemSources, type Source, type SourceIndex, type SourceKind } from './source-index';
