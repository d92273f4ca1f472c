import { readFile } from 'node:fs/promises';
import { CliError } from './exit';

/** A file's text, or stdin's for "-". Missing or unreadable files become one plain line. */
export async function readText(path: string): Promise<string> {
  try {
    if (path === '-') {
      const parts: Buffer[] = [];
      for await (const chunk of process.stdin) parts.push(chunk as Buffer);
      return Buffer.concat(parts).toString('utf8');
    }
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(fileProblem(path, e), 1, { cause: e });
  }
}

export function fileProblem(path: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const name = path === '-' ? 'standard input' : path;
  if (code === 'ENOENT') return `${name}: no such file`;
  if (code === 'EISDIR') return `${name}: is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `${name}: permission denied`;
  return `${name}: cannot be read (${(e as Error).message})`;
}

/** Parsed JSON; invalid JSON names the file, line and column. */
export async function readJson(path: string): Promise<unknown> {
  const text = (await readText(path)).replace(/^\uFEFF/, '');
  const name = path === '-' ? 'standard input' : path;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${name}: not valid JSON${where(text, e as Error)}`, 1, { cause: e });
  }
}

/** " at line L, column C" from V8's message (position N, or line/column in newer versions). */
function where(text: string, e: Error): string {
  const lc = /line (\d+) column (\d+)/.exec(e.message);
  if (lc) return ` at line ${lc[1]}, column ${lc[2]}`;
  const m = /position (\d+)/.exec(e.message);
  if (!m) return text.trim() === '' ? ' (the file is empty)' : '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}
