/**
 * What the element loads only when it is used: team mode, the re-check of a saved record,
 * the HTML export. Each import is split off by bundlers; in the standalone element each is a
 * sibling file beside it (same origin, so `script-src 'self'` holds; see tsup.config.ts).
 * A pack is fetched once; a failed fetch is tried again on the next use.
 */
type Pack<T> = () => Promise<T>;
function once<T>(load: Pack<T>): Pack<T> & { loaded?: T } {
  let p: Promise<T> | undefined;
  const f = (() => (p ??= load().then(
    (m) => (f.loaded = m),
    (e: unknown) => {
      p = undefined;
      throw e;
    },
  ))) as Pack<T> & { loaded?: T };
  return f;
}

export const teamPack = once(() => import('./team-pack'));
export const recheckPack = once(() => import('./recheck-pack'));
export const exportPack = once(() => import('./export-pack'));
