// Keys that must never become property names on objects we build (prototype pollution).
// Apart from the id schemas in `ids.ts`, so that checking answers does not build them.
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
