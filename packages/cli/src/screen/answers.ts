import type { RuleSet } from '@coproduce/core/evaluation';
import { profileFor, profileQuestions } from '@coproduce/rules';

/** One row, read in one pass over its keys: each rule set's answers, and what is not a question. */
export interface ReadRow {
  /** Each rule set's answers, in the order of the reader's rule sets: equal to `profileFor`'s, key for key, in the same order. */
  readonly answers: Record<string, unknown>[];
  /** Own keys that are neither a question id nor the id field, in the row's order. */
  readonly unknown: string[];
  /** The id field's value, when the row has that key. */
  readonly id: unknown;
  readonly hasId: boolean;
}

const ids: readonly string[] = profileQuestions.map((q) => q.id);
const n = ids.length;
// Question id -> position in `ids`, in an object without a prototype (for keys out of order).
const index: Record<string, number> = Object.create(null);
ids.forEach((id, i) => (index[id] = i));

/**
 * Reads rows for the chosen rule sets. A row's keys are walked once (for-in): that finds
 * the unknown keys and puts each answer in a slot by question; each rule set's answers are
 * then made from the slots, in the rule set's question order. `profileFor` would look up
 * every question of every rule set in the row instead (54 lookups in an object whose shape
 * differs from row to row), and the unknown-key check walk the keys again: here that was
 * about a third of a screening worker's time.
 */
export class RowReader {
  /** Per rule set, its questions' positions in `ids` (or undefined: a question no profile asks, read by `profileFor`). */
  private readonly slots: (readonly number[] | undefined)[];
  private readonly values: unknown[] = new Array<unknown>(n).fill(undefined);

  /** `sets`: the chosen rule sets, in the order their answers are wanted. */
  constructor(
    private readonly sets: readonly RuleSet[],
    private readonly idField: string | undefined,
  ) {
    this.slots = this.sets.map((rs) => {
      const at = rs.questions.map((q) => index[q.id] ?? -1);
      return at.includes(-1) ? undefined : at;
    });
  }

  read(p: Record<string, unknown>): ReadRow {
    const values = this.values;
    const unknown: string[] = [];
    let id: unknown;
    let hasId = false;
    // Answers usually come in question order, some left out: the next key is most likely one
    // of the next few questions, found by comparing the (interned) strings, no lookup.
    let next = 0;
    for (const k in p) {
      let i = -1;
      for (let q = next, end = next + 4 < n ? next + 4 : n; q < end; q++)
        if (ids[q] === k) {
          i = q;
          break;
        }
      if (i < 0) {
        const found = index[k];
        if (found === undefined) {
          // Inherited keys (a polluted prototype) are left out, as before.
          if (k === this.idField) {
            id = p[k];
            hasId = true;
          } else if (Object.prototype.hasOwnProperty.call(p, k)) unknown.push(k);
          continue;
        }
        i = found;
      }
      next = i + 1;
      // Only own keys are answers, as `profileFor` takes them. Written out in full so that,
      // inside this for-in, the compiler reduces it to a check of the object's shape.
      if (Object.prototype.hasOwnProperty.call(p, k)) values[i] = p[k];
    }
    const answers: Record<string, unknown>[] = [];
    for (let s = 0; s < this.sets.length; s++) {
      const at = this.slots[s];
      const rs = this.sets[s]!;
      if (at === undefined) {
        answers.push(profileFor(rs, p));
        continue;
      }
      // Built by assignment in question order, as `profileFor` builds it (same keys, same order).
      const qs = rs.questions;
      const out: Record<string, unknown> = {};
      for (let j = 0; j < at.length; j++) {
        const v = values[at[j]!];
        if (v !== undefined) out[qs[j]!.id] = v;
      }
      answers.push(out);
    }
    values.fill(undefined);
    return { answers, unknown, id, hasId };
  }
}
