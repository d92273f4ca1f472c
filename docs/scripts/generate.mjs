#!/usr/bin/env node
// Generates the docs pages that must never be hand-copied: the rule reference, the guidance
// catalogue and the worked examples, straight from @coproduce/rules; and copies the built
// widget into public/. Runs before every `astro build`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, changelog, evaluateAll, examples, profileQuestions, ruleSets, sources } from '@coproduce/rules';

const docs = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
const esc = (s) => String(s).replace(/([\\`*_[\]<>|])/g, '\\$1');
const cell = (s) => esc(s).replace(/\n/g, ' ');
const cite = (c) => `${c.source}, ${c.place}${c.evidence ? ` (${c.evidence.replace(/-/g, ' ')})` : ''} \`${c.guidance}\``;
const cites = (cs) => cs.map(cite).join('; ');
const attr = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
const front = (title, description) => `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
const written = [];
function write(rel, text) {
  const file = join(docs, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(rel);
}

for (const dir of ['examples', 'reference']) rmSync(join(docs, dir), { recursive: true, force: true });
rmSync(join(docs, 'performance.md'), { force: true });

// --- Rule reference, one page per rule set -------------------------------------------
for (const [key, rs] of Object.entries(ruleSets)) {
  const out = [front(`${rs.title} (${rs.id})`, `Generated reference for rule set ${rs.id} ${rs.version}: every question, rule, outcome and guidance id with its citation.`)];
  out.push(`:::note[Generated]\nThis page is generated at build time from \`@coproduce/rules\`. Rule set \`${rs.id}\`, version **${rs.version}**, kind \`${rs.kind}\`, content hash \`${rs.hash}\`. Import it as \`import { ${key === 'costs' ? 'costs' : key} } from '@coproduce/rules'\` or, pinned, \`@coproduce/rules/${key}/v1\`.\n:::\n`);
  out.push(esc(rs.description), '');
  out.push(`At least ${rs.minimumAnswers} answer(s) are needed for a verdict; with fewer, the result is "insufficient information".`, '');
  out.push('## Questions', '', '| id | type | question | answers | guidance |', '|---|---|---|---|---|');
  for (const q of rs.questions) {
    const answers = q.type === 'boolean' ? 'yes / no' : q.type === 'number' ? `${q.min}–${q.max}${q.unit ? ` ${q.unit}` : ''}` : q.options.map((o) => `\`${o.value}\``).join(', ');
    out.push(`| \`${q.id}\` | ${q.type} | ${cell(q.label)} | ${answers} | ${[...new Set(q.citations.map((c) => c.guidance))].map((g) => `\`${g}\``).join(', ')} |`);
  }
  out.push('', rs.kind === 'ranking' ? '## Options ranked' : '## Verdict bands', '');
  if (rs.kind === 'ranking') for (const o of rs.options) out.push(`- **${esc(o.label)}** (\`${o.id}\`): ${esc(o.summary)} — ${cites(o.citations)}`);
  else for (const b of [...rs.bands].sort((x, y) => (y.atLeast ?? -1e9) - (x.atLeast ?? -1e9))) out.push(`- **${esc(b.label)}** (\`${b.id}\`, score ${b.atLeast === undefined ? 'below the others' : `≥ ${b.atLeast}`}): ${esc(b.summary)}`);
  out.push('', '## Rules', '');
  const outcomes = new Map(rs.outcomes.map((o) => [o.id, o]));
  for (const r of rs.rules) {
    out.push(`### \`${r.id}\``, '', esc(r.explanation), '', `**Sources:** ${cites(r.citations)}`, '');
    out.push(`**Outcomes:** ${r.outcomes.map((id) => { const o = outcomes.get(id); const e = o.effect; const what = e.type === 'signal' ? `${e.direction} ×${e.weight}` : e.type === 'flag' ? `${e.severity} ${e.category}${e.stage ? ` at ${e.stage}` : ''}` : e.type === 'fit' ? `${e.weight > 0 ? '+' : ''}${e.weight} ${e.option}` : e.level; return `\`${id}\` (${what}): ${esc(o.label)}`; }).join('; ')}`, '');
    out.push('```json', JSON.stringify(r.conditions, null, 2), '```', '');
  }
  if (rs.references.length) {
    out.push('## Reference content', '');
    for (const r of rs.references) out.push(`- **${esc(r.title)}** (\`${r.id}\`, ${r.kind}): ${esc(r.text)} — ${cites(r.citations)}`);
    out.push('');
  }
  out.push('## Changelog', '');
  for (const e of changelog[rs.id] ?? []) out.push(`- **${e.version}** (${e.date}): ${e.changes.map(esc).join(' ')}`);
  write(`reference/${rs.id}.md`, `${out.join('\n')}\n`);
}

