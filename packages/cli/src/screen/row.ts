import { evaluate, evaluateVerdict, INSUFFICIENT, ValidationError, type EvaluationResult, type RuleSet } from '@coproduce/core';
import { profileFor, ruleSets, type RuleSetKey } from '@coproduce/rules';
import { fromProblem, questionIds, unknownKey, type RowProblem } from './problems';

export type Status = EvaluationResult['status'];

export interface RuleSetVerdict {
  readonly id: string;
  readonly label: string;
  readonly status: Status;
  /** Top reasons in plain words (only with --reasons: they need the full evaluation). */
  readonly reasons?: readonly string[];
}

export interface ScreenSpec {
  readonly keys: readonly RuleSetKey[];
  readonly reasons: boolean;
  /** A column or key carried to the output unchanged, to tell rows apart (e.g. a project id). */
  readonly idField?: string;
}

export type RowResult =
  | { readonly line: number; readonly id?: string; readonly verdicts: Readonly<Partial<Record<RuleSetKey, RuleSetVerdict>>> }
  | { readonly line: number; readonly id?: string; readonly problems: readonly RowProblem[] };

const known: ReadonlySet<string> = new Set(questionIds);

/** The status a full evaluation would give, from the fast verdict (a test holds them equal). */
export function statusOf(v: { id: string; provisional: boolean }): Status {
  return v.id === INSUFFICIENT ? 'insufficient-information' : v.provisional ? 'provisional' : 'complete';
}

// Verdict labels come from the rule sets' own results: the first time an id is seen, the
// row is evaluated in full and its label kept, so new verdict kinds need no code here.
const labels = new Map<string, string>();
function labelOf(key: RuleSetKey, id: string, answers: unknown): string {
  const k = `${key}\u0000${id}`;
  let l = labels.get(k);
  if (l === undefined) {
    l = evaluate(ruleSets[key] as RuleSet, answers, { sensitivity: false }).verdict.label;
    labels.set(k, l);
  }
  return l;
}

function reasonsOf(r: EvaluationResult): string[] {
  const out: string[] = [];
  if (r.risks.length) for (const f of r.risks) out.push(f.label);
  else for (const x of r.rules) if (x.status === 'fired') for (const o of x.outcomes) out.push(o.label);
  return [...new Set(out)].slice(0, 3);
}

/**
 * Screen one profile (already parsed) against the chosen rule sets. Bad input gives the
 * row's problems, all of them, never an exception.
 */
export function screenProfile(profile: unknown, line: number, spec: ScreenSpec, extra: RowProblem[] = []): RowResult {
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile))
    return { line, problems: [...extra, { field: '(row)', message: 'a row must be a JSON object', expected: 'an object mapping question ids to answers', received: Array.isArray(profile) ? 'an array' : profile === null ? 'null' : typeof profile }] };
  const p = profile as Record<string, unknown>;
  let id: string | undefined;
  const problems: RowProblem[] = [...extra];
  for (const k in p) {
    if (known.has(k)) continue;
    if (k === spec.idField) id = String(p[k]);
    else if (Object.prototype.hasOwnProperty.call(p, k)) problems.push(unknownKey(k));
  }
  const verdicts: Partial<Record<RuleSetKey, RuleSetVerdict>> = {};
  for (const key of spec.keys) {
    const rs = ruleSets[key] as RuleSet;
    const answers = profileFor(rs, p);
    try {
      if (spec.reasons) {
        const r = evaluate(rs, answers, { sensitivity: false });
        verdicts[key] = { id: r.verdict.id, label: r.verdict.label, status: r.status, reasons: reasonsOf(r) };
      } else {
        const v = evaluateVerdict(rs, answers);
        verdicts[key] = { id: v.id, label: labelOf(key, v.id, answers), status: statusOf(v) };
      }
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const q of e.problems) {
        const rp = fromProblem(q, p[String(q.path[0])]);
        if (!problems.some((x) => x.field === rp.field)) problems.push(rp);
      }
    }
  }
  const tag = id === undefined ? {} : { id };
  return problems.length ? { line, ...tag, problems } : { line, ...tag, verdicts };
}
