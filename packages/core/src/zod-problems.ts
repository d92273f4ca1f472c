import type { z } from './zod';
import type { Problem } from './errors';

/** Turn zod issues into our problems: a path, a message and what was expected. */
export function zodProblems(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const i = issue as z.core.$ZodIssue & { expected?: unknown; values?: unknown[]; params?: { expected?: string; received?: string }; keys?: string[] };
    let expected: string | undefined = i.params?.expected;
    if (!expected && i.code === 'invalid_type') expected = String(i.expected);
    if (!expected && i.code === 'invalid_value' && Array.isArray(i.values)) expected = `one of: ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (i.code === 'unrecognized_keys' && i.keys) {
      return { path, message: `unknown key${i.keys.length > 1 ? 's' : ''}: ${i.keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`, expected: 'only the documented keys' };
    }
    return { path, message: issue.message, ...(expected ? { expected } : {}), ...(i.params?.received ? { received: i.params.received } : {}) };
  });
}