// --- Guidance catalogue ------------------------------------------------------------------
{
  const out = [front('Guidance catalogue', 'Every piece of guidance in the four sources, by id, with its citations and the rule-set entries that encode it.')];
  out.push(':::note[Generated]\nGenerated from `catalogue` in `@coproduce/rules`. A test fails if any id is missing here or unused by the rule sets.\n:::\n');
  out.push('## Sources', '');
  for (const [k, s] of Object.entries(sources)) out.push(`- **${k}**: ${esc(s.reference)}${s.doi ? ` ${s.doi}` : ''}${s.licence ? ` Licence: ${esc(s.licence)}.` : ''}`);
  let section = '';
  for (const e of catalogue) {
    if (e.section !== section) {
      section = e.section;
      out.push('', `## ${esc(e.sectionTitle)}`, '', '| id | guidance | cited as | used in |', '|---|---|---|---|');
    }
    out.push(`| \`${e.id}\` | ${cell(e.text)} | ${cell(cites(e.citations))} | ${e.usedIn.map((u) => `${u.ruleSet} ${u.entry} \`${u.id}\``).join('; ')} |`);
  }
  write('reference/guidance.md', `${out.join('\n')}\n`);
}

// --- Worked examples -----------------------------------------------------------------------
const qById = new Map(profileQuestions.map((q) => [q.id, q]));
const answerText = (q, v) => q.type === 'boolean' ? (v ? 'yes' : 'no') : q.type === 'number' ? `${v}${q.unit ? ` ${q.unit}` : ''}` : q.type === 'enum' ? q.options.find((o) => o.value === v)?.label : v.length ? v.map((x) => q.options.find((o) => o.value === x)?.label).join('; ') : 'none';
examples.forEach((ex, i) => {
  const all = evaluateAll(ex.profile);
  const out = [front(ex.title, ex.scenario.slice(0, 150))];
  out.push('## The scenario', '', esc(ex.scenario), '', `**Based on:** ${cites(ex.citations)}`, '');
  out.push('## The answers', '', '| question | answer |', '|---|---|');
  for (const [id, v] of Object.entries(ex.profile)) out.push(`| ${cell(qById.get(id).label)} | ${cell(answerText(qById.get(id), v))} |`);
  out.push('', '## Try it', '', 'The advisor below is pre-filled with these answers. Change any answer to see what moves the verdict.', '');
  out.push(`<coproduce-advisor id="advisor" data-example="${ex.id}" answers='${attr(JSON.stringify(ex.profile))}'></coproduce-advisor>`, '<script type="module" src="/coproduce-advisor.js"></script>', '');
  out.push('## The result and why', '');
  for (const [key, r] of Object.entries(all)) {
    out.push(`### ${esc(ruleSets[key].title)}`, '', `**${esc(r.verdict.label)}**${r.verdict.score === null ? '' : ` (score ${r.verdict.score})`}: ${esc(r.verdict.summary)}`, '');
    if (r.ranking.length && r.verdict.score !== null) out.push(r.ranking.map((o) => `${o.rank}. ${esc(o.label)} (${o.score})`).join('\n'), '');
    for (const f of r.risks) out.push(`- **${f.severity}** ${esc(f.label)}: ${esc(f.detail)} _Reduce it:_ ${f.mitigations.map((m) => esc(m.title)).join('; ') || '—'}. (${cites(f.citations)})`);
    for (const x of r.rules.filter((y) => y.status === 'fired' && y.outcomes.some((o) => o.effect.type === 'signal' || o.effect.type === 'fit')))
      out.push(`- \`${x.id}\`: ${esc(x.explanation)} (${cites(x.citations)})`);
    for (const a of r.advice) out.push(`- _${a.level}_: **${esc(a.label)}**. ${esc(a.detail)} (${cites(a.citations)})`);
    if (r.whatWouldChange.length) out.push('', '**What would change it:**', '', ...r.whatWouldChange.slice(0, 4).map((w) => `- ${esc(w.sentence)}`));
    out.push('', `<small>\`${r.ruleSet.id}@${r.ruleSet.version}\` · \`${r.ruleSet.hash.slice(0, 16)}\` · ${r.status}</small>`, '');
  }
  write(`examples/${String(i + 1).padStart(2, '0')}-${ex.id}.md`, `${out.join('\n')}\n`);
});

