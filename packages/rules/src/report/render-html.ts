/**
 * The report as HTML: every text escaped, no script, no event handler, no external
 * resource. `standalone` gives a whole offline document with print CSS for A4.
 */
import { checkReport } from './input';
import { rt, sentence, withColon } from './messages';
import type { Block, ListItem, Report } from './model';

export interface HtmlOptions {
  /** A complete document (doctype, head, styles) instead of an `<article>` fragment. */
  readonly standalone?: boolean;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => entities[c]!);
const e = escapeHtml;
/** Only links we build (https://doi.org/…) are ever written; anything else becomes text. */
const safeHref = (u: string) => (/^https:\/\/doi\.org\/[^\s"'<>]+$/.test(u) ? e(u) : undefined);

const refs = (cites: readonly number[] | undefined) =>
  cites?.length ? ` <span class="cites">${cites.map((n) => `<a href="#note-${n}">[${n}]</a>`).join('')}</span>` : '';

function item(it: ListItem, report: Report): string {
  const sub = it.sub?.length ? `<ul>${it.sub.map((s) => item(s, report)).join('')}</ul>` : '';
  return `<li>${it.tag ? `<span class="tag">${e(it.tag)}</span> ` : ''}${it.lead ? `<strong>${e(withColon(it.lead, report.locale))}</strong> ` : ''}${e(it.text)}${refs(it.cites)}${sub}</li>`;
}

function block(b: Block, report: Report): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}${b.anchor ? ` id="${e(b.anchor)}"` : ''}>${e(b.text)}</h${b.level}>`;
    case 'paragraph': {
      const t = b.tone === 'strong' ? `<strong>${e(b.text)}</strong>` : e(b.text);
      return `<p${b.tone === 'note' ? ' class="note"' : ''}>${t}${refs(b.cites)}</p>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((it) => item(it, report)).join('')}</${tag}>`;
    }
    case 'key-value':
      return `<dl>${b.items.map((kv) => `<div><dt>${e(withColon(kv.key, report.locale))}</dt><dd>${e(kv.value)}</dd></div>`).join('')}</dl>`;
    case 'table':
      return `<table>${b.caption ? `<caption>${e(b.caption)}</caption>` : ''}<thead><tr>${b.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
    case 'notes':
      return `<ol class="notes">${b.items
        .map((n) => {
          const extra = [n.evidence ? e(n.evidence) : '', n.quote ? e(rt(report.locale, 'paraphrase', { text: n.quote })) : '', report.detail ? `<code>${e(n.guidance)}</code>` : ''].filter(Boolean).join('. ');
          return `<li id="note-${n.n}" value="${n.n}">${extra ? `${e(sentence(n.text))} ${extra}` : e(n.text)}</li>`;
        })
        .join('')}</ol>`;
    case 'sources':
      return `<ul class="sources">${b.items
        .map((s) => {
          const href = s.url ? safeHref(s.url) : undefined;
          return `<li>${e(s.reference)}${href ? ` <a href="${href}">${href}</a>` : s.url ? ` ${e(s.url)}` : ''}${s.licence ? ` <span class="licence">${e(s.licence)}</span>` : ''}</li>`;
        })
        .join('')}</ul>`;
    case 'technical':
      return `<details class="technical"${report.detail ? ' open' : ''}><summary>${e(b.summary)}</summary>${b.blocks.map((x) => block(x, report)).join('')}</details>`;
  }
}

/** The report's own styles: readable on screen, A4 when printed, nothing collapsed in print. */
export const reportCss = `
.coproduce-report{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:46rem;margin:0 auto;padding:1rem}
.coproduce-report h1{font-size:1.7rem;margin:0 0 .5rem}
.coproduce-report h2{font-size:1.3rem;margin:1.6rem 0 .4rem;border-bottom:1px solid #ccc}
.coproduce-report h3{font-size:1.05rem;margin:1rem 0 .3rem}
.coproduce-report .note{color:#4a4a4a;font-style:italic}
.coproduce-report dl div{display:flex;gap:.5rem}
.coproduce-report dt{font-weight:600;flex:none;max-width:40%}
.coproduce-report .tag{font-size:.8em;font-weight:600;text-transform:uppercase;letter-spacing:.03em;border:1px solid currentColor;border-radius:3px;padding:0 .3em;margin-right:.2em}
.coproduce-report dd{margin:0}
.coproduce-report table{border-collapse:collapse}
.coproduce-report th,.coproduce-report td{border:1px solid #bbb;padding:.2rem .5rem;text-align:left}
.coproduce-report .cites a{color:#0b4f9c;text-decoration:none;font-size:.85em;margin-left:.1rem}
.coproduce-report a{color:#0b4f9c}
.coproduce-report .notes,.coproduce-report .sources{font-size:.92rem}
.coproduce-report details{margin-top:1.5rem;border:1px solid #ccc;padding:.3rem .7rem}
.coproduce-report code{font-size:.85em;overflow-wrap:anywhere}
@page{size:A4;margin:18mm 16mm}
@media print{
.coproduce-report{max-width:none;padding:0;font-size:11pt;color:#000}
.coproduce-report h2,.coproduce-report h3{break-after:avoid}
.coproduce-report li,.coproduce-report tr{break-inside:avoid}
.coproduce-report .cites a{color:#000}
.coproduce-report details.technical:not([open]){display:none}
.coproduce-report details{border:0;padding:0}
}`.trim();

export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  checkReport(report);
  const lang = e(report.locale);
  const body = `<article class="coproduce-report" lang="${lang}">${report.blocks.map((b) => block(b, report)).join('\n')}</article>`;
  if (!options.standalone) return `${body}\n`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(report.title)}</title>
<style>
${reportCss}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
