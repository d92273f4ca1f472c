#!/usr/bin/env node
// Screen project profiles from a JSON Lines file (one profile per line) against the criteria
// rule set (any rule set works the same way), streaming: lines are read, evaluated and written one at a time, so
// memory stays flat for a million profiles. Progress goes to stderr, verdicts to a JSONL file.
//
//   node screen.mjs --generate 1000000 profiles.jsonl   make seeded synthetic profiles
//   node screen.mjs profiles.jsonl verdicts.jsonl        screen them
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { screen } from '@coproduce/core';
import { criteria, profileFor, profileQuestions } from '@coproduce/rules';

const [, , a, b, c] = process.argv;

/** Peak RSS in MB: on Linux this process's own (VmHWM); `maxRSS` starts at the parent's RSS when run from a larger process. */
function peakRssMB() {
  const hwm = process.platform === 'linux' ? /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8')) : null;
  return Math.round(hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024);
}

if (a === '--generate') {
  const n = Number(b);
  const out = createWriteStream(c);
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  for (let i = 0; i < n; i++) {
    const p = {};
    for (const q of profileQuestions) {
      if (rand() < 0.25) continue; // a quarter unanswered, as in real forms
      if (q.type === 'boolean') p[q.id] = rand() < 0.5;
      else if (q.type === 'enum') p[q.id] = pick(q.options).value;
      else if (q.type === 'number') p[q.id] = Math.round(q.min + rand() * (Math.min(q.max, 1_000_000) - q.min));
      else p[q.id] = q.options.filter(() => rand() < 0.4).map((o) => o.value);
    }
    if (!out.write(`${JSON.stringify(p)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  console.error(`wrote ${n.toLocaleString('en')} profiles to ${c}`);
  process.exit(0);
}

if (!a || !b) {
  console.error('usage: node screen.mjs profiles.jsonl verdicts.jsonl   (or --generate N file.jsonl)');
  process.exit(2);
}

const lines = createInterface({ input: createReadStream(a), crlfDelay: Infinity });
/** Parsed profiles; a line that is not JSON becomes a value the rule sets reject, with its problems reported. */
async function* profiles() {
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const p = JSON.parse(line);
      // A full profile answers all three rule sets; give the criteria their own questions.
      yield p && typeof p === 'object' && !Array.isArray(p) ? profileFor(criteria, p) : p;
    } catch {
      yield { '(line is not JSON)': line.slice(0, 80) };
    }
  }
}

const out = createWriteStream(b);
const start = process.hrtime.bigint();
let n = 0;
let bad = 0;
const counts = {};
for await (const item of screen(criteria, profiles())) {
  let line;
  if (item.ok) {
    counts[item.verdict.id] = (counts[item.verdict.id] ?? 0) + 1;
    line = { line: item.index + 1, criteria: item.verdict.id, provisional: item.verdict.provisional };
  } else {
    bad++;
    line = { line: item.index + 1, problems: item.problems.map((p) => `${p.path.join('.')}: ${p.message}`) };
  }
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  if (++n % 100_000 === 0) console.error(`… ${n.toLocaleString('en')} screened, peak RSS ${peakRssMB()} MB`);
}
out.end();
await once(out, 'finish');
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const summary = { profiles: n, invalid: bad, verdicts: counts, seconds: Number(secs.toFixed(2)), profilesPerSecond: Math.round(n / secs), peakRssMB: peakRssMB() };
console.error(JSON.stringify(summary));