// --- Performance: the last recorded benchmark run (bench/results.md, written by `pnpm bench -- --save`)
{
  const results = fileURLToPath(new URL('../../bench/results.md', import.meta.url));
  const out = [front('Performance', 'How fast evaluate() is against json-rules-engine and straight-line JavaScript, batch throughput, and bundle sizes.')];
  out.push('`npx -y pnpm@10.34.9 bench` runs the benchmark on your machine. It evaluates seeded, complete random profiles (a different one for every call in a round, so no cache profits from repeats) against each rule set with: **ours, full** (`evaluate()` with explanations and the what-if analysis); **explanations only** (`{ sensitivity: false }`); **verdict only** (`evaluateVerdict()`); **json-rules-engine** (the same rules through one reused `Engine`); and **straight-line JS** (the same logic as plain `if` statements, generated from the rule set). The batch figure streams a JSON Lines file through `screen()`.', '');
  out.push(existsSync(results) ? readFileSync(results, 'utf8') : '_No recorded run yet: run the benchmark with `-- --save`._');
  out.push(
    '',
    '## How evaluation is kept fast',
    '',
    '- **Compiled once per rule set.** Each condition becomes a small closure, cached per rule set; nothing is interpreted, cloned or awaited per call, and there is no `eval` or `new Function` (the widget runs under a strict Content-Security-Policy).',
    '- **Answers as numbers.** Answers are checked and read once into an array of numbers: a choice becomes its option\'s position, several choices a bit mask, yes/no 1 or 0. Every condition is then one numeric comparison. Invalid answers fall back to the zod schema, which reports every problem.',
    '- **Shared, frozen result parts.** What does not depend on the answers (outcomes, risks, advice, evidence levels) is built once. A rule\'s status and deciding answers depend only on the answers it reads, so they are made once per combination (up to 256 per rule) and shared. Results are immutable.',
    '- **What-if by difference.** "What would change the verdict" re-runs only the rules that read the question being varied, and skips questions whose rules cannot move the score across a band edge, or let another option catch up with the best fit. A property test checks that skipping never changes the answer.',
    '',
    'Results are deterministic: the JSON of a result depends only on the rule set and the answers.',
    '',
    '## Where the bytes go',
    '',
    'The schemas use `zod/mini`, so bundlers keep only the parts of zod that are used. The three rule sets add about 22 KB (min + gzip) on top of core, nearly all of it their English text: questions, help, explanations, outcomes and citations. French adds about 30 KB more. A build that needs less must leave text out, for example by loading it separately from the logic.',
  );
  write('performance.md', `${out.join('\n')}\n`);
}

// --- The widget, as built ----------------------------------------------------------------
const require = createRequire(import.meta.url);
const widget = join(dirname(require.resolve('@coproduce/react/package.json')), 'dist', 'coproduce-advisor.js');
const pub = fileURLToPath(new URL('../public/', import.meta.url));
mkdirSync(pub, { recursive: true });
copyFileSync(widget, join(pub, 'coproduce-advisor.js'));
console.log(`docs: generated ${written.length} pages (${written.join(', ')}) and copied the widget`);
