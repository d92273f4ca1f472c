/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped.
 * Two documents with the same content give the same string whatever their key order,
 * which is what makes rule-set hashes and saved results comparable byte for byte.
 * (Written with plain loops: the bundled rule sets are hashed when they load.)
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
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out += ',';
      const x = v[i];
      out += x === undefined ? 'null' : write(x, depth + 1);
    }
    return out + ']';
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    let out = '{';
    let first = true;
    for (const k of keys) {
      const x = o[k];
      if (x === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += JSON.stringify(k) + ':' + write(x, depth + 1);
    }
    return out + '}';
  }
  throw new TypeError(`cannot serialise a ${typeof v}`);
}
