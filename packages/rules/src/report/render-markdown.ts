/** The report as Markdown (GitHub-flavoured): every text escaped, so it shows as written. */
import { checkReport } from './input';
import { rt, sentence, withColon } from './messages';
import type { Block, ListItem, Report } from './model';

/** Escape Markdown and inline-HTML control characters so that text is shown as written. */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>#|~&])/g, '\\$1')
    // At the start of a line, "-", "+" or "1." would make a list.
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d+)\./, '$1\\.');

const md = escapeMarkdown;
const refs = (cites: readonly number[] | undefined) => (cites?.length ? ` ${cites.map((n) => `\\[${n}\\]`).join('')}` : '');
/** URLs come from DOIs we turn into https://doi.org/ links; anything odd in them is percent-encoded. */
const safeUrl = (u: string) => u.replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/g, (c) => encodeURIComponent(c)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function renderMarkdown(report: Report): string {
  checkReport(report);
  const out: string[] = [];
  const item = (it: ListItem, bullet: string, indent: string) => {
    out.push(`${indent}${bullet}${it.tag ? `**${md(it.tag)}** — ` : ''}${it.lead ? `**${md(withColon(it.lead, report.locale))}** ` : ''}${md(it.text)}${refs(it.cites)}`);
    for (const s of it.sub ?? []) item(s, '- ', `${indent}  `);
  };
  const block = (b: Block) => {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${md(b.text)}`, '');
        break;
      case 'paragraph': {
        const t = md(b.text);
        out.push(`${b.tone === 'strong' ? `**${t}**` : b.tone === 'note' ? `_${t}_` : t}${refs(b.cites)}`, '');
        break;
      }
      case 'list':
        b.items.forEach((it, i) => item(it, b.ordered ? `${i + 1}. ` : '- ', ''));
        out.push('');
        break;
      case 'key-value':
        for (const kv of b.items) out.push(`- **${md(withColon(kv.key, report.locale))}** ${md(kv.value)}`);
        out.push('');
        break;
      case 'table':
        out.push(`| ${b.head.map(md).join(' | ')} |`, `| ${b.head.map(() => '---').join(' | ')} |`, ...b.rows.map((r) => `| ${r.map(md).join(' | ')} |`), '');
        break;
      case 'notes':
        for (const n of b.items) {
          const extra = [n.evidence, n.quote ? rt(report.locale, 'paraphrase', { text: n.quote }) : undefined, report.detail ? n.guidance : undefined].filter((x): x is string => !!x).map(md);
          out.push(`- \\[${n.n}\\] ${extra.length ? `${md(sentence(n.text))} ${extra.join('. ')}` : md(n.text)}`);
        }
        out.push('');
        break;
      case 'sources':
        for (const s of b.items) out.push(`- ${md(s.reference)}${s.url ? ` <${safeUrl(s.url)}>` : ''}${s.licence ? ` ${md(s.licence)}` : ''}`);
        out.push('');
        break;
      case 'technical':
        if (!report.detail) break;
        out.push(`## ${md(b.summary)}`, '');
        b.blocks.forEach(block);
        break;
    }
  };
  report.blocks.forEach(block);
  while (out.length && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
