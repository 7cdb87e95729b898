/**
 * Runs htmlparser2's tokenizer and tag tracking over untrusted markup with
 * the work kept linear. The tokenizer itself is a linear state machine, but the
 * parser keeps open elements in an array it grows at the front and searches at
 * each closing tag, so ten megabytes of unclosed `<div>` would cost time in the
 * square of the size. No feed or page nests hundreds of elements deep: past
 * MAX_NESTING the rest of the document is not read.
 */
import { type Handler, Parser, type ParserOptions } from 'htmlparser2';

export const MAX_NESTING = 256;

export type MarkupHandler = Pick<Partial<Handler>, 'onopentag' | 'ontext' | 'onclosetag'>;

/** Returns false when the document was cut at MAX_NESTING. */
export function parseMarkup(markup: string, handler: MarkupHandler, options: ParserOptions): boolean {
  let depth = 0;
  let complete = true;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes, isImplied) {
        depth += 1;
        if (depth > MAX_NESTING) {
          complete = false;
          parser.pause();
          return;
        }
        handler.onopentag?.(name, attributes, isImplied);
      },
      ontext(text) {
        if (complete) handler.ontext?.(text);
      },
      onclosetag(name, isImplied) {
        depth -= 1;
        if (complete) handler.onclosetag?.(name, isImplied);
      },
    },
    options,
  );
  parser.write(markup);
  if (complete) parser.end();
  return complete;
}
