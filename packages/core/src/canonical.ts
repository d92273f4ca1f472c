/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped.
 * Two documents with the same content give the same string whatever their key order,
 * which is what makes rule-set hashes and saved results comparable byte for byte.
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(v: unknown, depth: number): string {
  if (depth > 64) throw new RangeError('value is nested too deeply to serialise');
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError('non-finite number cannot be serialised');
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : write(x, depth + 1))).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${write(o[k], depth + 1)}`).join(',')}}`;
  }
  throw new TypeError(`cannot serialise a ${typeof v}`);
}
