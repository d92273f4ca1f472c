// @vitest-environment happy-dom
// These tests read French: register the pack, as a page that uses French does.
import '../src/i18n/fr';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { criteria, messages } from '@coproduce/rules';
import { useAssessment, type UseAssessment } from '../src';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ onApi }: { onApi: (api: UseAssessment) => void }) {
  const api = useAssessment({ ruleSets: ['criteria'], locale: 'en' });
  onApi(api);
  const r = api.state.results.criteria!;
  return (
    <p>
      <span data-testid="verdict">{r.verdict.label}</span> <span data-testid="answered">{api.state.progress.answered}</span>
    </p>
  );
}

describe('useAssessment', () => {
  it('re-renders with new advice when an answer changes, and with French labels after a locale switch', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let api!: UseAssessment;
    const root = createRoot(host);
    await act(async () => root.render(<Probe onApi={(a) => (api = a)} />));
    expect(host.querySelector('[data-testid=verdict]')!.textContent).toBe('Insufficient information');
    await act(async () => api.setAnswers({ controversy: 'contested', conflictsOfInterest: 'hard', relationships: 'good-links' }));
    expect(host.querySelector('[data-testid=verdict]')!.textContent).toBe(criteria.bands.find((b) => b.id === 'less-emphasis')!.label);
    expect(host.querySelector('[data-testid=answered]')!.textContent).toBe('3');
    await act(async () => api.setLocale('fr'));
    expect(host.querySelector('[data-testid=verdict]')!.textContent).toBe(messages('fr')['band.coproduction-criteria.less-emphasis.label']);
    await act(async () => api.reset());
    expect(host.querySelector('[data-testid=answered]')!.textContent).toBe('0');
    await act(async () => api.undo());
    expect(host.querySelector('[data-testid=answered]')!.textContent).toBe('3');
    await act(async () => api.next());
    expect(api.state.step).toBe(1);
    await act(async () => root.unmount());
  });

  it('keeps one advisor per component across re-renders', async () => {
    const host = document.createElement('div');
    const seen = new Set<UseAssessment['setAnswer']>();
    const root = createRoot(host);
    await act(async () => root.render(<Probe onApi={(a) => seen.add(a.setAnswer)} />));
    await act(async () => root.render(<Probe onApi={(a) => seen.add(a.setAnswer)} />));
    expect(seen.size).toBe(1);
    await act(async () => root.unmount());
  });
});
