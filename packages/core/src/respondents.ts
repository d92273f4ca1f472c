import { isPlainObject } from './answers';
import { ValidationError, describe, type Problem } from './errors';
import { MAX_NAME_LENGTH, MAX_RESPONDENTS } from './group-result';
import { RESERVED_KEYS } from './model/reserved';

// Control characters would break the lines of a text report or hide part of a name.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A name as it may appear in an error path: bounded, whatever was sent. */
export function shownName(name: string): string {
  return name.length > 64 ? `${name.slice(0, 64)}…` : name;
}

/**
 * The respondents' names, in the order given, after checking them: a plain object of
 * 1 to 50 respondents, each name non-blank, without surrounding spaces or control
 * characters, at most 80 characters, not a reserved key (`__proto__`, `constructor`,
 * `prototype`) and unique ignoring case. Every problem is reported at once, its path
 * `['respondents', name]`.
 */
export function respondentNames(respondents: unknown): string[] {
  if (!isPlainObject(respondents))
    throw new ValidationError('answers', [
      { path: ['respondents'], message: 'respondents must be a plain object mapping each name to that person’s answers', expected: 'an object such as { "Priya": { … }, "Sam": { … } }', received: describe(respondents) },
    ]);
  const names = Object.keys(respondents);
  if (names.length === 0) throw new ValidationError('answers', [{ path: ['respondents'], message: 'no respondents', expected: `1 to ${MAX_RESPONDENTS} respondents` }]);
  if (names.length > MAX_RESPONDENTS)
    throw new ValidationError('answers', [{ path: ['respondents'], message: 'too many respondents', expected: `at most ${MAX_RESPONDENTS} respondents`, received: `${names.length} respondents` }]);
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const path = ['respondents', shownName(name)];
    if (name.trim() === '') problems.push({ path, message: 'a respondent’s name must not be blank', expected: 'a name such as "Priya"' });
    else if (name.trim() !== name) problems.push({ path, message: 'a respondent’s name must not start or end with spaces', expected: JSON.stringify(shownName(name.trim())) });
    else if (name.length > MAX_NAME_LENGTH) problems.push({ path, message: 'name is too long', expected: `at most ${MAX_NAME_LENGTH} characters`, received: `${name.length} characters` });
    else if (CONTROL.test(name)) problems.push({ path, message: 'a respondent’s name must not contain control characters or line breaks', expected: 'a name on one line' });
    else if (RESERVED_KEYS.has(name)) problems.push({ path, message: `"${name}" cannot be used as a name`, expected: 'a name other than __proto__, constructor or prototype' });
    else {
      const key = name.normalize('NFC').toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) problems.push({ path, message: `the same name as "${shownName(first)}"`, expected: 'names that differ by more than case' });
      else seen.set(key, name);
    }
  }
  if (problems.length > 0) throw new ValidationError('answers', problems);
  return names;
}
