/**
 * What went wrong, as data: a stable code and the values its sentence needs.
 * Every layer (sync, the worker's answers, the composer bridge, the workshop)
 * passes problems along; only the UI turns one into words, in the language
 * shown at that moment, so a stored problem follows a language switch.
 */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem<C extends string = string> {
  readonly code: C;
  readonly params?: ProblemParams;
}

export function problem<C extends string>(code: C, params?: ProblemParams): Problem<C> {
  return params === undefined ? { code } : { code, params };
}

/**
 * A thrown problem. Its `message` is for logs and developer consoles only (English, or the code); the
 * worker's router answers with the problem itself.
 */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    logMessage: string = problem.code,
  ) {
    super(logMessage);
    this.name = 'ProblemError';
  }

  get code(): string {
    return this.problem.code;
  }
}

/** A problem read back from storage or a message: anything with a string code; params only if well formed. */
export function problemFrom(value: unknown): Problem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, params } = value as { code?: unknown; params?: unknown };
  if (typeof code !== 'string') return undefined;
  if (typeof params !== 'object' || params === null) return { code };
  const clean = Object.entries(params).filter(
    (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return { code, params: Object.fromEntries(clean) };
}

/**
 * What a thrown value says, as a problem with a log message: a ProblemError's problem, an error with a
 * string `code` (the worker's HandledError), or `fallbackCode` with the error's own message.
 */
export function problemOfThrown(error: unknown, fallbackCode = 'error'): Problem & { message: string } {
  if (error instanceof ProblemError) return { ...error.problem, message: error.message };
  const named = error as { code?: unknown; name?: unknown; message?: unknown } | null | undefined;
  const message = typeof named?.message === 'string' ? named.message : String(error);
  if (typeof named?.code === 'string') return { code: named.code, message };
  return { code: fallbackCode === 'error' && typeof named?.name === 'string' ? named.name : fallbackCode, message };
}
