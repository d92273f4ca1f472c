// The guidance as pictures, generated from the rule-set data at build time (never from copied
// text). Each picture is real HTML text, says in words what any colour or position shows, links
// to the rules it draws, and comes with a table alternative (figure.picture > details.table-alternative).
import { answerLabel, evaluateAll, ruleSets, sources } from '@coproduce/rules';
import { examples } from '@coproduce/rules/examples';

/** Escape text for HTML (element content and attribute values). */
export const h = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A source in plain words ("Oliver et al. 2019"), taken from its reference. */
export function sourceName(key) {
  const ref = sources[key]?.reference ?? key;
  const year = ref.match(/\((\d{4})\)/)?.[1];
  const authors = ref.split(/\(\d{4}\)|\. [A-Z][a-z]/)[0];
  const first = authors.match(/^([A-Z][\w'’-]+)\s+[A-Z]+\b/)?.[1];
  if (!first) return ref.split(/\s/)[0];
  const several = authors.split(',').length > 1;
  return `${first}${several ? ' et al.' : ''}${year ? ` ${year}` : ''}`;
}

/** One citation in plain words: source, place, and how strong the source says it is. */
// With `withText`, also the guidance text a citation may carry (rule sets from 2.0.0 on).
export const citeText = (c, withText = false) => `${sourceName(c.source)}, ${c.place}${c.evidence ? ` (${c.evidence.replace(/-/g, ' ')})` : ''}${withText && c.text ? `: “${c.text}”` : ''}`;
const citesHtml = (cs, withText = false) => {
  const seen = new Set();
  return cs.map((c) => citeText(c, withText)).filter((t) => !seen.has(t) && seen.add(t)).map(h).join('; ');
};

/** Link to a rule's entry in its rule-set reference (`here` when already on that page). */
const ruleHref = (rs, ruleId, here) => (here === rs.id ? `#${ruleId}` : `/reference/${rs.id}/#${ruleId}`);
const ruleLink = (rs, ruleId, text, here) => `<a href="${ruleHref(rs, ruleId, here)}">${h(text)}</a>`;

/** Wrap a picture and its table alternative in one accessible figure. */
function figure({ id, title, caption, picture, table, wide = false }) {
  return [
    `<figure class="picture${wide ? ' picture-wide' : ''}" id="${id}" aria-labelledby="${id}-title">`,
    `<figcaption id="${id}-title"><strong>${h(title)}.</strong> ${caption}</figcaption>`,
    wide ? `<div class="picture-scroll" role="region" tabindex="0" aria-label="${h(title)} (scrolls sideways)">${picture}</div>` : picture,
    `<details class="table-alternative"><summary>${h(title)}: the same as a table</summary>${table}</details>`,
    '</figure>',
  ].join('');
}
const tableHtml = (caption, head, rows) =>
  `<table><caption>${h(caption)}</caption><thead><tr>${head.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((x, i) => (i === 0 ? `<th scope="row">${x}</th>` : `<td>${x}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;

const outcomeMap = (rs) => new Map(rs.outcomes.map((o) => [o.id, o]));
const rulesFor = (rs, outcomeId) => rs.rules.filter((r) => r.outcomes.includes(outcomeId));
function leaves(c) {
  if (!c || typeof c !== 'object') return [];
  if ('fact' in c) return [c];
  return [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])].flatMap(leaves);
}

/** A condition leaf in plain words, from the question and its answer labels. */
function leafText(rs, leaf) {
  const q = rs.questions.find((x) => x.id === leaf.fact);
  if (!q) return leaf.fact;
  const v = leaf.value;
  if (v && typeof v === 'object' && !Array.isArray(v) && 'fact' in v) {
    const other = rs.questions.find((x) => x.id === v.fact);
    return `${q.label} ${leaf.operator.startsWith('greater') ? 'more than' : leaf.operator.startsWith('less') ? 'less than' : 'compared with'} ${other?.label ?? v.fact}`;
  }
  const ans = (x) => {
    try {
      return answerLabel(q, q.type === 'multi' && !Array.isArray(x) ? [x] : x, 'en').replace(/^"|"$/g, '');
    } catch {
      return String(x);
    }
  };
  switch (leaf.operator) {
    case 'equal':
      return q.type === 'enum' ? ans(v) : `${q.label} ${ans(v)}`;
    case 'notEqual':
      return `${q.label} not ${ans(v)}`;
    case 'in':
      return (Array.isArray(v) ? v : [v]).map(ans).join(' or ');
    case 'notIn':
      return `not ${(Array.isArray(v) ? v : [v]).map(ans).join(' or ')}`;
    case 'contains':
      return `${q.label} includes ${ans(v)}`;
    case 'doesNotContain':
      return `${q.label} does not include ${ans(v)}`;
    case 'lessThan':
      return `${q.label} under ${v}${q.unit ? ` ${q.unit}` : ''}`;
    case 'lessThanInclusive':
      return `${q.label} at most ${v}${q.unit ? ` ${q.unit}` : ''}`;
    case 'greaterThan':
      return `${q.label} over ${v}${q.unit ? ` ${q.unit}` : ''}`;
    case 'greaterThanInclusive':
      return `${q.label} at least ${v}${q.unit ? ` ${q.unit}` : ''}`;
    default:
      return `${q.label} ${leaf.operator} ${ans(v)}`;
  }
}
const conditionText = (rs, r) => {
  const c = r.conditions;
  const parts = leaves(c).map((l) => leafText(rs, l));
  return parts.join(c.any && !c.all ? '; or ' : '; and ');
};

// --- Cost taxonomy matrix ------------------------------------------------------------------

/** Cost types × project stages, each cell the risks (with severity, mitigations, sources) the costs rule set flags there. */
export function costMatrix(here, id = 'cost-matrix') {
  const rs = ruleSets.costs;
  const refs = new Map(rs.references.map((r) => [r.id, r]));
  const flags = rs.outcomes.filter((o) => o.effect.type === 'flag');
  // The taxonomy references (cost-*, stage-*) give the order and names; any category or stage a
  // flag uses without one is added under its own id so that nothing is dropped.
  const cats = [...new Set([...rs.references.filter((r) => r.id.startsWith('cost-')).map((r) => r.id.slice(5)), ...flags.map((f) => f.effect.category)])];
  const stages = [...new Set([...rs.references.filter((r) => r.id.startsWith('stage-')).map((r) => r.id.slice(6)), ...flags.filter((f) => f.effect.stage).map((f) => f.effect.stage)])];
  const anyStage = flags.some((f) => !f.effect.stage);
  const catName = (c) => refs.get(`cost-${c}`)?.title ?? c;
  const stageName = (s) => (refs.get(`stage-${s}`)?.title ?? s).replace(/^Stage:\s*/i, '');
  const cols = [...stages.map((s) => ({ key: s, name: stageName(s) })), ...(anyStage ? [{ key: undefined, name: 'Any stage (no stage named)' }] : [])];
  const mitigation = (m) => refs.get(m)?.title ?? m;
  const sevRank = { high: 0, medium: 1, low: 2 };
  const cellFlags = (c, s) => flags.filter((f) => f.effect.category === c && f.effect.stage === s).sort((a, b) => sevRank[a.effect.severity] - sevRank[b.effect.severity]);
  const item = (f) => {
    const rules = rulesFor(rs, f.id);
    return `<li class="risk"><span class="severity severity-${h(f.effect.severity)}">${h(f.effect.severity)}</span> ${rules.length ? ruleLink(rs, rules[0].id, f.label, here) : h(f.label)}${f.effect.mitigations.length ? `<span class="reduce">Reduce: ${f.effect.mitigations.map((m) => h(mitigation(m))).join('; ')}</span>` : ''}<span class="cites">${citesHtml(f.citations)}</span></li>`;
  };
  const grid = [
    `<div class="matrix" style="--columns: ${cols.length}">`,
    `<div class="matrix-corner">Cost type ↓ / stage →</div>`,
    ...cols.map((c) => `<div class="matrix-col">${h(c.name)}</div>`),
    ...cats.flatMap((c) => [
      `<div class="matrix-row">${h(catName(c))}</div>`,
      ...cols.map((s) => {
        const fs = cellFlags(c, s.key);
        return `<div class="matrix-cell${fs.length ? '' : ' empty'}">${fs.length ? `<span class="cell-label">${h(catName(c))}, ${h(s.name)}:</span><ul>${fs.map(item).join('')}</ul>` : '<span aria-hidden="true">·</span><span class="visually-hidden">nothing flagged</span>'}</div>`;
      }),
    ]),
    '</div>',
  ].join('');
  const rows = flags.map((f) => {
    const rules = rulesFor(rs, f.id);
    return [h(f.label), h(catName(f.effect.category)), h(f.effect.stage ? stageName(f.effect.stage) : 'any stage'), h(f.effect.severity), f.effect.mitigations.map((m) => h(mitigation(m))).join('; ') || '—', citesHtml(f.citations, true), rules.map((r) => ruleLink(rs, r.id, r.id, here)).join(', ')];
  });
  return figure({
    id,
    wide: true,
    title: 'The costs of co-production, by cost type and project stage',
    caption: `Every risk the rule set “${h(rs.title)}” (version ${h(rs.version)}) can flag, placed by its cost type (rows) and the stage where it bites (columns). Each names its severity in words, the ways to reduce it and its sources; the risk's name links to the rule that flags it.`,
    picture: grid,
    table: tableHtml('Risks by cost type and stage', ['risk', 'cost type', 'stage', 'severity', 'reduce it', 'sources', 'rule'], rows),
  });
}

// --- Criteria as poles ----------------------------------------------------------------------

/** Each criterion with a "more emphasis" and a "less emphasis" end: the rules that signal for and against, by the guidance they encode. */
export function criteriaPoles() {
  const rs = ruleSets.criteria;
  const outcomes = outcomeMap(rs);
  const by = new Map();
  for (const r of rs.rules) {
    const s = r.outcomes.map((o) => outcomes.get(o)).find((o) => o?.effect.type === 'signal');
    const g = r.citations[0]?.guidance;
    if (!s || !g) continue;
    if (!by.has(g)) by.set(g, { guidance: g, more: [], less: [] });
    by.get(g)[s.effect.direction === 'for' ? 'more' : 'less'].push({ rule: r, outcome: s });
  }
  return [...by.values()]
    .filter((c) => c.more.length && c.less.length)
    .map((c) => {
      const q = rs.questions.find((x) => x.id === leaves(c.more[0].rule.conditions)[0]?.fact);
      return { ...c, title: q?.label ?? c.guidance, citations: c.more[0].rule.citations };
    });
}

/** Where an example's answers put it on each criterion: 'more', 'less' or 'neither'. */
function poleOf(result, c) {
  const fired = new Set(result.rules.filter((r) => r.status === 'fired').map((r) => r.id));
  if (c.more.some((x) => fired.has(x.rule.id))) return 'more';
  if (c.less.some((x) => fired.has(x.rule.id))) return 'less';
  return 'neither';
}
const exampleHref = (i) => `/examples/${String(i + 1).padStart(2, '0')}-${examples[i].id}/`;

/** The poles picture, with a marker for each worked example given (by index). */
export function polesFigure(here, shown = examples.map((_, i) => i), id = 'criteria-poles') {
  const rs = ruleSets.criteria;
  const cs = criteriaPoles();
  const results = new Map(shown.map((i) => [i, evaluateAll(examples[i].profile).criteria]));
  const markerText = { more: 'more emphasis', less: 'less emphasis', neither: 'neither end (not answered, or in between)' };
  const marker = (i, where) => `<li class="marker"><a href="${exampleHref(i)}" title="${h(examples[i].title)}"><span aria-hidden="true">${i + 1}</span><span class="visually-hidden">Example ${i + 1}, ${h(examples[i].title)}: ${markerText[where]}</span></a></li>`;
  const zone = (c, where) => {
    const here = shown.filter((i) => poleOf(results.get(i), c) === where);
    return `<ul class="pole-zone pole-${where}" aria-label="${h(markerText[where])}">${here.map((i) => marker(i, where)).join('')}</ul>`;
  };
  const end = (list, dir) => `<div class="pole-end pole-end-${dir}"><span class="pole-dir">${dir === 'less' ? '◀ Less emphasis' : 'More emphasis ▶'}</span>${list.map((x) => ruleLink(rs, x.rule.id, x.outcome.label, here)).join('<br>')}</div>`;
  const legend = shown.length
    ? `<p class="pole-legend">Numbered markers: ${shown.map((i) => `<a href="${exampleHref(i)}">${i + 1}. ${h(examples[i].title)}</a>`).join('; ')}. A marker in the middle means the example’s answers put it at neither end.</p>`
    : '';
  const picture = `<ol class="poles">${cs
    .map((c) => `<li class="pole"><p class="pole-title">${h(c.title)}</p><div class="pole-scale">${end(c.less, 'less')}<div class="pole-track">${zone(c, 'less')}${zone(c, 'neither')}${zone(c, 'more')}</div>${end(c.more, 'more')}</div><p class="cites">${citesHtml(c.citations)}</p></li>`)
    .join('')}</ol>${legend}`;
  const rows = cs.map((c) => [
    h(c.title),
    c.less.map((x) => ruleLink(rs, x.rule.id, x.outcome.label, here)).join('; '),
    c.more.map((x) => ruleLink(rs, x.rule.id, x.outcome.label, here)).join('; '),
    ...(shown.length ? [shown.map((i) => `${i + 1}: ${markerText[poleOf(results.get(i), c)]}`).join('; ')] : []),
    citesHtml(c.citations, true),
  ]);
  return figure({
    id,
    title: 'The criteria as two-ended scales',
    caption: `Each criterion for more or less emphasis on co-production in “${h(rs.title)}” (version ${h(rs.version)}), as a scale from less emphasis (left) to more (right). Each end counts one point that way and links to its rule.${shown.length ? ' Numbered markers show where the worked examples’ answers fall.' : ''}`,
    picture,
    table: tableHtml('Criteria, their two ends and where the examples fall', ['criterion', 'less emphasis', 'more emphasis', ...(shown.length ? ['worked examples'] : []), 'sources'], rows),
  });
}

// --- Brokering models compared --------------------------------------------------------------

/** Which part of the comparison a rule belongs to, by the kind of guidance it encodes. */
function brokeringGroup(r) {
  const kind = r.citations[0]?.guidance.split('.')[1];
  return kind === 'select' || kind === 'model' ? 'Aim and setting' : kind === 'enabler' ? 'Enablers' : kind === 'cost' ? 'Costs' : 'Other answers';
}

export function brokeringFigure(here, id = 'brokering-models') {
  const rs = ruleSets.brokering;
  const outcomes = outcomeMap(rs);
  const fitRules = rs.rules
    .map((r) => ({ r, fits: r.outcomes.map((o) => outcomes.get(o)).filter((o) => o?.effect.type === 'fit'), advice: r.outcomes.map((o) => outcomes.get(o)).filter((o) => o?.effect.type === 'advice') }))
    .filter((x) => x.fits.length);
  const general = rs.rules.filter((r) => !fitRules.some((x) => x.r === r)).flatMap((r) => r.outcomes.map((o) => outcomes.get(o)).filter((o) => o?.effect.type === 'advice').map((o) => ({ r, o })));
  const groups = ['Aim and setting', 'Enablers', 'Costs', 'Other answers'].filter((g) => fitRules.some((x) => brokeringGroup(x.r) === g));
  const weightText = (w) => `${w > 0 ? '▲ +' : '▼ −'}${Math.abs(w)}`;
  const moves = (o) => fitRules.flatMap((x) => x.fits.filter((f) => f.effect.option === o.id).map((f) => ({ r: x.r, w: f.effect.weight, advice: x.advice })));
  const column = (o) => {
    const ms = moves(o);
    const parts = groups.map((g) => {
      const list = ms.filter((m) => brokeringGroup(m.r) === g).sort((a, b) => b.w - a.w);
      if (!list.length) return '';
      return `<h4>${h(g)}</h4><ul>${list.map((m) => `<li class="${m.w > 0 ? 'fit-up' : 'fit-down'}"><span class="fit-weight">${weightText(m.w)}<span class="visually-hidden"> ${m.w > 0 ? 'for' : 'against'}</span></span> ${ruleLink(rs, m.r.id, conditionText(rs, m.r), here)}</li>`).join('')}</ul>`;
    });
    const warnings = [...new Map(ms.flatMap((m) => m.advice.map((a) => [a.id, { a, r: m.r }]))).values()];
    return `<div class="model"><h3 id="${id}-${h(o.id)}">${h(o.label)}</h3><p>${h(o.summary)}</p><p class="cites">${citesHtml(o.citations)}</p>${parts.join('')}<h4>Warnings</h4>${warnings.length ? `<ul>${warnings.map(({ a, r }) => `<li>${ruleLink(rs, r.id, a.label, here)}: ${h(a.detail)}</li>`).join('')}</ul>` : '<p class="muted">None specific to this model.</p>'}</div>`;
  };
  const picture = `<div class="models" style="--columns: ${rs.options.length}">${rs.options.map(column).join('')}</div>${general.length ? `<p><strong>For every model:</strong> ${general.map(({ r, o }) => `${ruleLink(rs, r.id, o.label, here)}`).join('; ')}.</p>` : ''}`;
  const rows = fitRules.map((x) => [ruleLink(rs, x.r.id, conditionText(rs, x.r), here), h(brokeringGroup(x.r)), ...rs.options.map((o) => {
    const f = x.fits.find((y) => y.effect.option === o.id);
    return f ? `${f.effect.weight > 0 ? '+' : '−'}${Math.abs(f.effect.weight)}` : '';
  }), x.advice.map((a) => h(a.label)).join('; '), citesHtml(x.r.citations, true)]);
  return figure({
    id,
    wide: true,
    title: 'The brokering models side by side',
    caption: `The ${rs.options.length} models ranked by “${h(rs.title)}” (version ${h(rs.version)}). Under each model: the answers that count for it (▲, with the points added) or against it (▼, points taken away), grouped by aim and setting, enablers and costs, and the warnings that come with them. Each answer links to its rule.`,
    picture,
    table: tableHtml('Points each answer adds to (+) or takes from (−) each model', ['answer', 'part', ...rs.options.map((o) => o.label), 'warnings', 'sources'], rows),
  });
}

// --- A worked example at a glance -----------------------------------------------------------

/** The three verdicts for an example and the answers that decided them. */
export function exampleSummary(i, id = `glance-${examples[i].id}`) {
  const ex = examples[i];
  const all = evaluateAll(ex.profile);
  const card = (key) => {
    const rs = ruleSets[key];
    const r = all[key];
    // For a ranking, the answers that moved the chosen option; otherwise every rule that counted.
    const option = rs.options.find((o) => o.id === r.verdict.id)?.id;
    const deciding = (x) => x.outcomes.find((o) => (o.effect.type === 'fit' ? option === undefined || o.effect.option === option : ['signal', 'flag'].includes(o.effect.type)));
    const decisive = r.rules.filter((x) => x.status === 'fired' && deciding(x));
    const answered = (x) => x.decidedBy.map((d) => `${d.label} ${answerText(rs, d)}`).join('; ');
    const line = (x) => {
      const o = deciding(x);
      return o.effect.type === 'fit' && option !== undefined
        ? `<li>${effectMark(o.effect)} ${ruleLink(rs, x.id, answered(x), undefined)}</li>`
        : `<li>${effectMark(o.effect)} ${ruleLink(rs, x.id, o.label, undefined)} <span class="muted">(${h(answered(x))})</span></li>`;
    };
    return {
      rs,
      r,
      decisive,
      answered,
      html: `<div class="glance-card"><h3 id="${id}-${key}">${h(rs.title)}</h3><p class="glance-verdict"><span class="visually-hidden">Verdict: </span>${h(r.verdict.label)}</p><p class="muted">${h(r.status.replace(/-/g, ' '))}</p><p class="glance-why">${option !== undefined ? `Answers that counted for “${h(r.verdict.label)}”:` : 'Decided by:'}</p><ul>${decisive.map(line).join('') || '<li>No rule fired.</li>'}</ul></div>`,
    };
  };
  const cards = Object.keys(ruleSets).map(card);
  return figure({
    id,
    title: `At a glance: ${ex.title}`,
    caption: 'The three verdicts for this example, and the rules that fired to decide them, each with the answers it read. Each rule links to its entry in the rule reference.',
    picture: `<div class="glance">${cards.map((c) => c.html).join('')}</div>`,
    table: tableHtml('Verdicts and the answers that decided them', ['analysis', 'verdict', 'decided by'], cards.map((c) => [h(c.rs.title), h(c.r.verdict.label), c.decisive.map((x) => `${ruleLink(c.rs, x.id, x.id, undefined)}: ${h(c.answered(x))}`).join('<br>') || 'no rule fired'])),
  });
}
function answerText(rs, d) {
  const q = rs.questions.find((x) => x.id === d.question);
  try {
    return q ? answerLabel(q, d.answer, 'en') : String(d.answer);
  } catch {
    return String(d.answer);
  }
}
function effectMark(o) {
  if (o.type === 'signal') return `<span class="fit-weight">${o.direction === 'for' ? '▲ for' : '▼ against'}</span>`;
  if (o.type === 'fit') return `<span class="fit-weight">${o.weight > 0 ? '▲ +' : '▼ −'}${Math.abs(o.weight)}</span>`;
  return `<span class="severity severity-${h(o.severity)}">${h(o.severity)}</span>`;
}
