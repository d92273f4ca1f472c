#!/usr/bin/env node
// The demo: evaluate bundled project profiles against all three rule sets and print a
// report a person can read: verdicts, reasons with citations, risks and the brokering fit.
//   node report.mjs                       all worked examples
//   node report.mjs --example telehealth-evaluation
//   node report.mjs --profile my-project.json   your own answers (JSON object)
//   node report.mjs --json                machine-readable results instead of text
//   node report.mjs --locale fr           the report in French
import { readFileSync } from 'node:fs';
import { ValidationError } from '@coproduce/core';
import { evaluateAll, examples, localizeResult, ruleSets, sources, translate } from '@coproduce/rules';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : (args[i + 1] ?? '');
};
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s) => (color ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s) => (color ? `\x1b[2m${s}\x1b[22m` : s);

function cites(citations) {
  const seen = new Set();
  const parts = [];
  for (const c of citations) {
    const key = `${c.source}|${c.place}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${c.source}, ${c.place}${c.evidence ? ` (${c.evidence.replace(/-/g, ' ')})` : ''} {${c.guidance}}`);
  }
  return dim(`    [${parts.join('; ')}]`);
}

function status(r) {
  if (r.status === 'complete') return 'complete';
  if (r.status === 'insufficient-information') return 'too few answers for a verdict';
  const open = r.unanswered.filter((u) => u.couldChangeVerdict).length;
  return `provisional: ${r.unanswered.length} unanswered, ${open} of which could change it`;
}

function section(title, r, lines) {
  lines.push('', bold(`${title}`), `  Verdict: ${bold(r.verdict.label)}${r.verdict.score === null ? '' : ` (score ${r.verdict.score})`}  ${dim(`[${status(r)}]`)}`);
  if (r.verdict.summary) lines.push(`  ${r.verdict.summary}`);
}

const locale = flag('--locale') ?? 'en';
const title = (key) => translate(locale, `rs.${ruleSets[key].id}.title`);

function report(name, scenario, profile) {
  const raw = evaluateAll(profile);
  const all = Object.fromEntries(Object.entries(raw).map(([k, r]) => [k, localizeResult(r, locale)]));
  const lines = [bold(`━━ ${name} ━━`)];
  if (scenario) lines.push(scenario);

  const c = all.criteria;
  section(title('criteria'), c, lines);
  for (const dir of ['for', 'against']) {
    const reasons = c.rules.filter((x) => x.status === 'fired').flatMap((x) => x.outcomes.filter((o) => o.effect.type === 'signal' && o.effect.direction === dir).map((o) => ({ x, o })));
    if (reasons.length === 0) continue;
    lines.push(`  ${dir === 'for' ? 'For more emphasis' : 'For less emphasis'}:`);
    for (const { x, o } of reasons) lines.push(`   ${dir === 'for' ? '+' : '-'} ${o.label}: ${x.explanation}`, cites(x.citations));
  }
  if (c.advice.length) lines.push('  Advice:');
  for (const a of c.advice) lines.push(`   ${a.level === 'requirement' ? '!' : a.level === 'warning' ? '⚠' : 'i'} ${a.label}: ${a.detail}`, cites(a.citations));
  for (const w of c.whatWouldChange.slice(0, 3)) lines.push(`   → ${w.sentence}`);
  const next = c.unanswered.filter((u) => u.couldChangeVerdict).slice(0, 3);
  if (next.length) lines.push(`   ? Answer next: ${next.map((u) => u.label).join(' | ')}`);

  const k = all.costs;
  section(title('costs'), k, lines);
  for (const f of k.risks)
    lines.push(`   [${f.severity.toUpperCase()}] ${f.label}${f.stage ? ` (stage: ${f.stage})` : ''} (${f.category}): ${f.detail}`, `       Reduce it: ${f.mitigations.map((m) => m.title).join('; ') || '—'}`, cites(f.citations));
  for (const a of k.advice) lines.push(`   ${a.level === 'requirement' ? '!' : 'i'} ${a.label}: ${a.detail}`, cites(a.citations));

  const b = all.brokering;
  section(title('brokering'), b, lines);
  if (b.status !== 'insufficient-information') {
    for (const o of b.ranking) lines.push(`   ${o.rank}. ${o.label} (${o.score})${o.because.length ? dim(` because: ${o.because.join(', ')}`) : ''}`);
    for (const a of b.advice) lines.push(`   ${a.level === 'warning' ? '⚠' : 'i'} ${a.label}: ${a.detail}`, cites(a.citations));
  }
  const v = (rs) => `${rs.id}@${rs.version} #${rs.hash.slice(0, 12)}`;
  lines.push('', dim(`  Rule sets: ${v(ruleSets.criteria)}, ${v(ruleSets.costs)}, ${v(ruleSets.brokering)}`));
  return { text: lines.join('\n'), results: all };
}

try {
  let cases;
  const profileFile = flag('--profile');
  const exampleId = flag('--example');
  if (profileFile !== undefined) {
    cases = [{ title: `Your profile (${profileFile})`, scenario: '', profile: JSON.parse(readFileSync(profileFile, 'utf8')) }];
  } else if (exampleId !== undefined) {
    const ex = examples.find((e) => e.id === exampleId);
    if (!ex) {
      console.error(`Unknown example "${exampleId}". Known: ${examples.map((e) => e.id).join(', ')}`);
      process.exit(2);
    }
    cases = [ex];
  } else cases = examples;

  const out = cases.map((c) => report(c.title, c.scenario, c.profile));
  if (args.includes('--json')) console.log(JSON.stringify(out.map((o) => o.results), null, 2));
  else {
    console.log(out.map((o) => o.text).join('\n\n'));
    console.log(dim(`\nSources (rule text paraphrased; Oliver et al. 2019 is CC BY 2.5):\n${Object.entries(sources).map(([k, s]) => `  ${k}: ${s.reference}`).join('\n')}`));
    console.log(dim('Try: --example <id>, --profile <file.json>, --json, --locale fr. Examples: ' + examples.map((e) => e.id).join(', ')));
  }
} catch (e) {
  if (e instanceof ValidationError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
