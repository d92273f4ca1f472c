import { evaluateVerdict } from './evaluate';
import { ValidationError, type Problem } from './errors';
import type { RuleSet } from './rule-set';

export type ScreenItem =
  | { readonly index: number; readonly ok: true; readonly verdict: { readonly id: string; readonly score: number | null; readonly provisional: boolean } }
  | { readonly index: number; readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Screen many profiles, one at a time, as they arrive: memory stays flat however many there
 * are. Each item gives the verdict, or the problems with that profile; a bad profile never
 * stops the stream. Accepts any iterable or async iterable (an array, a generator, a stream
 * of parsed JSON lines).
 */
export async function* screen<A>(ruleSet: RuleSet<A>, profiles: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<ScreenItem, void, undefined> {
  let index = 0;
  for await (const p of profiles as AsyncIterable<unknown>) {
    try {
      yield { index, ok: true, verdict: evaluateVerdict(ruleSet, p as A) };
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      yield { index, ok: false, problems: e.problems };
    }
    index++;
  }
}
