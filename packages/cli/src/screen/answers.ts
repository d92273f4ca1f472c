import type { RuleSet } from '@coproduce/core/evaluation';
import { profileFor, profileQuestions } from '@coproduce/rules';

/** What one row holds besides its answers. */
export interface ReadRow {
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
  /** Per rule set, one object holding all its questions, refilled for each row (see `verdictAnswers`). */
  private readonly kept: Record<string, unknown>[];
  private row: Record<string, unknown> = {};

  /** `sets`: the chosen rule sets; `s` below is a position in it. */
  constructor(
    private readonly sets: readonly RuleSet[],
    private readonly idField: string | undefined,
  ) {
    this.slots = this.sets.map((rs) => {
      const at = rs.questions.map((q) => index[q.id] ?? -1);
      return at.includes(-1) ? undefined : at;
    });
    this.kept = this.sets.map((rs) => {
      const o: Record<string, unknown> = {};
      for (const q of rs.questions) o[q.id] = undefined;
      return o;
    });
  }

  /** Read a row's keys (once); its answers are then at hand until the next `read`. */
  read(p: Record<string, unknown>): ReadRow {
    const values = this.values;
    values.fill(undefined);
    this.row = p;
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
    return { unknown, id, hasId };
  }

  /** Rule set s's answers to the row, a fresh object equal to `profileFor`'s: the same keys, in the same order, the same values. */
  answers(s: number): Record<string, unknown> {
    const at = this.slots[s];
    const rs = this.sets[s]!;
    if (at === undefined) return profileFor(rs, this.row);
    // Built by assignment in question order, as `profileFor` builds it.
    const qs = rs.questions;
    const out: Record<string, unknown> = {};
    for (let j = 0; j < at.length; j++) {
      const v = this.values[at[j]!];
      if (v !== undefined) out[qs[j]!.id] = v;
    }
    return out;
  }

  /**
   * The same answers for `evaluateVerdict` alone: one object per rule set, reused from row to
   * row, holding every question, an unanswered one as undefined. The verdict reads undefined
   * as unanswered, as a missing key (so does `profileFor`, which leaves such keys out), and
   * an object of one shape throughout is read faster than a new one per row whose shape
   * depends on which questions the row answers. Bad answers are refused with the same
   * problems (the checks skip undefined answers too; a test holds the two equal). Valid
   * until the next `read`.
   */
  verdictAnswers(s: number): Record<string, unknown> {
    const at = this.slots[s];
    if (at === undefined) return this.answers(s);
    const qs = this.sets[s]!.questions;
    const o = this.kept[s]!;
    for (let j = 0; j < at.length; j++) o[qs[j]!.id] = this.values[at[j]!];
    return o;
  }
}
