import { z } from '../zod';

import { RESERVED_KEYS } from './reserved';

export { RESERVED_KEYS };

const notReserved = (s: string) => !RESERVED_KEYS.has(s);

/** Identifier of a question, rule, outcome, band or option: letters, digits, `-` and `_`. */
export const idSchema = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must start with a letter and use only letters, digits, "-" and "_"'),
  z.refine(notReserved, 'is a reserved word'),
);

/** Identifier of a rule set: lower-case kebab case, e.g. `coproduction-criteria`. */
export const ruleSetIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "my-rule-set"'));

/** Guidance (INVENTORY) id: dotted lower-case, e.g. `criteria.controversy`. */
export const guidanceIdSchema = z.string().check(z.maxLength(80), z.regex(/^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+$/, 'must be a dotted guidance id such as "criteria.controversy"'));

/** Semantic version, without build metadata. */
export const semverSchema = z.string().check(z.maxLength(64), z.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as "1.2.0"'));

export const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
export const longText = z.string().check(z.trim(), z.minLength(1), z.maxLength(4000));
