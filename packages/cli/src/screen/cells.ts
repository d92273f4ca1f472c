import { profileQuestions } from '@coproduce/rules';
import type { RowProblem } from './problems';

const byId = new Map(profileQuestions.map((q) => [q.id, q]));
const yes = new Set(['true', 'yes', 'y', '1']);
const no = new Set(['false', 'no', 'n', '0']);

/**
 * A CSV cell as the answer its question takes: booleans as true/false (or yes/no, 1/0),
 * numbers, multi-select as `a;b`. An empty cell is unanswered. Option values are checked
 * later by the rule sets, so their messages (and allowed values) stay the library's.
 */
export function cellAnswer(id: string, cell: string, problems: RowProblem[]): unknown {
  const q = byId.get(id)!;
  const v = cell.trim();
  switch (q.type) {
    case 'boolean': {
      const l = v.toLowerCase();
      if (yes.has(l)) return true;
      if (no.has(l)) return false;
      problems.push({ field: id, message: 'must be yes or no', expected: 'true or false (yes/no, 1/0)', received: JSON.stringify(v.slice(0, 40)) });
      return undefined;
    }
    case 'number': {
      const n = Number(v.replace(/[_\s]/g, ''));
      if (Number.isFinite(n)) return n;
      problems.push({ field: id, message: 'must be a number', expected: `a number${q.min !== undefined ? ` from ${q.min}` : ''}${q.max !== undefined ? ` to ${q.max}` : ''}`, received: JSON.stringify(v.slice(0, 40)) });
      return undefined;
    }
    case 'multi-select':
      return v.split(';').map((s) => s.trim()).filter((s) => s !== '');
    default:
      return v;
  }
}
