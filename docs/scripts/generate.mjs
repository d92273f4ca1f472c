#!/usr/bin/env node
// Generates the docs pages that must never be hand-copied: the rule reference, the guidance
// catalogue and the worked examples, straight from @coproduce/rules; and copies the built
// widget into public/. Runs before every `astro build`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateAll, evaluateGroupAll, guidanceText, profileQuestions, ruleSets, sources, teamAgenda } from '@coproduce/rules';
import { catalogue, citationsIn } from '@coproduce/rules/catalogue';
import { changelog } from '@coproduce/rules/changelog';
import { examples } from '@coproduce/rules/examples';
import { repo } from '../site.config.mjs';
import { brokeringFigure, citeText, costMatrix, exampleSummary, h, polesFigure, sourceName } from './pictures.mjs';

const docs = fileURLToPath(new URL('../src/content/docs/', import.meta.url));
const esc = (s) => String(s).replace(/([\\`*_[\]<>|])/g, '\\$1');
const cell = (s) => esc(s).replace(/\n/g, ' ');
const cite = (c) => `${c.source}, ${c.place}${c.evidence ? ` (${c.evidence.replace(/-/g, ' ')})` : ''} \`${c.guidance}\``;
const cites = (cs) => cs.map(cite).join('; ');
// Citations in plain words (no guidance ids) for pages that people read rather than look up.
const plainCites = (cs) => [...new Set(cs.map((c) => citeText(c, true)))].map(esc).join('; ');
const attr = (s) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
const front = (title, description) => `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n\n`;
/** A source's DOI as a link (DOIs are stored as "doi:10..."). */
const doiUrl = (doi) => `https://doi.org/${doi.replace(/^doi:\s*/i, '')}`;
const doiLink = (doi) => `[${doi}](${doiUrl(doi)})`;
const written = [];
const missing = []; // guidance this site must show but @coproduce/rules does not have yet
function write(rel, text) {
  const file = join(docs, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(rel);
}

for (const dir of ['examples', 'reference']) rmSync(join(docs, dir), { recursive: true, force: true });
for (const f of ['performance.md', 'about-evidence.md']) rmSync(join(docs, f), { force: true });

// The pictures each rule-set reference page shows, next to its questions.
const pictureFor = { 'coproduction-costs': () => costMatrix('coproduction-costs'), 'coproduction-criteria': () => polesFigure('coproduction-criteria'), 'brokering-model': () => brokeringFigure('brokering-model') };

// --- Rule reference, one page per rule set -------------------------------------------
for (const [key, rs] of Object.entries(ruleSets)) {
  const out = [front(`${rs.title} (${rs.id})`, `Generated reference for rule set ${rs.id} ${rs.version}: every question, rule, outcome and guidance id with its citation.`)];
  out.push(`:::note[Generated]\nThis page is generated at build time from \`@coproduce/rules\`. Rule set \`${rs.id}\`, version **${rs.version}**, kind \`${rs.kind}\`, content hash \`${rs.hash}\`. Import it as \`import { ${key === 'costs' ? 'costs' : key} } from '@coproduce/rules'\` or, pinned, \`@coproduce/rules/${key}/v${rs.version.split('.')[0]}\` (published major versions stay importable by path).\n:::\n`);
  out.push(esc(rs.description), '');
  if (pictureFor[rs.id]) out.push('## At a glance', '', pictureFor[rs.id](), '', 'All the pictures are also on [the guidance at a glance](/reference/at-a-glance/).', '');
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
  for (const [k, s] of Object.entries(sources)) out.push(`- **${k}**: ${esc(s.reference)}${s.doi ? ` ${doiLink(s.doi)}` : ''}${s.licence ? ` Licence: ${esc(s.licence)}.` : ''}`);
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
  out.push('## The scenario', '', esc(ex.scenario), '', `**Based on:** ${plainCites(ex.citations)}`, '');
  out.push('## At a glance', '', exampleSummary(i), '', polesFigure(undefined, [i], 'criteria-poles'), '');
  out.push('## The answers', '', '| question | answer |', '|---|---|');
  for (const [id, v] of Object.entries(ex.profile)) out.push(`| ${cell(qById.get(id).label)} | ${cell(answerText(qById.get(id), v))} |`);
  out.push('', '## Try it', '', 'The advisor below is pre-filled with these answers. Change any answer to see what moves the verdict.', '');
  out.push(`<coproduce-advisor id="advisor" data-example="${ex.id}" answers='${attr(JSON.stringify(ex.profile))}'></coproduce-advisor>`, '<script type="module" src="/coproduce-advisor.js"></script>', '');
  out.push('## The result and why', '');
  for (const [key, r] of Object.entries(all)) {
    out.push(`### ${esc(ruleSets[key].title)}`, '', `**${esc(r.verdict.label)}**${r.verdict.score === null ? '' : ` (score ${r.verdict.score})`}: ${esc(r.verdict.summary)}`, '');
    if (r.ranking.length && r.verdict.score !== null) out.push(r.ranking.map((o) => `${o.rank}. ${esc(o.label)} (${o.score})`).join('\n'), '');
    for (const f of r.risks) out.push(`- **${f.severity}** ${esc(f.label)}: ${esc(f.detail)} _Reduce it:_ ${f.mitigations.map((m) => esc(m.title)).join('; ') || '—'}. (${plainCites(f.citations)})`);
    for (const x of r.rules.filter((y) => y.status === 'fired' && y.outcomes.some((o) => o.effect.type === 'signal' || o.effect.type === 'fit')))
      out.push(`- [${esc(x.outcomes.find((o) => o.effect.type === 'signal' || o.effect.type === 'fit').label)}](/reference/${r.ruleSet.id}/#${x.id}): ${esc(x.explanation)} (${plainCites(x.citations)})`);
    for (const a of r.advice) out.push(`- _${a.level}_: **${esc(a.label)}**. ${esc(a.detail)} (${plainCites(a.citations)})`);
    if (r.whatWouldChange.length) out.push('', '**What would change it:**', '', ...r.whatWouldChange.slice(0, 4).map((w) => `- ${esc(w.sentence)}`));
    out.push('', `<small>From [${esc(ruleSets[key].title)}](/reference/${r.ruleSet.id}/), version ${r.ruleSet.version}; ${r.status.replace(/-/g, ' ')}.</small>`, '');
  }
  write(`examples/${String(i + 1).padStart(2, '0')}-${ex.id}.md`, `${out.join('\n')}\n`);
});

// --- Worked example of a team: three people answer alone, the Team view shows what to discuss.
// The team's answers are scenario data; everything said about them comes from evaluateGroupAll.
{
  const shared = { researchPurpose: 'how-to-implement', programmeDefinition: 'needs-definition', implementerCooperation: 'essential', useOfFindings: 'direct', stakeholders: ['local-implementers', 'service-users'], engagementMode: 'partnership', decisionSpace: false };
  const team = {
    'Amara (researcher)': { ...shared, controversy: 'contested', conflictsOfInterest: 'few', resources: 'limited', relationships: 'need-building', powerImbalance: true, publication: 'researchers-free' },
    'Tom (commissioner)': { ...shared, controversy: 'widely-supported', conflictsOfInterest: 'hard', resources: 'available', relationships: 'good-links', powerImbalance: false, publication: 'partner-approval' },
    'Lena (service-user representative)': { ...shared, controversy: 'contested', resources: 'available', relationships: 'need-building', powerImbalance: true, ppiRequired: true },
  };
  const names = Object.keys(team);
  const group = evaluateGroupAll(team);
  const agenda = teamAgenda(group);
  const out = [front('A team of three', 'A researcher, a commissioner and a service-user representative answer alone; the Team view shows where they disagree and which disagreements change the advice.')];
  out.push(
    '## The scenario',
    '',
    'A council has commissioned a study of how to roll out a new community support service. Three people will plan it together: **Amara**, the lead researcher; **Tom**, who commissioned the study for the council; and **Lena**, who represents the people who use the service. Each answered the questions on their own, without conferring. They agree on what the study is for and who should be involved; they see the politics, the resources and the relationships differently.',
    '',
    'How to run the meeting that follows is in [Running the team discussion](/guides/team-discussion/).',
    '',
    '## Their answers',
    '',
    `| question | ${names.map(cell).join(' | ')} |`,
    `|---|${names.map(() => '---').join('|')}|`,
  );
  const asked = [...new Set(Object.values(team).flatMap((a) => Object.keys(a)))];
  for (const id of profileQuestions.map((q) => q.id).filter((q) => asked.includes(q))) {
    const q = qById.get(id);
    out.push(`| ${cell(q.label)} | ${names.map((n) => (team[n][id] === undefined ? '—' : cell(answerText(q, team[n][id])))).join(' | ')} |`);
  }
  out.push('', '## Try it', '', 'The advisor below holds the three respondents. It opens on the Team view; pick a respondent and change an answer to see the grid and the agenda move.', '');
  out.push(`<coproduce-advisor id="advisor" mode="team" view="team" team='${attr(JSON.stringify(names.map((name) => ({ name, answers: team[name] }))))}'></coproduce-advisor>`, '<script type="module" src="/coproduce-advisor.js"></script>', '');
  out.push('## What the team view shows', '', '### Each person\'s verdict', '', `| respondent | ${Object.keys(group).map((k) => cell(ruleSets[k].title)).join(' | ')} |`, `|---|${Object.keys(group).map(() => '---').join('|')}|`);
  names.forEach((n, i) => out.push(`| ${cell(n)} | ${Object.values(group).map((g) => cell(g.respondents[i].verdict.label)).join(' | ')} |`));
  out.push(`| _on the agreed answers alone_ | ${Object.values(group).map((g) => cell(g.agreed.verdict.label)).join(' | ')} |`, '');
  const changing = Object.values(group).flatMap((g) => g.disagreements.map((d) => ({ g, d })));
  out.push('### The disagreements that change a verdict', '');
  if (changing.length) for (const { g, d } of changing) out.push(`- **${esc(d.label)}** (${esc(ruleSets[Object.keys(group).find((k) => group[k] === g)].title)})`, ...d.adoptions.map((a) => `  - ${esc(a.sentence)}`));
  else out.push('None: the team can settle its disagreements in any order.');
  out.push('', '### The agenda', '', 'The contested questions, those that change more verdicts first, with the guidance each rests on:', '');
  agenda.forEach((a, i) => {
    const moves = a.changes.map((k) => ruleSets[k].title);
    out.push(`${i + 1}. **${esc(a.label)}**${moves.length ? ` (changes: ${moves.map(esc).join('; ')})` : ''}. ${a.positions.map((p) => `${p.respondents.map(esc).join(', ')}: ${esc(answerText(qById.get(a.question), p.answer))}`).join('; ')}. _Guidance:_ ${plainCites(a.citations)}`);
  });
  out.push('', `<small>From the rule sets ${Object.values(group).map((g) => `${esc(ruleSets[Object.keys(group).find((k) => group[k] === g)].title)} version ${g.ruleSet.version}`).join('; ')}.</small>`, '');
  write('examples/team.md', `${out.join('\n')}\n`);
}

// --- Performance: the last recorded benchmark run (bench/results.md, written by `pnpm bench -- --save`)
{
  const results = fileURLToPath(new URL('../../bench/results.md', import.meta.url));
  const out = [front('Performance', 'How fast evaluate() is against json-rules-engine and straight-line JavaScript, batch throughput, and bundle sizes.')];
  out.push('`npx -y pnpm@10.34.9 bench` runs the benchmark on your machine. It evaluates seeded, complete random profiles (a different one for every call in a round, so no cache profits from repeats) against each rule set with: **ours, full** (`evaluate()` with explanations and the what-if analysis); **explanations only** (`{ sensitivity: false }`); **verdict only** (`evaluateVerdict()`); **json-rules-engine** (the same rules through one reused `Engine`); and **straight-line JS** (the same logic as plain `if` statements, generated from the rule set). The batch figure streams a JSON Lines file through `screen()`.', '');
  // A literal <coproduce-advisor> in the recorded Markdown would be parsed as an element (and
  // garble its table row): show element names as code.
  const recorded = existsSync(results) ? readFileSync(results, 'utf8').replace(/(`[^`]*`)|<(\/?[a-z][\w-]*)>/g, (m, code, tag) => code ?? `\`<${tag}>\``) : null;
  out.push(recorded ?? '_No recorded run yet: run the benchmark with `-- --save`._');
  out.push(
    '',
    '## How evaluation is kept fast',
    '',
    '- **No schema at load.** The bundled rule sets are validated by the document schema when the package is built. In the browser they are only checked against the digest recorded then (a few milliseconds), and zod loads only to validate a rule-set document of your own. In Node, `@coproduce/core/evaluation` is the same API without zod (it loads in milliseconds, where zod\'s module graph takes a few hundred); `@coproduce/rules` and the command-line tool use it.',
    '- **A light first load for the element.** The standalone element carries only what the questionnaire needs: team mode, the reviewer\'s re-check, the HTML export, French and the document schemas are sibling files loaded when used. It starts with V8\'s compile hint, so Chromium compiles its functions on a background thread while the file is parsed.',
    '- **Compiled once per rule set.** Each condition becomes a small program (plain data: comparisons on answer positions), run by one function and cached per rule set; nothing is cloned or awaited per call, and there is no `eval` or `new Function` (the widget runs under a strict Content-Security-Policy).',
    '- **Verdicts from tables.** For rules that read the same one to three small questions, `evaluateVerdict` looks up each combination\'s contribution in a table made once per rule set, instead of testing the rules one by one (only where every weight is a whole number, so the sums are exact in any order).',
    '- **Answers as numbers.** Answers are checked and read once into an array of numbers: a choice becomes its option\'s position, several choices a bit mask, yes/no 1 or 0. Every condition is then one numeric comparison. Invalid answers go through the full check, which reports every problem in the words of the zod schemas (a differential test over 100,000 inputs holds the two together) without loading zod.',
    '- **Shared, frozen result parts.** What does not depend on the answers (outcomes, risks, advice, evidence levels) is built once. A rule\'s status and deciding answers depend only on the answers it reads, so they are made once per combination (up to 256 per rule) and shared. Results are immutable.',
    '- **What-if by difference.** "What would change the verdict" re-runs only the rules that read the question being varied, and skips questions whose rules cannot move the score across a band edge, or let another option catch up with the best fit. A property test checks that skipping never changes the answer.',
    '',
    'Results are deterministic: the JSON of a result depends only on the rule set and the answers.',
    '',
    '## Where the bytes go',
    '',
    'Evaluating needs no zod: the schemas (`@coproduce/core/schemas`, `@coproduce/rules/schemas`) are in chunks of their own that a bundle of `evaluate` and the rule sets leaves out. What remains is mostly text: of the three rule sets\' 31 KB (min + gzip), about 27 KB is their English strings (questions, help, explanations, outcomes, citations and the guidance each citation carries) and 3 KB the code that arranges them; core\'s evaluation is about 10 KB. French is a pack of its own, about 30 KB, loaded only when someone picks French (`loadLocale(\'fr\')`, or the element\'s sibling file `coproduce-advisor.fr.js`): the default entries carry no French. In the element, team mode\'s French interface text is in the team-mode file instead, so a French page that never uses team mode does not download it. A build that needs less must leave text out.',
  );
  write('performance.md', `${out.join('\n')}\n`);
}

// --- The guidance at a glance: every picture on one page of the rule reference ------------
{
  const out = [front('Guidance at a glance', 'The costs matrix, the criteria as two-ended scales, the brokering models side by side and every worked example in one glance, generated from the rule sets.')];
  out.push(':::note[Generated]\nEvery picture here is generated at build time from `@coproduce/rules`, so it always shows the rule sets as published. Each has a table with the same content below it, and links to the rules it shows.\n:::\n');
  out.push('## What co-production can cost', '', costMatrix(undefined), '');
  out.push('## When to favour co-production: the criteria', '', polesFigure(undefined), '');
  out.push('## Which brokering model fits', '', brokeringFigure(undefined), '');
  out.push('## The worked examples at a glance', '');
  examples.forEach((ex, i) => out.push(`### ${esc(ex.title)}`, '', exampleSummary(i), '', `[The whole example](/examples/${String(i + 1).padStart(2, '0')}-${ex.id}/)`, ''));
  write('reference/at-a-glance.md', `${out.join('\n')}\n`);
}

// --- About the evidence --------------------------------------------------------------------
// What each evidence level means, weakest first. These describe the kinds of evidence the
// sources themselves name (core's evidenceLevels); the build fails if a rule set uses a level
// that is not described here.
const evidenceKinds = {
  'open-question': ['An open question', 'The source asks it as a question to consider, rather than stating it as a finding.'],
  'early-thoughts': ['Early thoughts', 'The authors offer these as "some early thoughts", a starting point for discussion, not tested findings.'],
  'authors-experience': ['The authors’ own experience', 'Drawn from what the authors have seen in their own projects ("based on our own experiences"), not from a systematic study.'],
  'case-study': ['A single case study', 'One detailed study of one team in one place: it shows what happened there, and may or may not hold elsewhere.'],
  'mixed-trial-evidence': ['Mixed trial evidence', 'Controlled trials exist, but their results point in different directions.'],
  'literature-review': ['A review of the literature', 'A summary of published studies, as strong as the studies it reviews.'],
  definition: ['A definition', 'Sets out what a term means; it makes no claim about effects.'],
};
{
  const uses = Object.values(ruleSets).flatMap((rs) => citationsIn(rs).map((x) => ({ ...x, rs })));
  const levels = new Map();
  for (const u of uses) {
    const l = u.citation.evidence ?? 'unqualified';
    if (l !== 'unqualified' && !evidenceKinds[l]) throw new Error(`docs: evidence level "${l}" (cited in ${u.rs.id} ${u.use.entry} ${u.use.id}) has no description in scripts/generate.mjs`);
    if (!levels.has(l)) levels.set(l, { count: 0, guidance: new Set(), sources: new Set() });
    const e = levels.get(l);
    e.count++;
    e.guidance.add(u.citation.guidance);
    e.sources.add(sourceName(u.citation.source));
  }
  const out = [front('About the evidence', 'What the sources are, how strong each kind of evidence is, what this tool decides for itself, and the limits of any such tool.')];
  out.push(':::note[Generated]\nThe counts, weights, severities and bands on this page are read from `@coproduce/rules` at build time.\n:::\n');
  out.push('## The sources', '', 'Everything the advisor says comes from four published works. Each rule cites the place in the source it rests on.', '');
  for (const [k, s] of Object.entries(sources)) {
    const n = uses.filter((u) => u.citation.source === k).length;
    out.push(`- **${esc(sourceName(k))}**: ${esc(s.reference)}${s.doi ? ` ${doiLink(s.doi)}` : ''}${s.licence ? ` Licence: ${esc(s.licence)}.` : ''} Cited ${n} times in the rule sets.`);
  }
  out.push('', '## How strong each kind of evidence is', '', 'The sources say how sure they are. The rule sets carry that through: every citation can name its kind of evidence, and results show it. From weakest to strongest claim:', '');
  out.push('| kind of evidence | what it means | citations | pieces of guidance | sources |', '|---|---|---|---|---|');
  for (const [l, [name, meaning]] of Object.entries(evidenceKinds)) {
    const e = levels.get(l);
    if (!e) continue;
    out.push(`| ${cell(name)} | ${cell(meaning)} | ${e.count} | ${e.guidance.size} | ${cell([...e.sources].join(', '))} |`);
  }
  const none = levels.get('unqualified');
  if (none) out.push(`| Not qualified by the source | The source states it without saying how strong it is: often a list, a definition or practical advice. | ${none.count} | ${none.guidance.size} | ${cell([...none.sources].join(', '))} |`);
  const strongest = Object.keys(evidenceKinds).filter((l) => l !== 'definition' && levels.has(l)).at(-1);
  if (strongest) out.push('', `The strongest kind of evidence the rule sets cite is ${evidenceKinds[strongest][0].toLowerCase()} (${levels.get(strongest).count} of ${uses.length} citations).`);
  // The sources' own word on the evidence for co-production, from the guidance catalogue.
  const caution = catalogue.find((e) => e.id === 'criteria.caution');
  if (caution) out.push('', `${esc(caution.text)} (${esc([...new Set(caution.citations.map((c) => citeText(c)))].join('; '))})`);
  out.push('');

  out.push('## What this tool decides for itself', '', 'The sources give criteria, costs and models, but no numbers. To turn them into a verdict the rule sets make choices of their own, shown here so that you can judge them:', '');
  for (const [key, rs] of Object.entries(ruleSets)) {
    const effects = rs.outcomes.map((o) => o.effect);
    out.push(`### ${esc(rs.title)}`, '', `Rule set \`${rs.id}\`, version ${rs.version}. A verdict needs at least ${rs.minimumAnswers} answer(s); with fewer, the result says “insufficient information”.`, '');
    const signals = effects.filter((e) => e.type === 'signal');
    if (signals.length) {
      const w = new Map();
      for (const e of signals) w.set(`${e.direction} ×${e.weight}`, (w.get(`${e.direction} ×${e.weight}`) ?? 0) + 1);
      out.push(`- **Weights:** ${[...w].map(([k, n]) => `${n} answers count ${k.replace('for', 'for co-production').replace('against', 'against it')}`).join('; ')}. Every criterion counts the same because the sources give no weights.`);
    }
    const flags = effects.filter((e) => e.type === 'flag');
    if (flags.length) {
      const sev = new Map();
      for (const e of flags) sev.set(e.severity, (sev.get(e.severity) ?? 0) + 1);
      out.push(`- **Severities:** ${flags.length} risks, rated ${[...sev].map(([k, n]) => `${k} (${n})`).join(', ')}. The sources list the costs but do not rate them: the ratings are this tool’s. The score adds 1 point for a low, 2 for a medium and 3 for a high risk.`);
    }
    const fits = effects.filter((e) => e.type === 'fit');
    if (fits.length) {
      const per = new Map();
      for (const e of fits) per.set(e.option, [...(per.get(e.option) ?? []), e.weight]);
      out.push(`- **Fit points:** ${fits.length} answers move a model up or down, by −${Math.abs(Math.min(...fits.map((e) => e.weight)))} to +${Math.max(...fits.map((e) => e.weight))} points. ${rs.options.map((o) => `${esc(o.label)}: ${(per.get(o.id) ?? []).length} answer${(per.get(o.id) ?? []).length === 1 ? '' : 's'}`).join('; ')}. The case study says what helped and hindered; the points are this tool’s reading of it. The highest total is the best fit.`);
    }
    if (rs.kind !== 'ranking' && rs.bands.length) {
      const bands = [...rs.bands].sort((x, y) => (y.atLeast ?? -1e9) - (x.atLeast ?? -1e9));
      out.push(`- **Bands:** ${bands.map((b) => `“${esc(b.label)}” ${b.atLeast === undefined ? 'below that' : `from a score of ${b.atLeast}`}`).join('; ')}. Where the edges fall is this tool’s choice.`);
    }
    out.push(`- See every rule in [the ${esc(rs.title.replace(/\?$/, '').toLowerCase())} reference](/reference/${rs.id}/).`, '');
  }

  out.push('## The limits of any such tool', '');
  const limits = guidanceText['criteria.limits-of-tools'];
  if (limits) {
    const uses2 = catalogue.find((e) => e.id === 'criteria.limits-of-tools');
    out.push(esc(limits), '', uses2?.citations.length ? `_Source: ${esc(uses2.citations.map(citeText).join('; '))}._` : '', '');
  } else {
    missing.push('criteria.limits-of-tools');
    out.push('_The guidance text on the limits of tools is missing from `@coproduce/rules`._', '');
  }
  // The scope and limits each rule set shows once with every result (rule-set format 2).
  const notes = Object.entries(evaluateAll({})).flatMap(([key, r]) => (r.notes ?? []).map((n) => ({ key, n })));
  if (notes.length) {
    out.push('Each analysis also shows, once with every result, what its advice is for and how far it goes:', '');
    for (const { key, n } of notes) out.push(`- **${esc(n.title)}** (${esc(ruleSets[key].title)}): ${esc(n.text)} (${plainCites(n.citations)})`);
    out.push('');
  }
  out.push('The advisor applies the guidance the same way every time and shows its workings. It cannot know your project as you do: read a verdict as the sources’ view of your answers, not as a decision.', '');
  out.push(`The rule sets, this site and the code are open source: [${esc(repo.replace(/^https?:\/\//, ''))}](${repo}).`);
  write('about-evidence.md', `${out.join('\n')}\n`);
}

// --- The widget, as built ----------------------------------------------------------------
const require = createRequire(import.meta.url);
const widgetDist = join(dirname(require.resolve('@coproduce/react/package.json')), 'dist');
const pub = fileURLToPath(new URL('../public/', import.meta.url));
mkdirSync(pub, { recursive: true });
// The element (English) and, beside it, the files it imports only when they are used (the
// French pack when a reader picks French, team mode, the re-check, the HTML export, the
// document schemas), so readers who never use them do not download them. Not the one-file build.
const standaloneFiles = readdirSync(widgetDist).filter((f) => /^coproduce-advisor(\.\w+)?\.js$/.test(f) && f !== 'coproduce-advisor.all.js');
for (const f of standaloneFiles) copyFileSync(join(widgetDist, f), join(pub, f));
console.log(`docs: generated ${written.length} pages (${written.join(', ')}) and copied the widget`);
if (missing.length) {
  console.error(`\n\x1b[31mdocs: FAILED: guidance missing from @coproduce/rules guidanceText: ${missing.join(', ')}.\nThe "About the evidence" page must show it. Add it to packages/rules/src/guidance.ts (or merge main).\x1b[0m\n`);
  process.exit(1);
}
