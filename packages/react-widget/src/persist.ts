import type { Advisor, TeamAnswers } from './controller';

/** What is kept under a `persist` key: the answers only, never results (they are recomputed). */
export interface SavedAnswers {
  readonly format: 'coproduce/saved-answers@1';
  readonly answers: Readonly<Record<string, unknown>>;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is kept in team mode: every respondent's name and answers, and whose turn it was. */
export interface SavedTeam extends TeamAnswers {
  readonly format: 'coproduce/saved-team@1';
}

/** Read a saved team; anything unreadable counts as nothing saved. */
export function readSavedTeam(store: Store | undefined, key: string): TeamAnswers | undefined {
  try {
    const raw = store?.getItem(key);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<SavedTeam>;
    return v && v.format === 'coproduce/saved-team@1' && Array.isArray(v.respondents) ? { respondents: v.respondents, ...(typeof v.current === 'string' ? { current: v.current } : {}) } : undefined;
  } catch {
    return undefined;
  }
}

/** Read saved answers; anything unreadable counts as nothing saved (never throws at the page). */
export function readSaved(store: Store | undefined, key: string): Record<string, unknown> | undefined {
  try {
    const raw = store?.getItem(key);
    if (!raw) return undefined;
    const v = JSON.parse(raw) as Partial<SavedAnswers>;
    return v && v.format === 'coproduce/saved-answers@1' && v.answers && typeof v.answers === 'object' && !Array.isArray(v.answers) ? { ...v.answers } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keep an advisor's answers in `store` (localStorage in a browser) under `key`: restores them
 * now and saves after every change. Opt-in: nothing is stored unless a host asks for it.
 * Returns a function that stops saving.
 */
export function persistAnswers(advisor: Advisor, store: Store | undefined, key: string): () => void {
  if (advisor.getState().mode === 'team') return persistTeam(advisor, store, key);
  const saved = readSaved(store, key);
  if (saved) advisor.setAnswers(saved);
  let last = JSON.stringify(advisor.getState().answers);
  return advisor.subscribe((s) => {
    const now = JSON.stringify(s.answers);
    if (now === last) return;
    last = now;
    try {
      if (Object.keys(s.answers).length === 0) store?.removeItem(key);
      else store?.setItem(key, JSON.stringify({ format: 'coproduce/saved-answers@1', answers: s.answers } satisfies SavedAnswers));
    } catch {
      // Storage full or blocked (private mode, policy): the advisor keeps working without it.
    }
  });
}

/** localStorage when the page may use it, else undefined (sandboxed frames throw on access). */
export function browserStorage(): Store | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Team mode: the whole team (names and answers) under `key`, restored now and saved after every change. */
function persistTeam(advisor: Advisor, store: Store | undefined, key: string): () => void {
  const saved = readSavedTeam(store, key);
  if (saved) advisor.setTeam(saved);
  let last = JSON.stringify(advisor.getTeam());
  return advisor.subscribe(() => {
    const team = advisor.getTeam();
    const now = JSON.stringify(team);
    if (now === last) return;
    last = now;
    try {
      if (team.respondents.length === 0) store?.removeItem(key);
      else store?.setItem(key, JSON.stringify({ format: 'coproduce/saved-team@1', ...team } satisfies SavedTeam));
    } catch {
      // Storage full or blocked: the advisor keeps working without it.
    }
  });
}
