/** The report for a terminal: wrapped plain text, optional ANSI emphasis, no markup. */
import { checkReport, checkWidth } from './input';
import { rt, sentence, withColon } from './messages';
import type { Block, ListItem, Report } from './model';

export interface TextOptions {
  /** ANSI bold and dim for headings and notes; off by default (pipes, files). */
  readonly color?: boolean;
  /** Wrap at this many columns; 80 by default. */
  readonly width?: number;
}

const refs = (cites: readonly number[] | undefined) => (cites?.length ? ` [${cites.join(', ')}]` : '');

/** Control characters from rule-set text would drive the terminal; show them as spaces. */
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');

export function wrap(text: string, width: number, first = '', rest = first): string[] {
  // Split at ordinary spaces only: a no-break space (French "?" and ":") keeps its words together.
  const words = clean(text).split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = rest + w;
    } else line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  checkReport(report);
  const width = checkWidth(options.width, 80);
  const bold = (s: string) => (options.color ? `\u001b[1m${s}\u001b[22m` : s);
  const dim = (s: string) => (options.color ? `\u001b[2m${s}\u001b[22m` : s);
  const out: string[] = [];
  const para = (lines: string[], style = (s: string) => s) => out.push(...lines.map(style), '');

  const item = (it: ListItem, bullet: string, indent: string) => {
    const text = `${it.tag ? `${it.tag} — ` : ''}${it.lead ? `${withColon(it.lead, report.locale)} ` : ''}${it.text}${refs(it.cites)}`;
    out.push(...wrap(text, width, indent + bullet, indent + ' '.repeat(bullet.length)));
    for (const s of it.sub ?? []) item(s, '- ', indent + '   ');
  };

  const block = (b: Block) => {
    switch (b.type) {
      case 'heading': {
        const t = clean(b.text);
        if (b.level === 1) para([bold(t), '='.repeat(Math.min(width, t.length))]);
        else if (b.level === 2) para([bold(t), '-'.repeat(Math.min(width, t.length))]);
        else para([bold(t)]);
        break;
      }
      case 'paragraph':
        para(wrap(`${b.text}${refs(b.cites)}`, width), b.tone === 'strong' ? bold : b.tone === 'note' ? dim : undefined);
        break;
      case 'list':
        b.items.forEach((it, i) => item(it, b.ordered ? `${i + 1}. ` : '• ', ''));
        out.push('');
        break;
      case 'key-value':
        for (const kv of b.items) out.push(...wrap(`${withColon(kv.key, report.locale)} ${kv.value}`, width, '', '    '));
        out.push('');
        break;
      case 'table':
        for (const row of b.rows) out.push(...wrap(row.join(' — '), width, '• ', '  '));
        out.push('');
        break;
      case 'notes':
        for (const n of b.items) {
          const extra = [n.evidence, n.quote ? rt(report.locale, 'paraphrase', { text: n.quote }) : undefined, report.detail ? n.guidance : undefined].filter(Boolean).join('. ');
          out.push(...wrap(`[${n.n}] ${extra ? `${sentence(n.text)} ${extra}` : n.text}`, width, '', '    '));
        }
        out.push('');
        break;
      case 'sources':
        for (const s of b.items) out.push(...wrap([s.reference, s.url, s.licence].filter(Boolean).join(' '), width, '• ', '  '));
        out.push('');
        break;
      case 'technical':
        if (!report.detail) break;
        para([bold(clean(b.summary)), '-'.repeat(Math.min(width, b.summary.length))]);
        b.blocks.forEach(block);
        break;
    }
  };
  report.blocks.forEach(block);
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
