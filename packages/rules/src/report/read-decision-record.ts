/**
 * Reading a saved decision record back, with every problem named: what a reviewer's re-check
 * and the comparison of records start from. Apart from writing one (`decision-record.ts`),
 * so a page that only writes records does not carry the checks.
 */
import { parseAssessment, ValidationError, type Problem } from '@coproduce/core/evaluation';
import { locales } from '../i18n';
import { DECISION_RECORD_FORMAT, type DecisionRecord } from './decision-record';

// The record's shape, checked with plain code rather than a schema: the widget reads records
// (re-checking one, restoring a team), and zod alone costs it about 10 KB and 30 ms at load.
type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const STATUSES = ['complete', 'provisional', 'insufficient-information'] as const;

function text(v: unknown, max: number, path: Path, out: Problem[], min = 1): void {
  if (typeof v !== 'string') out.push({ path, message: `expected a string, received ${typeOf(v)}`, expected: 'string' });
  else if (v.length < min || v.length > max) out.push({ path, message: min > 0 && v.length < min ? 'must not be empty' : `at most ${max} characters`, expected: `text of ${min} to ${max} characters` });
}

function known(o: Record<string, unknown>, keys: readonly string[], path: Path, out: Problem[]): void {
  const extra = Object.keys(o).filter((k) => !keys.includes(k));
  if (extra.length) out.push({ path, message: `unknown field${extra.length > 1 ? 's' : ''}: ${extra.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')}`, expected: 'no other fields' });
}

function answerValue(v: unknown, path: Path, out: Problem[]): void {
  if (typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) return;
  if (typeof v === 'string') return void (v.length > 200 && out.push({ path, message: 'at most 200 characters', expected: 'an answer' }));
  if (Array.isArray(v) && v.length <= 64 && v.every((x) => typeof x === 'string' && x.length <= 200)) return;
  out.push({ path, message: 'not an answer', expected: 'true or false, a number, a string or a list of strings' });
}

function checkShape(input: unknown): Problem[] {
  const out: Problem[] = [];
  if (!isObject(input)) return [{ path: [], message: `expected an object, received ${typeOf(input)}`, expected: 'object' }];
  known(input, ['format', 'created', 'projectName', 'locale', 'answers', 'ruleSets', 'results'], [], out);
  if (input.format !== DECISION_RECORD_FORMAT) out.push({ path: ['format'], message: 'unknown record format', expected: JSON.stringify(DECISION_RECORD_FORMAT) });
  text(input.created, 40, ['created'], out);
  if (typeof input.created === 'string' && Number.isNaN(Date.parse(input.created))) out.push({ path: ['created'], message: 'not an ISO date', expected: 'a date such as 2026-12-01' });
  if (input.projectName !== undefined) text(input.projectName, 200, ['projectName'], out, 0);
  if (input.locale !== undefined && !(locales as readonly unknown[]).includes(input.locale)) out.push({ path: ['locale'], message: 'unknown locale', expected: locales.map((l) => JSON.stringify(l)).join(' or ') });
  if (!isObject(input.answers)) out.push({ path: ['answers'], message: `expected an object, received ${typeOf(input.answers)}`, expected: 'object' });
  else
    for (const [k, v] of Object.entries(input.answers)) {
      if (k.length < 1 || k.length > 64) out.push({ path: ['answers', k.slice(0, 64)], message: 'a question id of 1 to 64 characters', expected: 'a question id' });
      answerValue(v, ['answers', k], out);
    }
  const list = input.ruleSets;
  if (!Array.isArray(list)) out.push({ path: ['ruleSets'], message: `expected an array, received ${typeOf(list)}`, expected: 'array' });
  else if (list.length < 1 || list.length > 32) out.push({ path: ['ruleSets'], message: 'from 1 to 32 rule sets', expected: 'a list of 1 to 32 rule sets' });
  else
    list.forEach((e: unknown, i) => {
      const at: Path = ['ruleSets', i];
      if (!isObject(e)) return void out.push({ path: at, message: `expected an object, received ${typeOf(e)}`, expected: 'object' });
      known(e, ['key', 'id', 'version', 'hash', 'verdict', 'status'], at, out);
      text(e.key, 64, [...at, 'key'], out);
      text(e.id, 64, [...at, 'id'], out);
      text(e.version, 40, [...at, 'version'], out);
      if (typeof e.hash !== 'string' || !/^[0-9a-f]{64}$/.test(e.hash)) out.push({ path: [...at, 'hash'], message: 'a SHA-256 hash: 64 lowercase hex digits', expected: 'string' });
      if (!isObject(e.verdict)) out.push({ path: [...at, 'verdict'], message: `expected an object, received ${typeOf(e.verdict)}`, expected: 'object' });
      else {
        known(e.verdict, ['id', 'label'], [...at, 'verdict'], out);
        text(e.verdict.id, 64, [...at, 'verdict', 'id'], out);
        text(e.verdict.label, 200, [...at, 'verdict', 'label'], out);
      }
      if (!(STATUSES as readonly unknown[]).includes(e.status)) out.push({ path: [...at, 'status'], message: 'unknown status', expected: STATUSES.map((x) => JSON.stringify(x)).join(' or ') });
    });
  if (input.results !== undefined) {
    if (!isObject(input.results)) out.push({ path: ['results'], message: `expected an object, received ${typeOf(input.results)}`, expected: 'object' });
    else for (const k of Object.keys(input.results)) if (k.length < 1 || k.length > 64) out.push({ path: ['results', k.slice(0, 64)], message: 'a rule set key of 1 to 64 characters', expected: 'a rule set key' });
  }
  return out;
}

/**
 * Read a decision record (an object, or its JSON text) and check it: a `ValidationError`
 * (target `assessment`) lists every problem, each naming its field.
 */
export function readDecisionRecord(json: unknown): DecisionRecord {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (err) {
      throw new ValidationError('assessment', [{ path: [], message: `not valid JSON (${(err as Error).message.slice(0, 80)})`, expected: 'a decision record in JSON' }]);
    }
  }
  const shape = checkShape(input);
  if (shape.length) throw new ValidationError('assessment', shape);
  // A copy through JSON, as the schema's output was: the record returned shares nothing with the input.
  const rec = JSON.parse(JSON.stringify(input)) as DecisionRecord;
  const problems: Problem[] = [];
  const keys = new Set<string>();
  rec.ruleSets.forEach((e, i) => {
    if (keys.has(e.key)) problems.push({ path: ['ruleSets', i, 'key'], message: `duplicate key "${e.key}"`, expected: 'each rule set once' });
    keys.add(e.key);
  });
  for (const [key, r] of Object.entries(rec.results ?? {})) {
    if (!keys.has(key)) problems.push({ path: ['results', key], message: `no rule set "${key}" in ruleSets`, expected: `one of: ${[...keys].join(', ')}` });
    try {
      const a = parseAssessment(r);
      const e = rec.ruleSets.find((x) => x.key === key);
      if (e && (a.ruleSet.id !== e.id || a.ruleSet.version !== e.version || a.ruleSet.hash !== e.hash))
        problems.push({ path: ['results', key, 'ruleSet'], message: 'the full result is for another rule set version than ruleSets says', expected: `${e.id} ${e.version}` });
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      for (const p of err.problems) problems.push({ ...p, path: ['results', key, ...p.path] });
    }
  }
  if (problems.length) throw new ValidationError('assessment', problems);
  return rec as DecisionRecord;
}
