import type { Citation, EvaluationResult } from '@coproduce/core';
import { sources } from '@coproduce/rules';
import type { AdvisorState } from './controller';
import { statusText, ui } from './messages';

/** Escape Markdown (and HTML) control characters so text is shown as written. */
export const escapeMarkdown = (s: string): string => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');
const md = escapeMarkdown;

export function citationText(c: Citation, locale: AdvisorState['locale']): string {
  return `${c.source}, ${c.place}${c.evidence ? `; ${ui(locale, 'evidence', { level: ui(locale, `evidence_${c.evidence}` as never) })}` : ''} [${c.guidance}]`;
}

/** A printable Markdown summary of the current advice: verdicts, reasons, risks, sources. */
export function toMarkdown(state: AdvisorState, title: (k: string) => string): string {
  const L = state.locale;
  const out: string[] = [`# ${md(ui(L, 'title'))}`, ''];
  for (const key of state.ruleSets) {
    const r = state.results[key] as EvaluationResult | undefined;
    if (!r) continue;
    out.push(`## ${md(title(key))}`, '', `**${md(ui(L, 'verdict'))}: ${md(r.verdict.label)}**${r.verdict.score === null ? '' : ` (${ui(L, 'score', { score: r.verdict.score })})`}`, '');
    if (r.verdict.summary) out.push(md(r.verdict.summary), '');
    out.push(`_${md(statusText(L, r.status))}_`, '');
    const fired = r.rules.filter((x) => x.status === 'fired');
    if (r.ranking.length) {
      out.push(`### ${md(ui(L, 'ranking'))}`, '');
      for (const o of r.ranking) out.push(`${o.rank}. ${md(o.label)} (${o.score})`);
      out.push('');
    }
    for (const f of r.risks) out.push(`- **${md(ui(L, `severity_${f.severity}`))}** ${md(f.label)}: ${md(f.detail)} ${f.mitigations.length ? `_${md(ui(L, 'reduce'))}: ${f.mitigations.map((m) => md(m.title)).join('; ')}_` : ''} (${f.citations.map((c) => md(citationText(c, L))).join('; ')})`);
    if (r.risks.length) out.push('');
    for (const x of fired) {
      const signal = x.outcomes.find((o) => o.effect.type === 'signal');
      if (!signal) continue;
      out.push(`- ${signal.effect.type === 'signal' && signal.effect.direction === 'for' ? '+' : '−'} ${md(signal.label)}: ${md(x.explanation)} (${x.citations.map((c) => md(citationText(c, L))).join('; ')})`);
    }
    for (const a of r.advice) out.push(`- ${md(ui(L, `level_${a.level}`))}: ${md(a.label)}. ${md(a.detail)} (${a.citations.map((c) => md(citationText(c, L))).join('; ')})`);
    if (r.whatWouldChange.length) {
      out.push('', `### ${md(ui(L, 'whatWouldChange'))}`, '');
      for (const w of r.whatWouldChange) out.push(`- ${md(w.sentence)}`);
    }
    out.push('', `<sub>${r.ruleSet.id}@${r.ruleSet.version} · ${r.ruleSet.hash.slice(0, 16)}</sub>`, '');
  }
  out.push(`## ${md(ui(L, 'sources'))}`, '');
  for (const [k, s] of Object.entries(sources)) out.push(`- **${k}**: ${md(s.reference)}${'licence' in s ? ` (${md(s.licence)})` : ''}`);
  return `${out.join('\n')}\n`;
}
