import { z } from '../zod';
import type { Problem } from '../errors';
import { citationSchema, citationsSchema, sourceSchema } from './citation';
import { checkCondition, type TopCondition } from './condition';
import { idSchema, longText, ruleSetIdSchema, semverSchema, shortText } from './ids';
import { outcomeSchema } from './outcome';
import { questionSchema, type Question } from './question';
import { ruleSchema } from './rule';

export { RULE_SET_FORMAT, RULE_SET_FORMAT_2, ruleSetFormats, ruleSetKinds, type RuleSetKind } from './formats';
import { RULE_SET_FORMAT, RULE_SET_FORMAT_2, ruleSetFormats, ruleSetKinds } from './formats';

/** A verdict band: the verdict is the band with the highest `atLeast` not above the score. */
export const bandSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  summary: longText,
  /** Lowest score for this band; omitted on exactly one band, the bottom one. */
  atLeast: z.optional(z.number()),
  citations: z.optional(z.array(citationSchema).check(z.maxLength(32))),
  /**
   * A condition (in the rules' format) that must hold for the band to be reached; otherwise
   * the verdict stays in the band below. For a verdict that must rest on particular answers.
   */
  requires: z.optional(z.custom<TopCondition>((v) => typeof v === 'object' && v !== null, 'requires must be a condition object')),
  /** Register rule sets: the band is also reached when at least this many flags of a severity are raised. */
  minFlags: z.optional(z.strictObject({ high: z.optional(z.int().check(z.gte(1), z.lte(500))), medium: z.optional(z.int().check(z.gte(1), z.lte(500))) })),
  /**
   * Summaries that say what the answers did, chosen over `summary` when they apply: `mixed`
   * when signals point both ways, `weak` when they point one way or none, `capped` when
   * the `requires` of a higher band kept the verdict here.
   */
  summaries: z.optional(z.strictObject({ mixed: z.optional(longText), weak: z.optional(longText), capped: z.optional(longText) })),
});
export type Band = z.infer<typeof bandSchema>;

/** An option a `ranking` rule set ranks, such as a knowledge-brokering model. */
export const optionSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  summary: longText,
  citations: citationsSchema,
  /** What must hold for the option to be named best fit (its defining conditions), in the rules' condition format. */
  requires: z.optional(z.custom<TopCondition>((v) => typeof v === 'object' && v !== null, 'requires must be a condition object')),
});
export type RankedOption = z.infer<typeof optionSchema>;

/**
 * Ranking rule sets: the verdict when no option stands out (a tie at the top, a top fit of
 * zero or less, or a leader whose defining conditions do not hold). Without it, the first
 * listed of the top options is named, as rule sets of format 1.0 always did.
 */
export const noClearFitSchema = z.strictObject({
  label: shortText,
  summary: longText,
  citations: z.optional(z.array(citationSchema).check(z.maxLength(32))),
});

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
  format: z.enum(ruleSetFormats),
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
  // Optional without defaults: a default would change the hash of rule sets written before them.
  noClearFit: z.optional(noClearFitSchema),
  /** Ids of `references` that every result shows once (the scope and limits of the advice). */
  notes: z.optional(z.array(idSchema).check(z.minLength(1), z.maxLength(16))),
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

/** Where a format-1 document uses a field that only format 2 has. */
function format2Fields(doc: RuleSetDocument): (string | number)[][] {
  const at: (string | number)[][] = [];
  if (doc.noClearFit) at.push(['noClearFit']);
  if (doc.notes) at.push(['notes']);
  doc.options.forEach((o, i) => o.requires !== undefined && at.push(['options', i, 'requires']));
  doc.bands.forEach((b, i) => {
    for (const k of ['requires', 'minFlags', 'summaries'] as const) if (b[k] !== undefined) at.push(['bands', i, k]);
  });
  doc.outcomes.forEach((o, i) => o.effect.type === 'fit' && o.effect.scale !== undefined && at.push(['outcomes', i, 'effect', 'scale']));
  return at;
}

function crossCheck(doc: RuleSetDocument, problems: Problem[]): void {
  if (doc.format === RULE_SET_FORMAT)
    for (const path of format2Fields(doc)) problems.push({ path, message: `"${String(path.at(-1))}" needs format "${RULE_SET_FORMAT_2}"`, expected: `format "${RULE_SET_FORMAT_2}", or no "${String(path.at(-1))}"` });
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

  doc.bands.forEach((b, i) => {
    checkCitations(b.citations, ['bands', i]);
    if (b.requires !== undefined) checkCondition(b.requires, questions, ['bands', i, 'requires'], problems);
    if (b.minFlags && doc.kind !== 'register') problems.push({ path: ['bands', i, 'minFlags'], message: `only register rule sets count flags; this one is "${doc.kind}"`, expected: 'no minFlags' });
    if (b.atLeast === undefined && (b.requires || b.minFlags)) problems.push({ path: ['bands', i], message: 'the bottom band is always reachable', expected: 'no requires or minFlags on the band without "atLeast"' });
  });
  doc.options.forEach((o, i) => {
    checkCitations(o.citations, ['options', i]);
    if (o.requires !== undefined) checkCondition(o.requires, questions, ['options', i, 'requires'], problems);
  });
  if (doc.noClearFit) {
    checkCitations(doc.noClearFit.citations, ['noClearFit']);
    if (doc.kind !== 'ranking') problems.push({ path: ['noClearFit'], message: `only ranking rule sets name a best fit; this one is "${doc.kind}"`, expected: 'no noClearFit' });
  }
  doc.notes?.forEach((n, i) => {
    if (!references.has(n)) problems.push({ path: ['notes', i], message: `unknown reference "${n}"`, expected: 'the id of an entry in "references"' });
  });
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
