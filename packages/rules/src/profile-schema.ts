/**
 * `@coproduce/rules/profile-schema`: the zod schema and JSON Schema of a whole profile, for
 * form builders and non-TypeScript callers. Apart from the main entry so that a page that
 * evaluates answers does not download zod's schema builders and JSON Schema export.
 */
import { questionAnswerSchema } from '@coproduce/core';
import * as z from 'zod/mini';
import { profileQuestions } from './profile';

let builtProfileSchema: z.ZodMiniObject | undefined;
const makeProfileSchema = () => (builtProfileSchema ??= z.strictObject(Object.fromEntries(profileQuestions.map((q) => [q.id, z.optional(questionAnswerSchema(q))]))));

/**
 * zod schema of a whole profile (every key optional, no unknown keys). Built on first use,
 * not at import: a page embedding the advisor never needs it. The stand-in forwards every
 * read to the real schema, so it behaves as the schema does.
 */
export const profileSchema: z.ZodMiniObject = new Proxy({} as z.ZodMiniObject, {
  get: (_, k) => {
    const real = makeProfileSchema();
    const v: unknown = Reflect.get(real, k, real);
    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(real) : v;
  },
  has: (_, k) => Reflect.has(makeProfileSchema(), k),
  ownKeys: () => Reflect.ownKeys(makeProfileSchema()),
  getOwnPropertyDescriptor: (_, k) => {
    const d = Reflect.getOwnPropertyDescriptor(makeProfileSchema(), k);
    return d && { ...d, configurable: true };
  },
  getPrototypeOf: () => Reflect.getPrototypeOf(makeProfileSchema()),
});

/** JSON Schema of a whole profile, for form builders and non-TypeScript callers. */
export function profileJsonSchema(): Record<string, unknown> {
  return { $id: 'urn:coproduce:profile', title: 'Project profile for all coproduce rule sets', ...z.toJSONSchema(makeProfileSchema()) };
}

