#!/usr/bin/env node
// Evaluate a project against one rule set, print why, save the assessment, and re-check it.
import { compareAssessments, evaluate, ValidationError } from '@coproduce/core';
import { criteria } from '@coproduce/rules';

const answers = { controversy: 'contested', conflictsOfInterest: 'hard', researchPurpose: 'whether-it-works', decisionSpace: true, relationships: 'good-links' };
const result = evaluate(criteria, answers);
const { signals } = result.verdict;
console.log(`${result.verdict.label} (${signals.for} answers point for, ${signals.against} against; ${result.status})`);
for (const r of result.rules.filter((x) => x.status === 'fired')) console.log(`- ${r.explanation}\n  [${r.citations.map((c) => `${c.source}, ${c.place}`).join('; ')}]`);
for (const w of result.whatWouldChange) console.log(`→ ${w.sentence}`);

// A saved assessment is just the JSON result: re-running it later gives the same bytes.
const saved = JSON.parse(JSON.stringify(result));
console.log(compareAssessments(saved, criteria).summary.join(' '));

try {
  evaluate(criteria, { controversy: 'sometimes' });
} catch (e) {
  if (e instanceof ValidationError) console.log(`Bad input is reported, not guessed:\n${e.message}`);
}
