/** One problem found in the input: where it is, what was expected, and what was found. */
export interface Problem {
  /** Path to the offending value, e.g. `["answers", "controversy"]`. */
  readonly path: readonly (string | number)[];
  /** Human-readable description of the problem. */
  readonly message: string;
  /** What was expected at that path, in words ("one of: likely, unlikely"). */
  readonly expected?: string;
  /** A short description of what was received (never the raw value: it may be huge). */
  readonly received?: string;
}

export type ValidationTarget = 'answers' | 'rule-set' | 'assessment' | 'options';

/**
 * Thrown for every kind of bad input. It lists every problem found, not just the first,
 * so that a form can show all of them at once.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly target: ValidationTarget;
  readonly problems: readonly Problem[];

  constructor(target: ValidationTarget, problems: readonly Problem[]) {
    super(formatProblems(target, problems));
    this.target = target;
    this.problems = Object.freeze(problems.map((p) => Object.freeze({ ...p, path: Object.freeze([...p.path]) })));
  }

  toJSON(): { name: string; target: ValidationTarget; problems: readonly Problem[] } {
    return { name: this.name, target: this.target, problems: this.problems };
  }
}

/** Thrown when a rule set's content no longer matches the hash it claims (it was edited after publication). */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(
    readonly ruleSetId: string,
    readonly expectedHash: string,
    readonly actualHash: string,
  ) {
    super(
      `Rule set "${ruleSetId}" does not match its recorded hash: expected ${expectedHash}, computed ${actualHash}. ` +
        'It was changed after it was published; it will not be used.',
    );
  }
}

export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

function formatProblems(target: ValidationTarget, problems: readonly Problem[]): string {
  const head = `Invalid ${target}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const shown = problems.slice(0, 20).map((p) => {
    const exp = p.expected ? ` (expected ${p.expected}` + (p.received ? `, received ${p.received})` : ')') : '';
    return `  - ${formatPath(p.path)}: ${p.message}${exp}`;
  });
  if (problems.length > 20) shown.push(`  … and ${problems.length - 20} more`);
  return [head, ...shown].join('\n');
}

/** A short, bounded description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `string of ${value.length} characters` : JSON.stringify(value);
    case 'number':
      return String(value); // also NaN, Infinity, -Infinity
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return 'bigint';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    default:
      return 'object';
  }
}
