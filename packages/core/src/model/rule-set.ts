import { z } from '../zod';
import type { Problem } from '../errors';
import { citationSchema, citationsSchema, sourceSchema } from './citation';
import { checkCondition } from './condition';
import { idSchema, longText, ruleSetIdSchema, semverSchema, shortText } from './ids';
import { outcomeSchema } from './outcome';
import { questionSchema, type Question } from './question';
import { ruleSchema } from './rule';

export const RULE_SET_FORMAT = 'coproduce/rule-set@1' as const;

export const ruleSetKinds = ['verdict', 'register', 'ranking'] as const;
export type RuleSetKind = (typeof ruleSetKinds)[number];

/** A verdict band: the verdict is the band with the highest `atLeast` not above the score. */
export const bandSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  summary: longText,
  /** Lowest score for this band; omitted on exactly one band, the bottom one. */
  atLeast: z.optional(z.number()),
  citations: z.optional(z.array(citationSchema).check(z.maxLength(32))),
});
export type Band = z.infer<typeof bandSchema>;

/** An option a `ranking` rule set ranks, such as a knowledge-brokering model. */
export const optionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  summary: longText,
  citations: citationsSchema,
});
export type RankedOption = z.infer<typeof optionSchema>;

/**
 * Reference content: guidance that is not logic (a definition, a mitigation, a key
 * question to ask) but is still published with its id and citation.
 */
export const referenceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['definition', 'mitigation', 'question', 'taxonomy', 'context']),
  title: shortText,
  text: longText,
  citations: citationsSchema,
});
export type Reference = z.infer<typeof referenceSchema>;

const shape = z.strictObject({
  format: z.literal(RULE_SET_FORMAT),
  id: ruleSetIdSchema,
  version: semverSchema,
  kind: z.enum(ruleSetKinds),
  title: shortText,
  description: longText,
  /** Fewer answers than this gives "insufficient information" rather than a guess. */
  minimumAnswers: z._default(z.int().check(z.gte(1), z.lte(1000)), 1),
  sources: z.record(idSchema, sourceSchema),
  questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(200)),
  rules: z.array(ruleSchema).check(z.minLength(1), z.maxLength(500)),
  outcomes: z.array(outcomeSchema).check(z.minLength(1), z.maxLength(500)),
  bands: z._default(z.array(bandSchema).check(z.maxLength(16)), []),
  options: z._default(z.array(optionSchema).check(z.maxLength(32)), []),
  references: z._default(z.array(referenceSchema).check(z.maxLength(500)), []),
});

/** The rule-set document as authored (defaults not yet applied). */
export type RuleSetDocumentInput = z.input<typeof shape>;
/** The rule-set document after validation. */
export type RuleSetDocument = z.output<typeof shape>;

/** Validates rule sets written by anyone, with cross-reference checks that a plain shape cannot express. */
export const ruleSetDocumentSchema = shape.check(
  z.superRefine((doc, ctx) => {
    const problems: Problem[] = [];
    crossCheck(doc, problems);
    for (const p of problems) ctx.addIssue({ code: 'custom', path: [...p.path], message: p.message, params: { expected: p.expected, received: p.received } });
  }),
);

function duplicates(items: readonly { id: string }[], path: string, problems: Problem[]): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ path: [path, i, 'id'], message: `duplicate id "${item.id}" (also at ${path}[${seen.get(item.id)}])`, expected: 'a unique id' });
    else seen.set(item.id, i);
  });
  return seen;
}

