// evaluateGroup for 10 respondents vs one evaluate, per rule set (target: at most 15×).
// Two kinds of team: ten people who answer every question independently (the worst case:
// nearly every question contested, up to ten answers each), and ten people who share a
// view of the project and each differ on a few questions or leave a few blank.
// Run alone with `node bench/group.mjs [--quick]`, or as part of `pnpm bench`.
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { arb } from './arbitraries.mjs';
import { evaluate, evaluateGroup } from '@coproduce/core';
import { brokering, costs, criteria } from '@coproduce/rules';

const TEAM = 10;


const names = Array.from({ length: TEAM }, (_, i) => `Respondent ${i + 1}`);

/** `count` teams of ten, and as many single profiles, all distinct (seeded). */
function teams(rs, count, kind, seed) {
  const profile = fc.record(Object.fromEntries(rs.questions.map((q) => [q.id, arb(q)])));
  const n = rs.questions.length;
  const team =
    kind === 'independent'
      ? fc.array(profile, { minLength: TEAM, maxLength: TEAM })
      : fc.tuple(profile, fc.array(fc.tuple(profile, fc.array(fc.nat(9), { minLength: n, maxLength: n })), { minLength: TEAM, maxLength: TEAM })).map(([shared, members]) =>
          // Each respondent keeps the shared answer 8 times in 10, gives their own 1 in 10, leaves it blank 1 in 10.
          members.map(([own, modes]) => Object.fromEntries(rs.questions.flatMap((q, i) => (modes[i] < 8 ? [[q.id, shared[q.id]]] : modes[i] === 8 ? [[q.id, own[q.id]]] : [])))),
        );
  return fc.sample(team, { numRuns: count, seed }).map((members) => Object.fromEntries(members.map((m, i) => [names[i], m])));
}

function p50(fn, count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const t0 = process.hrtime.bigint();
    fn(i);
    times.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Rows of { ruleSet, kind, single, group, ratio } (µs at p50; best of `rounds` interleaved rounds). */
export function measureGroup({ quick = false } = {}) {
  const count = quick ? 500 : 3000;
  const rounds = quick ? 1 : 3;
  const rows = [];
  for (const rs of [criteria, costs, brokering])
    for (const kind of ['independent', 'shared view']) {
      const ts = teams(rs, count * 2, kind, 7);
      // The single evaluations use one member of each team, so they see answers as varied.
      const singles = ts.map((t) => t[names[0]]);
      let single = Infinity;
      let group = Infinity;
      for (let r = 0; r < rounds; r++) {
        // Warm up on the second half, time on the first: no call repeats a team within a round.
        p50((i) => evaluate(rs, singles[count + (i % count)]), count);
        single = Math.min(single, p50((i) => evaluate(rs, singles[i]), count));
        p50((i) => evaluateGroup(rs, ts[count + (i % count)]), count);
        group = Math.min(group, p50((i) => evaluateGroup(rs, ts[i]), count));
      }
      rows.push({ ruleSet: rs.id, kind, single, group, ratio: group / single });
    }
  return rows;
}

export function groupTable(rows) {
  const f = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const lines = [`| rule set | team of ${TEAM} | one evaluate p50 µs | evaluateGroup p50 µs | evaluateGroup for ${TEAM} respondents vs one evaluate |`, '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.ruleSet} | ${r.kind} | ${f(r.single)} | ${f(r.group)} | ${r.ratio.toFixed(1)}× (target ≤ 15×) |`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`\nevaluateGroup for ${TEAM} respondents vs one evaluate, Node ${process.version}\n`);
  console.log(groupTable(measureGroup({ quick: process.argv.includes('--quick') })));
}
