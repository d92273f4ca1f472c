import { ValidationError, type EvaluationResult } from '@coproduce/core';
import { describe, expect, it } from 'vitest';
import { buildReport, renderHtml, renderMarkdown, renderText } from '../../src/report';
import { cases } from './fixtures';

const fieldOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).problems[0]!.path.join('.');
  }
  throw new Error('accepted');
};

describe('renderer input', () => {
  it('a report read back from JSON renders the same', () => {
    const report = buildReport({ results: cases[0]!.results, date: '2026-12-01' });
    const back = JSON.parse(JSON.stringify(report));
    expect(renderText(back)).toBe(renderText(report));
    expect(renderMarkdown(back)).toBe(renderMarkdown(report));
    expect(renderHtml(back)).toBe(renderHtml(report));
  });

  it('anything else is a typed error naming the field', () => {
    for (const bad of [undefined, null, 'text', [], {}, { format: 'coproduce/report@1' }]) {
      expect(fieldOf(() => renderText(bad as never))).toBe('report');
      expect(fieldOf(() => renderMarkdown(bad as never))).toBe('report');
      expect(fieldOf(() => renderHtml(bad as never))).toBe('report');
    }
    const report = buildReport({ results: cases[0]!.results });
    for (const width of [Number.NaN, 5, 1.5, '80', Infinity]) expect(fieldOf(() => renderText(report, { width: width as never }))).toBe('width');
  });

  it('takes results typed as a record of any keys (as the widget holds them)', () => {
    const held: Readonly<Partial<Record<string, EvaluationResult>>> = cases[0]!.results;
    expect(buildReport({ results: held }).blocks.length).toBeGreaterThan(0);
  });
});