function crossCheck(doc: RuleSetDocument, problems: Problem[]): void {
  duplicates(doc.questions, 'questions', problems);
  duplicates(doc.rules, 'rules', problems);
  const outcomes = duplicates(doc.outcomes, 'outcomes', problems);
  duplicates(doc.bands, 'bands', problems);
  const options = duplicates(doc.options, 'options', problems);
  const references = duplicates(doc.references, 'references', problems);
  const questions = new Map<string, Question>(doc.questions.map((q) => [q.id, q]));

  const sourceKeys = new Set(Object.keys(doc.sources));
  const checkCitations = (cs: readonly { source: string }[] | undefined, path: (string | number)[]) =>
    cs?.forEach((c, i) => {
      if (!sourceKeys.has(c.source))
        problems.push({ path: [...path, 'citations', i, 'source'], message: `unknown source "${c.source}"`, expected: `a key of "sources" (${[...sourceKeys].join(', ') || 'none defined'})` });
    });

  doc.questions.forEach((q, i) => {
    checkCitations(q.citations, ['questions', i]);
    if (q.type === 'number' && q.min > q.max) problems.push({ path: ['questions', i, 'min'], message: 'min is greater than max', expected: 'min <= max' });
    if (q.type === 'enum' || q.type === 'multi-select') duplicates(q.options.map((o) => ({ id: o.value })), `questions[${i}].options`, problems);
  });

  const used = new Set<string>();
  doc.rules.forEach((r, i) => {
    checkCitations(r.citations, ['rules', i]);
    checkCondition(r.conditions, questions, ['rules', i, 'conditions'], problems);
    r.outcomes.forEach((o, j) => {
      used.add(o);
      if (!outcomes.has(o)) problems.push({ path: ['rules', i, 'outcomes', j], message: `unknown outcome "${o}"`, expected: 'the id of an outcome in this rule set' });
    });
  });

  doc.outcomes.forEach((o, i) => {
    checkCitations(o.citations, ['outcomes', i]);
    if (!used.has(o.id)) problems.push({ path: ['outcomes', i, 'id'], message: `outcome "${o.id}" is not used by any rule`, expected: 'every outcome to be the result of at least one rule' });
    const e = o.effect;
    if (e.type === 'fit' && !options.has(e.option))
      problems.push({ path: ['outcomes', i, 'effect', 'option'], message: `unknown option "${e.option}"`, expected: 'the id of an entry in "options"' });
    if (e.type === 'flag')
      e.mitigations.forEach((m, j) => {
        if (!references.has(m)) problems.push({ path: ['outcomes', i, 'effect', 'mitigations', j], message: `unknown reference "${m}"`, expected: 'the id of an entry in "references"' });
      });
    const fits: Record<string, readonly string[]> = { verdict: ['signal', 'advice'], register: ['flag', 'advice'], ranking: ['fit', 'advice'] };
    if (!fits[doc.kind]!.includes(e.type))
      problems.push({ path: ['outcomes', i, 'effect', 'type'], message: `a "${doc.kind}" rule set cannot use "${e.type}" outcomes`, expected: `one of: ${fits[doc.kind]!.join(', ')}` });
  });

  doc.bands.forEach((b, i) => checkCitations(b.citations, ['bands', i]));
  doc.options.forEach((o, i) => checkCitations(o.citations, ['options', i]));
  doc.references.forEach((r, i) => checkCitations(r.citations, ['references', i]));

  if (doc.kind === 'ranking') {
    if (doc.options.length < 2) problems.push({ path: ['options'], message: 'a ranking rule set needs at least two options', expected: 'two or more options' });
  } else {
    const bottoms = doc.bands.filter((b) => b.atLeast === undefined).length;
    if (doc.bands.length < 2) problems.push({ path: ['bands'], message: `a ${doc.kind} rule set needs at least two bands`, expected: 'two or more bands' });
    else if (bottoms !== 1) problems.push({ path: ['bands'], message: `exactly one band must omit "atLeast" (the bottom band); found ${bottoms}`, expected: 'one bottom band' });
    const thresholds = doc.bands.filter((b) => b.atLeast !== undefined).map((b) => b.atLeast);
    if (new Set(thresholds).size !== thresholds.length) problems.push({ path: ['bands'], message: 'two bands share the same "atLeast"', expected: 'distinct thresholds' });
  }
  if (doc.minimumAnswers > doc.questions.length)
    problems.push({ path: ['minimumAnswers'], message: 'more answers required than there are questions', expected: `at most ${doc.questions.length}` });
}
