import type { Question, RuleSet } from '@coproduce/core';
import { guidanceText } from '../guidance';

/**
 * Every user-facing string of the rule sets, under a stable message key. English is read
 * straight from the rule sets, so it can never fall out of step; other locales translate
 * the same keys, and a test fails when any key is missing.
 */
export function questionMessages(q: Question, out: Record<string, string> = {}): Record<string, string> {
  out[`q.${q.id}.label`] = q.label;
  out[`q.${q.id}.help`] = q.help;
  if (q.type === 'enum' || q.type === 'multi-select') for (const o of q.options) out[`q.${q.id}.option.${o.value}`] = o.label;
  if (q.type === 'number' && q.unit) out[`q.${q.id}.unit`] = q.unit;
  return out;
}

export function ruleSetMessages(rs: RuleSet, out: Record<string, string> = {}): Record<string, string> {
  out[`rs.${rs.id}.title`] = rs.title;
  out[`rs.${rs.id}.description`] = rs.description;
  for (const q of rs.questions) questionMessages(q, out);
  for (const r of rs.rules) out[`rule.${rs.id}.${r.id}`] = r.explanation;
  for (const o of rs.outcomes) {
    out[`outcome.${rs.id}.${o.id}.label`] = o.label;
    out[`outcome.${rs.id}.${o.id}.detail`] = o.detail;
  }
  for (const b of rs.bands) {
    out[`band.${rs.id}.${b.id}.label`] = b.label;
    out[`band.${rs.id}.${b.id}.summary`] = b.summary;
    for (const [shape, text] of Object.entries(b.summaries ?? {})) if (text !== undefined) out[`band.${rs.id}.${b.id}.summary.${shape}`] = text;
  }
  if (rs.noClearFit) {
    out[`noclearfit.${rs.id}.label`] = rs.noClearFit.label;
    out[`noclearfit.${rs.id}.summary`] = rs.noClearFit.summary;
  }
  for (const o of rs.options) {
    out[`option.${rs.id}.${o.id}.label`] = o.label;
    out[`option.${rs.id}.${o.id}.summary`] = o.summary;
  }
  for (const r of rs.references) {
    out[`ref.${rs.id}.${r.id}.title`] = r.title;
    out[`ref.${rs.id}.${r.id}.text`] = r.text;
  }
  return out;
}

export function guidanceMessages(out: Record<string, string> = {}): Record<string, string> {
  for (const [id, text] of Object.entries(guidanceText)) out[`guidance.${id}`] = text;
  return out;
}
