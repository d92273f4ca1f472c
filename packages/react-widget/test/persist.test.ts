import { describe, expect, it } from 'vitest';
import { createAdvisor } from '../src/controller';
import { persistAnswers, readSaved } from '../src/persist';

/** A Storage stand-in with the same three methods, backed by a Map. */
function memoryStorage() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

describe('persistAnswers', () => {
  it('saves answers under the key as they change, restores them in a new advisor, and forgets them after Start again', () => {
    const store = memoryStorage();
    const a = createAdvisor({ ruleSets: ['criteria'] });
    const stop = persistAnswers(a, store, 'coproduce:t');
    a.setAnswer('controversy', 'contested');
    expect(readSaved(store, 'coproduce:t')).toEqual({ controversy: 'contested' });
    stop();

    const b = createAdvisor({ ruleSets: ['criteria'] });
    persistAnswers(b, store, 'coproduce:t');
    expect(b.getState().answers).toEqual({ controversy: 'contested' });
    expect(b.getState().results.criteria!.answers).toEqual({ controversy: 'contested' });
    b.reset();
    expect(store.m.has('coproduce:t')).toBe(false);
    b.undo();
    expect(readSaved(store, 'coproduce:t')).toEqual({ controversy: 'contested' });
  });

  it('treats anything unreadable as nothing saved, and keeps working when storage throws', () => {
    const store = memoryStorage();
    store.setItem('k', '{not json');
    expect(readSaved(store, 'k')).toBeUndefined();
    store.setItem('k', JSON.stringify({ format: 'other', answers: { controversy: 'contested' } }));
    expect(readSaved(store, 'k')).toBeUndefined();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    const a = createAdvisor({ ruleSets: ['criteria'] });
    persistAnswers(a, full, 'k');
    expect(() => a.setAnswer('controversy', 'contested')).not.toThrow();
    expect(a.getState().answers).toEqual({ controversy: 'contested' });
  });
});
