import { describe, expect, it } from 'vitest';
import { evaluateAll } from '../../src';
import { examples } from '../../src/examples';
import { buildReport, renderText } from '../../src/report';

describe('the one-minute (brief) report', () => {
  for (const ex of examples)
    it(`${ex.id}: every verdict, the serious risks and the limits, without citations or the answers list`, () => {
      const results = evaluateAll(ex.profile);
      const brief = renderText(buildReport({ results, brief: true, date: '2026-12-01' }), { width: 80 });
      const short = renderText(buildReport({ results, date: '2026-12-01' }), { width: 80 });
      for (const r of Object.values(results)) expect(brief).toContain(r.verdict.label.split(' ')[0]!);
      for (const r of Object.values(results)) for (const f of r.risks.filter((x) => x.severity === 'high').slice(0, 1)) expect(brief).toContain(f.label);
      for (const r of Object.values(results)) for (const n of r.notes ?? []) expect(brief).toContain(n.title);
      expect(brief).not.toMatch(/\[\d+(, \d+)*\]/);
      expect(brief).not.toContain('Answers given');
      expect(brief.split('\n').length).toBeLessThan(short.split('\n').length);
    });

  it('is ignored with detail: the detailed report stays complete', () => {
    const results = evaluateAll(examples[0]!.profile);
    expect(buildReport({ results, brief: true, detail: true, date: '2026-12-01' })).toEqual(buildReport({ results, detail: true, date: '2026-12-01' }));
  });
});
