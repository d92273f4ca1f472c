// Writes, for each rule set, the same logic as straight-line JavaScript: what a developer
// would hand-write (nested ifs over the answers, a running score). It is generated so that
// it cannot drift from the rule sets; it is written to a file and imported, never eval'd.
import { mkdirSync, writeFileSync } from 'node:fs';

function cond(c) {
  if (c.all) return `(${c.all.map(cond).join(' && ')})`;
  if (c.any) return `(${c.any.map(cond).join(' || ')})`;
  if (c.not) return `!(${cond(c.not)})`;
  const a = `a[${JSON.stringify(c.fact)}]`;
  const b = c.value && typeof c.value === 'object' && !Array.isArray(c.value) ? `a[${JSON.stringify(c.value.fact)}]` : JSON.stringify(c.value);
  const defined = `${a} !== undefined`;
  switch (c.operator) {
    case 'equal': return `(${a} === ${b})`;
    case 'notEqual': return `(${defined} && ${a} !== ${b})`;
    case 'in': return `(${b}.includes(${a}))`;
    case 'notIn': return `(${defined} && !${b}.includes(${a}))`;
    case 'contains': return `(Array.isArray(${a}) && ${a}.includes(${b}))`;
    case 'doesNotContain': return `(Array.isArray(${a}) && !${a}.includes(${b}))`;
    case 'lessThan': return `(${defined} && ${a} < ${b})`;
    case 'lessThanInclusive': return `(${defined} && ${a} <= ${b})`;
    case 'greaterThan': return `(${defined} && ${a} > ${b})`;
    case 'greaterThanInclusive': return `(${defined} && ${a} >= ${b})`;
  }
  throw new Error(c.operator);
}

export function writeStraightLine(ruleSets, dir) {
  mkdirSync(dir, { recursive: true });
  const files = {};
  for (const rs of ruleSets) {
    const outcomes = new Map(rs.outcomes.map((o) => [o.id, o]));
    const sev = { low: 1, medium: 2, high: 3 };
    const lines = [`// generated from ${rs.id}@${rs.version}`, 'export function verdict(a) {'];
    if (rs.kind === 'ranking') {
      lines.push(`  const s = [${rs.options.map(() => 0).join(', ')}];`);
      for (const r of rs.rules) {
        // Feasibility orders options of equal fit but never decides the verdict.
        const adds = r.outcomes.map((id) => outcomes.get(id).effect).filter((e) => e.type === 'fit' && e.scale !== 'feasibility').map((e) => `s[${rs.options.findIndex((o) => o.id === e.option)}] += ${e.weight};`);
        if (adds.length) lines.push(`  if ${cond(r.conditions)} { ${adds.join(' ')} }`);
      }
      if (rs.noClearFit) {
        // Complete answers only: an option is in the running when its defining conditions hold.
        lines.push(`  const ok = [${rs.options.map((o) => (o.requires ? cond(o.requires) : 'true')).join(', ')}];`);
        lines.push('  let top = -1, tie = false;', '  for (let i = 0; i < s.length; i++) { if (!ok[i]) continue; if (top < 0 || s[i] > s[top]) { top = i; tie = false; } else if (s[i] === s[top]) tie = true; }');
        lines.push(`  if (top < 0 || tie || !(s[top] > 0)) return 'no-clear-fit';`, `  return ${JSON.stringify(rs.options.map((o) => o.id))}[top];`);
      } else lines.push('  let top = 0;', '  for (let i = 1; i < s.length; i++) if (s[i] > s[top]) top = i;', `  return ${JSON.stringify(rs.options.map((o) => o.id))}[top];`);
    } else {
      lines.push('  let score = 0, high = 0, medium = 0;');
      for (const r of rs.rules) {
        let pts = 0;
        let highs = 0;
        let mediums = 0;
        for (const id of r.outcomes) {
          const e = outcomes.get(id).effect;
          if (e.type === 'signal') pts += e.direction === 'for' ? e.weight : -e.weight;
          if (e.type === 'flag') {
            pts += sev[e.severity];
            if (e.severity === 'high') highs++;
            if (e.severity === 'medium') mediums++;
          }
        }
        const body = [pts ? `score += ${pts};` : '', highs ? `high += ${highs};` : '', mediums ? `medium += ${mediums};` : ''].filter(Boolean).join(' ');
        if (body) lines.push(`  if ${cond(r.conditions)} { ${body} }`);
      }
      const bands = [...rs.bands].sort((x, y) => (y.atLeast ?? -Infinity) - (x.atLeast ?? -Infinity));
      for (const b of bands) {
        if (b.atLeast === undefined) {
          lines.push(`  return ${JSON.stringify(b.id)};`);
          continue;
        }
        const reach = [`score >= ${b.atLeast}`];
        if (b.minFlags?.high) reach.push(`high >= ${b.minFlags.high}`);
        if (b.minFlags?.medium) reach.push(`medium >= ${b.minFlags.medium}`);
        const guard = b.requires ? ` && ${cond(b.requires)}` : '';
        lines.push(`  if ((${reach.join(' || ')})${guard}) return ${JSON.stringify(b.id)};`);
      }
    }
    lines.push('}', '');
    const file = `${dir}/${rs.id}.mjs`;
    writeFileSync(file, lines.join('\n'));
    files[rs.id] = file;
  }
  return files;
}
