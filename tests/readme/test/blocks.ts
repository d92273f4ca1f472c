import { readFileSync } from 'node:fs';

export interface Block {
  /** README path relative to the repository root. */
  readonly file: string;
  /** Line of the opening fence (1-based). */
  readonly line: number;
  readonly lang: string;
  readonly code: string;
}

/** The fenced code blocks of a Markdown file. */
export function blocksOf(root: string, file: string): Block[] {
  const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!m) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^```\s*$/.test(lines[i]!)) body.push(lines[i]!);
    out.push({ file, line: start + 1, lang: m[1] || 'text', code: `${body.join('\n')}\n` });
  }
  return out;
}

/** What a snippet claims to print: the text after `//=>` on each line that has it, in order. */
export function claims(code: string): string[] {
  return code
    .split('\n')
    .map((l) => /\/\/=>\s?(.*)$/.exec(l)?.[1]?.trimEnd())
    .filter((x): x is string => x !== undefined);
}
