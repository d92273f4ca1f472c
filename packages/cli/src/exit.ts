/** Exit codes, as documented in the README: 0 ok, 1 bad input, 2 usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/**
 * An error meant for a person: one line, no stack trace (unless --debug). `code` is the
 * exit code; `cause` keeps the original error for --debug.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly code: number = EXIT.input,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
