import { describe, expect, it } from 'vitest';
import { evaluate, type RuleSet } from '../src';
import { answerReader, countAnswered } from '../src/read-answers';
import { encodingFor } from '../src/encoding';
import { sample } from './fixtures';

const rs = sample as RuleSet;
const ids = rs.questions.map((q) => q.id);
const complete = Object.fromEntries(rs.questions.map((q) => [q.id, q.type === 'boolean' ? true : q.type === 'number' ? q.min : q.type === 'enum' ? q.options[0]!.value : [q.options[0]!.value]]));

describe('answerReader', () => {
  it('reads the same codes whatever the key order, also when orders alternate (its key-order memory)', () => {
    const read = answerReader(rs.questions);
    const forward = read(complete)!;
    const backward = Object.fromEntries([...ids].reverse().map((id) => [id, complete[id]]));
    const partial = Object.fromEntries(ids.slice(1).map((id) => [id, complete[id]]));
    for (let i = 0; i < 3; i++) {
      expect(read(complete)).toEqual(forward);
      expect(read(backward)).toEqual(forward);
      expect(read(partial)!.slice(1)).toEqual(forward.slice(1));
      expect(Number.isNaN(read(partial)![0])).toBe(true);
    }
    expect(rs.questions.map((q, i) => encodingFor(q).decode(forward[i]!))).toEqual(ids.map((id) => complete[id]));
  });

  it('says "look closer" (undefined) for unknown keys, inherited keys and non-plain objects', () => {
    const read = answerReader(rs.questions);
    expect(read({ ...complete, extra: 1 })).toBeUndefined();
    expect(read(Object.create({ [ids[0]!]: complete[ids[0]!] }))).toBeUndefined();
    expect(read([])).toBeUndefined();
    expect(read(null)).toBeUndefined();
    expect(read(new Map())).toBeUndefined();
    const bare = Object.assign(Object.create(null), complete);
    expect(read(bare)).toEqual(read(complete));
  });

  it('an undefined value counts as unanswered', () => {
    const read = answerReader(rs.questions);
    const f = read({ ...complete, [ids[0]!]: undefined })!;
    expect(countAnswered(f)).toBe(ids.length - 1);
  });

  it('a getter that evaluates again while being read gets the right answers in both calls', () => {
    let inner: unknown;
    const input = { ...complete };
    Object.defineProperty(input, ids[0]!, {
      enumerable: true,
      get() {
        inner ??= evaluate(rs, Object.fromEntries([...ids].reverse().map((id) => [id, complete[id]])), { sensitivity: false });
        return complete[ids[0]!];
      },
    });
    const outer = evaluate(rs, input, { sensitivity: false });
    expect(outer.answers).toEqual(complete);
    expect((inner as { answers: unknown }).answers).toEqual(complete);
  });
});
