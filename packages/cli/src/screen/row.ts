import { evaluate, evaluateVerdict, INSUFFICIENT, ValidationError, type EvaluationResult, type RuleSet } from '@coproduce/core/evaluation';
import { ruleSets, type RuleSetKey } from '@coproduce/rules';
import { RowReader } from './answers';
import { fromProblem, unknownKey, type RowProblem } from './problems';

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

// A worker screens with one spec throughout: its reader is kept at hand.
let lastSpec: ScreenSpec | undefined;
let lastReader: RowReader | undefined;
function readerFor(spec: ScreenSpec): RowReader {
  if (spec !== lastSpec) {
    lastReader = new RowReader(spec.keys.map((k) => ruleSets[k] as RuleSet), spec.idField);
    lastSpec = spec;
  }
  return lastReader!;
}

/** The status a full evaluation would give, from the fast verdict (a test holds them equal). */
export function statusOf(v: { id: string; provisional: boolean }): Status {
  return v.id === INSUFFICIENT ? 'insufficient-information' : v.provisional ? 'provisional' : 'complete';
}

// Verdict labels come from the rule sets' own results: the first time an id is seen, the
// row is evaluated in full and its label kept, so new verdict kinds need no code here. The
// verdicts themselves (id, label, status) are kept too, so rows share them.
const shared = new Map<RuleSetKey, Map<string, Partial<Record<Status, RuleSetVerdict>>>>();
function verdictOf(key: RuleSetKey, v: { id: string; provisional: boolean }, answers: () => unknown): RuleSetVerdict {
  let ids = shared.get(key);
  if (!ids) shared.set(key, (ids = new Map()));
  let byStatus = ids.get(v.id);
  if (!byStatus) ids.set(v.id, (byStatus = {}));
  const status = statusOf(v);
  let x = byStatus[status];
  if (x === undefined) {
    const label = Object.values(byStatus)[0]?.label ?? evaluate(ruleSets[key] as RuleSet, answers(), { sensitivity: false }).verdict.label;
    x = byStatus[status] = Object.freeze({ id: v.id, label, status });
  }
  return x;
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
  const reader = readerFor(spec);
  const row = reader.read(p);
  const id = row.hasId ? String(row.id) : undefined;
  const problems: RowProblem[] = [...extra];
  for (const k of row.unknown) problems.push(unknownKey(k));
  const verdicts: Partial<Record<RuleSetKey, RuleSetVerdict>> = {};
  for (let s = 0; s < spec.keys.length; s++) {
    const key = spec.keys[s]!;
    const rs = ruleSets[key] as RuleSet;
    try {
      if (spec.reasons) {
        const r = evaluate(rs, reader.answers(s), { sensitivity: false });
        verdicts[key] = { id: r.verdict.id, label: r.verdict.label, status: r.status, reasons: reasonsOf(r) };
      } else {
        verdicts[key] = verdictOf(key, evaluateVerdict(rs, reader.verdictAnswers(s)), () => reader.answers(s));
      }
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      for (const q of e.problems) {
        const rp = fromProblem(q, p[String(q.path[0])]);
        if (!problems.some((x) => x.field === rp.field)) problems.push(rp);
      }
    }
  }
  if (id === undefined) return problems.length ? { line, problems } : { line, verdicts };
  return problems.length ? { line, id, problems } : { line, id, verdicts };
}
